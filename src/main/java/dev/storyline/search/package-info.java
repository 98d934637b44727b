/**
 * Full-text search over the stored stories (Lucene, BM25): an index beside the store, rebuilt from it
 * when missing or stale and updated as pages are saved. Reads {@code store} and {@code story}; used by
 * {@code web} and {@code cli}.
 */
package dev.storyline.search;
