/**
 * Synthesis: from the analysed articles of one story to its {@link dev.storyline.story.StoryPage}: facts
 * aligned across sources, the headline, sections of cited sentences, the dated timeline, quotes,
 * disagreements, the numbered sources and what changed since the previous version. Every sentence on a
 * page is a source's own or is checked against the sources. Next: {@code rank}, {@code store} and the
 * outputs ({@code web}, {@code cli}).
 */
package dev.storyline.story;
