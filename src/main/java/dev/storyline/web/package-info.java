/**
 * The reader's side over HTTP: Top Headlines with a tab per category, one page per story and per
 * publisher, JSON and an Atom feed, rendered from stored pages with jte templates; everything that came
 * from an article is escaped and links are checked. Reads a story catalog (the store); writes nothing to
 * stories. A reader's mutes live in their own browser's cookie.
 */
package dev.storyline.web;
