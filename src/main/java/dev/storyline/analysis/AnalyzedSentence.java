package dev.storyline.analysis;

import dev.storyline.time.TimeExpression;

import java.util.List;

/**
 * One sentence of an article with what the analysis found in it.
 *
 * @param index     position in the article, from 0
 * @param paragraph index of its paragraph, from 0
 * @param text      the sentence
 * @param vector    its unit-length sentence embedding
 * @param times     temporal expressions in it, resolved against the article's publication date
 * @param entities  proper-noun mentions (people, places, organisations), as written
 */
public record AnalyzedSentence(int index, int paragraph, String text, float[] vector, List<TimeExpression> times,
                               List<String> entities) {
    public AnalyzedSentence {
        times = List.copyOf(times);
        entities = List.copyOf(entities);
    }
}
