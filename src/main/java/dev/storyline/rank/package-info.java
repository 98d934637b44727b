/**
 * Orders story pages for readers (Top Headlines). Reads pages, makes an ordered list; used by
 * {@code web} and {@code cli}.
 */
package dev.storyline.rank;
