package dev.storyline.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What following feeds tells its operator, one event at a time: each fetch, each problem of a source
 * (a feed, a linked page), each page written again, each retention pass. As text through SLF4J, or, for log
 * collectors, as one JSON object per line ({@code {"time":..., "event":"fetch", "feed":..., ...}}) on a
 * stream of its own. A problem is told once, with its source: again only when it changes (a feed's
 * problem is compared with the one its stored state held, so a restart does not repeat it either). Safe to
 * use from many threads.
 */
public final class FollowLog {

    /** How events are written. */
    public enum Format {
        /** Lines for people, through SLF4J. */
        TEXT,
        /** One JSON object per line. */
        JSON
    }

    private static final Logger LOG = LoggerFactory.getLogger(FollowLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sources whose last problem is remembered, at most; the oldest are forgotten first. */
    private static final int REMEMBERED = 10_000;

    private final Format format;
    private final PrintStream out;
    private final Clock clock;
    private final Map<String, String> told = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    public FollowLog(Format format, PrintStream out, Clock clock) {
        this.format = format;
        this.out = out;
        this.clock = clock;
    }

    /** Text through SLF4J, as a follower logs unless told otherwise. */
    public static FollowLog text() {
        return new FollowLog(Format.TEXT, System.err, Clock.systemUTC());
    }

    /** One fetch of a feed and what came of it: a JSON event, but in text only at debug level (thousands an hour). */
    void fetch(Subscription feed, FetchState after, int newItems, long millis) {
        if (format == Format.TEXT) {
            LOG.debug("feed {}: {} in {} ms, {} new items (next {})", feed.url(), after.lastOutcome(), millis, newItems, after.nextFetch());
            return;
        }
        write(event("fetch").put("feed", feed.url()).put("feed_id", feed.id()).put("outcome", after.lastOutcome())
                .put("new_items", newItems).put("ms", millis).put("next_fetch", String.valueOf(after.nextFetch())));
    }

    /** A feed that moved for good. */
    void moved(Subscription feed, String to) {
        emit("feed " + feed.url() + " moved permanently to " + to,
                event("moved").put("feed", feed.url()).put("feed_id", feed.id()).put("to", to));
    }

    /**
     * A feed's problem after a fetch, told when it differs from the one its stored state held before (so
     * neither a repeat nor a restart tells it again); a feed that had one and has none is told well again.
     */
    void feedProblem(String feed, String before, String after, String next) {
        if (after == null) {
            if (before != null) {
                emit(feed + ": well again", event("recovered").put("source", feed));
            }
        } else if (!after.equals(before)) {
            tell(feed, after, next);
        }
    }

    /** A problem of a source the pipeline read (a linked page, an item), told unless it was the last told for it. */
    void problem(String source, String problem) {
        if (!problem.equals(told.put(source, problem))) {
            tell(source, problem, null);
        }
    }

    private void tell(String source, String problem, String next) {
        ObjectNode e = event("problem").put("source", source).put("problem", problem);
        if (next != null) {
            e.put("next_fetch", next);
        }
        emit(source + ": " + problem + (next == null ? "" : " (next try " + next + ")"), e);
    }

    /** A story page written again after new articles. */
    void page(String storyId, String headline, int articles, int publishers) {
        emit("page " + storyId + " updated: '" + headline + "', " + articles + " articles from " + publishers + " publishers",
                event("page").put("story", storyId).put("headline", headline).put("articles", articles).put("publishers", publishers));
    }

    /** A story page that went with its story (its articles moved to another, or retention). */
    void pageRemoved(String storyId) {
        emit("page " + storyId + " removed", event("page_removed").put("story", storyId));
    }

    /** One batch of deliveries through the pipeline. */
    void batch(int feeds, int added, int storiesUpdated, long millis) {
        emit(feeds + " feeds taken in: " + added + " articles added, " + storiesUpdated + " stories updated in " + millis + " ms",
                event("batch").put("feeds", feeds).put("articles_added", added).put("stories_updated", storiesUpdated).put("ms", millis));
    }

    /** A retention pass that removed something. */
    void retention(String before, int stories, int articles, int versions) {
        emit("retention: removed " + stories + " stories published before " + before + " (" + articles + " articles, "
                        + versions + " page versions)",
                event("retention").put("published_before", before).put("stories", stories).put("articles", articles)
                        .put("page_versions", versions));
    }

    private void emit(String text, ObjectNode e) {
        if (format == Format.TEXT) {
            LOG.info("{}", text);
        } else {
            write(e);
        }
    }

    private ObjectNode event(String name) {
        return JSON.createObjectNode().put("time", clock.instant().toString()).put("event", name);
    }

    private void write(ObjectNode e) {
        // println of one string is one write under the stream's lock: lines of two threads never interleave.
        out.println(e.toString());
    }
}
