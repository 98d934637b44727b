/**
 * Sentence splitting, word and name tokens, entity mentions from the text itself. A library of the
 * analysis: it reads plain strings, knows nothing of articles or stories, and is used by {@code analysis},
 * {@code cluster} and {@code story}.
 */
package dev.storyline.text;
