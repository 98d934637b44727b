/**
 * Reads a {@link dev.storyline.ingest.RawDocument} (the bytes of a page, a feed item, a text file or a
 * record) and makes an {@link dev.storyline.extract.Article}: the decoded main text without page
 * furniture, the title, byline, publication time, publisher and language. Next: {@code analysis}, which
 * cuts the text into sentences, dates and vectors.
 */
package dev.storyline.extract;
