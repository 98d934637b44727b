/**
 * Which story an article belongs to. Reads analysed articles as a stream, keeps the open stories in
 * memory (features per story, an inverted index for candidates), assigns each article to a story or
 * opens one, divides stories that hold two events and merges fragments of one, and reports those changes
 * in order. Also finds reprints (MinHash). Next: {@code story}, which writes each story's page.
 */
package dev.storyline.cluster;
