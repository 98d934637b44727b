package dev.storyline.cluster;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer knows of one article: the few signals that tell which event it reports. Small
 * enough to keep in memory for every article of a large store.
 *
 * @param id        article id
 * @param vector    unit-length embedding of title and lead
 * @param terms     stemmed content words with their (sublinear) weights in the article
 * @param entities  normalised names the article mentions, with their counts
 * @param years     the calendar years its text mentions
 * @param published publication time, or {@code null}
 * @param publisher publication name, or {@code null}
 */
public record ArticleFeatures(String id, float[] vector, Map<String, Double> terms, Map<String, Integer> entities,
                              Set<Integer> years, Instant published, String publisher) {
}
