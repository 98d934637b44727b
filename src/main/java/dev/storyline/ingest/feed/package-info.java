/**
 * Feeds and feed lists: RSS 0.9x/1.0/2.0 and Atom through ROME, JSON Feed through Jackson, OPML
 * subscription lists, and sniffing which of these (or an HTML page) a document is.
 */
package dev.storyline.ingest.feed;
