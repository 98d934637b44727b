/**
 * Where articles come from: files, folders, feeds, OPML lists and web pages, turned into a stream of
 * {@link dev.storyline.ingest.RawDocument}s (bytes, source, format, hints) with the inputs that failed
 * reported as {@link dev.storyline.ingest.IngestProblem}s. {@link dev.storyline.ingest.Ingestor} is the
 * entry point; sub-packages hold the readers for local files ({@code file}), feeds ({@code feed}) and the
 * HTTP fetcher ({@code fetch}). Nothing here interprets a page: {@code extract}, next, gets the bytes
 * untouched.
 */
package dev.storyline.ingest;
