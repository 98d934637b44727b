/**
 * Orders story pages for readers (Top Headlines: coverage, growth, recency, diversity) and picks a front
 * page's stories from the order. Reads pages, makes an ordered list; used by {@code web} and {@code cli}.
 */
package dev.storyline.rank;
