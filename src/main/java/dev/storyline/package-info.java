/**
 * Storyline, a news engine: articles in, cited story pages out. {@link dev.storyline.Storyline} is the one
 * place where the pipeline is assembled from its stages, which sit one package each and depend only on
 * the stages before them: {@code ingest} (sources to raw documents), {@code extract} (documents to
 * articles), {@code text}, {@code time} and {@code embed} (libraries of the analysis), {@code analysis}
 * (articles to analysed articles), {@code cluster} (which story), {@code story} (the page),
 * {@code rank} (Top Headlines), {@code store} (persistence), {@code follow} (feeds followed over time),
 * {@code web} (pages over HTTP) and {@code cli}
 * (the commands). The evaluation code ({@code dev.storyline.eval}) sits above all of them, in its own jar.
 */
package dev.storyline;
