/**
 * The reader's side over HTTP: Top Headlines, one page per story, JSON and an Atom feed, rendered from
 * stored pages with jte templates; everything that came from an article is escaped and links are
 * checked. Reads a story catalog (the store); writes nothing to stories.
 */
package dev.storyline.web;
