package dev.storyline.follow;

import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the subscriptions keep, and that it survives closing and reopening the store; run on SQLite and PostgreSQL. */
abstract class SubscriptionsContract {

    private static final Instant T = Instant.parse("2026-12-01T12:00:00Z");

    /** A store on the same database each time it is called. */
    abstract StoryStore openStore();

    @Test
    void aFeedIsAddedOnceAndDueAtOnce() {
        try (StoryStore store = openStore()) {
            Subscriptions s = new Subscriptions(store);
            Subscriptions.Added first = s.add("https://a.example/feed", "A", "https://a.example/", T, Duration.ofMinutes(30));
            Subscriptions.Added again = s.add("https://a.example/feed", "other", null, T.plusSeconds(5), Duration.ofMinutes(30));
            assertThat(first.isNew()).isTrue();
            assertThat(again.isNew()).isFalse();
            assertThat(again.subscription()).isEqualTo(first.subscription());
            assertThat(s.due(T)).extracting(Subscription::url).containsExactly("https://a.example/feed");
            assertThat(s.due(T.minusSeconds(1))).isEmpty();
        }
    }

    @Test
    void scheduleValidatorsSeenItemsAndMovesSurviveARestart() {
        String id;
        try (StoryStore store = openStore()) {
            Subscriptions s = new Subscriptions(store);
            id = s.add("https://a.example/feed", null, null, T, Duration.ofMinutes(30)).subscription().id();
            FetchState fetched = new FetchState(null, null, T, T.plus(Duration.ofHours(2)), Duration.ofHours(2), 0, "FETCHED", null);
            s.inTransaction(() -> {
                s.recordFetch(id, fetched, "Harbour Times");
                s.recordProcessed(id, List.of(List.of("g:1", "u:https://a.example/1"), List.of("u:https://a.example/2")),
                        "\"v1\"", "Tue, 01 Dec 2026 11:00:00 GMT", T);
            });
            s.moveTo(id, "https://b.example/feed");
        }
        try (StoryStore store = openStore()) {
            Subscriptions s = new Subscriptions(store);
            Subscription back = s.find(id).orElseThrow();
            assertThat(back.url()).isEqualTo("https://b.example/feed");
            assertThat(back.title()).isEqualTo("Harbour Times");
            assertThat(back.state().etag()).isEqualTo("\"v1\"");
            assertThat(back.state().lastModified()).isEqualTo("Tue, 01 Dec 2026 11:00:00 GMT");
            assertThat(back.state().nextFetch()).isEqualTo(T.plus(Duration.ofHours(2)));
            assertThat(back.state().interval()).isEqualTo(Duration.ofHours(2));
            assertThat(s.seen(List.of("g:1", "u:https://a.example/2", "g:3"))).containsExactlyInAnyOrder("g:1", "u:https://a.example/2");
            assertThat(s.itemsSince(T.minusSeconds(1))).containsEntry(id, 2);
            assertThat(s.itemsSince(T.plusSeconds(1))).doesNotContainKey(id);
            assertThat(s.remove("https://b.example/feed")).isTrue();
            assertThat(s.all()).isEmpty();
            assertThat(s.seen(List.of("g:1"))).isEmpty();
            assertThat(s.remove(id)).isFalse();
        }
    }
}
