/**
 * The section of the news a story belongs to (World, Politics, Business, Technology, Science, Health,
 * Sports, Entertainment). Reads what the articles say about themselves (their URL's section, feed
 * categories, meta keywords) and their embeddings from {@code embed}; makes one {@link
 * dev.storyline.category.Category} per story, which {@code story} pages carry and {@code rank} and
 * {@code web} use. Comes after {@code analysis} and before {@code story}.
 */
package dev.storyline.category;
