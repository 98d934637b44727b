package dev.storyline.follow;

import dev.storyline.ingest.feed.Feed;

import java.time.Instant;

/**
 * A fetched feed on its way to the pipeline: its items not seen before, and the validators of the response
 * they came in, which are stored only once the items are in (so that a crash before then fetches them
 * again instead of hearing "not modified"). The unit of the {@link DeliveryQueue}. Immutable.
 *
 * @param subscriptionId the followed feed
 * @param feedUrl        where it was fetched from
 * @param feed           the feed, holding only the items not seen before
 * @param etag           the response's {@code ETag}, or {@code null}
 * @param lastModified   its {@code Last-Modified}, or {@code null}
 * @param fetchedAt      when the response arrived
 */
public record FeedDelivery(String subscriptionId, String feedUrl, Feed feed, String etag, String lastModified,
                           Instant fetchedAt) {
}
