package dev.storyline.rank;

import dev.storyline.ingest.PublicationDate;
import dev.storyline.story.StoryPage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Orders stories as the Top Headlines page shows them. A story's score is its coverage (distinct
 * publishers of original reports: a wire copy folded into a source as a reprint adds nothing), raised by
 * its growth (the share of its reports that came in the last {@link #GROWING_WINDOW} before the reference
 * time) and decayed by the age of its newest report (half-life {@link #HALF_LIFE}, down to {@link #STALE}). The reference time is
 * the newest report of all stories, or the clock when that is later than the clock: an archive read
 * years later still ranks as it stood, and a live store ages by the hour. Ties go to the larger story,
 * then to the id, so the order is stable. Stories of a single article come after all others (see
 * {@link #frontPage}). The ranked list is then spread ({@link Diversity}) so that no
 * three stories of one event kind or one category stand in a row. Stateless.
 */
public final class TopHeadlines {

    /** The age at which a story's freshness has halved. */
    static final Duration HALF_LIFE = Duration.ofHours(12);
    /** Reports this close to the reference time count as growth. */
    static final Duration GROWING_WINDOW = Duration.ofHours(6);
    /** How much a story whose every report is recent gains over one that stopped growing. */
    private static final double GROWTH_WEIGHT = 1.0;
    /** Coverage counts less than linearly: the tenth publisher adds less than the second. */
    private static final double COVERAGE_POWER = 0.75;
    /**
     * The least freshness a dated story keeps (reached after about 80 hours): older stories, as in an
     * archive read years later, are then ordered by their coverage and growth, not by ever smaller
     * fractions that would round any way.
     */
    static final double STALE = 0.01;
    /** Freshness of a story that nothing dates: below every dated story of the same coverage. */
    private static final double UNDATED = STALE / 2;

    private record Scored(StoryPage page, double score) {
    }

    private TopHeadlines() {
    }

    /** The stories in Top Headlines order, read as of now. */
    public static List<StoryPage> rank(List<StoryPage> stories) {
        return rank(stories, Instant.now());
    }

    /** The stories in Top Headlines order, read at {@code clock}. */
    public static List<StoryPage> rank(List<StoryPage> stories, Instant clock) {
        Instant reference = reference(stories, clock);
        List<Scored> scored = new ArrayList<>(stories.size());
        for (StoryPage p : stories) {
            scored.add(new Scored(p, score(p, reference)));
        }
        // stories of a single article go behind every reported story, so a front page is a prefix
        scored.sort(Comparator.comparing((Scored s) -> s.page().articleCount() <= 1)
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                .thenComparing(s -> s.page().articleCount(), Comparator.reverseOrder())
                .thenComparing(s -> s.page().id()));
        List<StoryPage> reported = new ArrayList<>();
        List<StoryPage> single = new ArrayList<>();
        scored.forEach(s -> (s.page().articleCount() > 1 ? reported : single).add(s.page()));
        // spread apart, so that no single-article story moves in among the reported ones
        List<StoryPage> out = new ArrayList<>(Diversity.spread(reported));
        out.addAll(Diversity.spread(single));
        return out;
    }

    /**
     * The stories of a front page from a list in {@link #rank} order: stories of a single article stay
     * off it unless there is nothing else.
     */
    public static List<StoryPage> frontPage(List<StoryPage> ranked) {
        int firstSingle = 0;
        while (firstSingle < ranked.size() && ranked.get(firstSingle).articleCount() > 1) {
            firstSingle++;
        }
        return firstSingle == 0 ? ranked : ranked.subList(0, firstSingle);
    }

    /**
     * The front page of the stories of a ranked list that {@code keep} accepts (one category's, or those a
     * reader did not mute). The order is spread again, as taking stories out may have brought three of a
     * kind together.
     */
    public static List<StoryPage> frontPage(List<StoryPage> ranked, Predicate<StoryPage> keep) {
        List<StoryPage> kept = frontPage(ranked.stream().filter(keep).toList());
        return Diversity.spread(kept);
    }

    /** The time stories are ranked at: the newest report, unless that lies after the clock. */
    static Instant reference(List<StoryPage> stories, Instant clock) {
        Instant newest = null;
        for (StoryPage p : stories) {
            Instant t = p.updatedMoment();
            if (t != null && (newest == null || t.isAfter(newest))) {
                newest = t;
            }
        }
        return newest == null || newest.isAfter(clock) ? clock : newest;
    }

    static double score(StoryPage page, Instant reference) {
        return Math.pow(Math.max(1, coverage(page)), COVERAGE_POWER) * (1 + GROWTH_WEIGHT * growth(page, reference))
                * freshness(page, reference);
    }

    /**
     * Distinct publishers of the story's original reports. A source without a publisher counts by its
     * web host, one with neither as a publisher of its own; reprints folded into a source
     * ({@code alsoPublishedBy}) are not counted.
     */
    static int coverage(StoryPage page) {
        Set<String> publishers = new HashSet<>();
        for (StoryPage.Source s : page.sources()) {
            String key = s.publisher() != null && !s.publisher().isBlank() ? s.publisher().strip().toLowerCase(Locale.ROOT)
                    : host(s.url());
            // a report that names neither publisher nor site (a local file, a bare record) cannot be told
            // apart from the others: it counts as one of its own
            publishers.add(key != null ? key : "source:" + s.n());
        }
        return publishers.size();
    }

    /** The share of dated reports published within {@link #GROWING_WINDOW} before the reference time. */
    static double growth(StoryPage page, Instant reference) {
        Instant since = reference.minus(GROWING_WINDOW);
        int dated = 0;
        int recent = 0;
        for (StoryPage.Source s : page.sources()) {
            PublicationDate d = PublicationDate.fromText(s.published());
            if (d == null || s.publishedInferred()) {
                continue;
            }
            dated++;
            if (!d.moment().isBefore(since)) {
                recent++;
            }
        }
        return dated == 0 ? 0 : (double) recent / dated;
    }

    /** {@code 0.5^(age / half-life)} of the newest report; a story dated after the reference is fresh. */
    static double freshness(StoryPage page, Instant reference) {
        Instant newest = page.updatedMoment();
        if (newest == null) {
            return UNDATED;
        }
        double hours = Math.max(0, Duration.between(newest, reference).toMinutes() / 60.0);
        return Math.max(STALE, Math.pow(0.5, hours / (HALF_LIFE.toMinutes() / 60.0)));
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
