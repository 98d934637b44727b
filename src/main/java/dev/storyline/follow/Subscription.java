package dev.storyline.follow;

import java.time.Instant;

/**
 * One followed feed as stored: where it is now, what it is called, and how polling it stands. Immutable.
 *
 * @param id      a stable id, derived from the address it was first added with (it survives a move)
 * @param url     the feed's address; a permanent redirect replaces it
 * @param title   the feed's own title, or {@code null} until known
 * @param siteUrl the site the feed belongs to, or {@code null}
 * @param added   when it was subscribed
 * @param state   how fetching it went so far
 */
public record Subscription(String id, String url, String title, String siteUrl, Instant added, FetchState state) {

    /** The title, else the address: what a list shows. */
    public String name() {
        return title != null && !title.isBlank() ? title : url;
    }
}
