/**
 * Turns an {@link dev.storyline.extract.Article} into an {@link dev.storyline.analysis.AnalyzedArticle}:
 * its sentences, each with its resolved dates, entity mentions and embedding, computed once so that
 * clustering and synthesis read them instead of analysing again. Next: {@code cluster}.
 */
package dev.storyline.analysis;
