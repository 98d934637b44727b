package dev.storyline.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds temporal expressions in English news text and resolves each against a reference date (the
 * article's publication date). Placeholder surface: the full tagger is issue 4.
 */
public final class TemporalTagger {

    /**
     * @param text      one sentence or a whole body
     * @param reference the date the text was written, or {@code null} when unknown (then only absolute
     *                  expressions get a value)
     */
    public List<TimeExpression> tag(String text, LocalDate reference) {
        return List.of();
    }
}
