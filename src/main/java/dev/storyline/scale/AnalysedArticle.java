package dev.storyline.scale;

import dev.storyline.analysis.AnalyzedArticle;

import java.time.Instant;

/**
 * An analysed article on its way from an analysis worker to the cluster leader (the topic of analysed
 * articles): the analysis, the hash of its text (the record's key and the store's duplicate check), and
 * when the feed it came in was fetched, for the end-to-end latency. Immutable.
 */
public record AnalysedArticle(AnalyzedArticle analysis, String contentHash, Instant fetchedAt) {
}
