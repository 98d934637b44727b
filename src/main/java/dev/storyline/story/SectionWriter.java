package dev.storyline.story;

import java.util.List;

/**
 * Writes a section's text in its own words from the facts chosen for it (the abstractive mode). What it
 * returns is only a draft: {@link GeneratedTextCheck} keeps the sentences that the sources support and
 * cites them itself. Implementations must be safe to call from one synthesis at a time at least.
 */
public interface SectionWriter {

    /**
     * @param heading the section's heading
     * @param facts   the section's source sentences, most important first
     * @return the draft text: sentences, in any layout; empty when nothing was written
     */
    String write(String heading, List<String> facts);
}
