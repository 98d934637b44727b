package dev.storyline.eval;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.story.FactSelection;
import dev.storyline.story.Fragments;
import dev.storyline.story.PageText;
import dev.storyline.story.SentenceQuality;
import dev.storyline.story.StoryPage;
import dev.storyline.story.Support;
import dev.storyline.text.Words;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reader's checks of one page against its sources: whether each cited source states the sentence by
 * the strict rule of {@link Support}, fragments, headings that are only the first words of a sentence of
 * their section, end on a function word or have fewer than 3 or more than 9 words,
 * facts said twice (stated by an earlier sentence, or restating its core: {@link FactSelection#sameCore}; and,
 * counted apart, told again in other words: {@link FactSelection#restates}), and whether every fact that at
 * least half of the publishers state and that passes the page's own candidate filter is on the page
 * (publishers counted by the synthesizer's side of the rule, {@link Support#cites}, so that a fact the
 * check calls a majority fact is one for the synthesizer too).
 * Not thread-safe (one instance per page).
 */
public final class PageChecks {

    /** What the checks found on one page. */
    public record Result(int strictSupported, int fragments, int headings, int headingPrefixes, int headingWeakEnds,
                  int headingLengthOutside, int repeatedFacts, int restatedFacts, int majorityFacts, int majorityCovered,
                  int majorityRefused, List<String> strictlyUnsupported, List<String> missed, List<String> badHeadings) {
        public Result {
            strictlyUnsupported = List.copyOf(strictlyUnsupported);
            missed = List.copyOf(missed);
            badHeadings = List.copyOf(badHeadings);
        }
    }

    /** Fewest and most words a section heading may have. */
    static final int MIN_HEADING_WORDS = 3;
    static final int MAX_HEADING_WORDS = 9;

    private PageChecks() {
    }

    /**
     * @param page     the page
     * @param vectors  the page's section sentences embedded, in reading order
     * @param bySource for each source number, the analysed articles it may stand for
     */
    static Result check(StoryPage page, float[][] vectors, Map<Integer, List<AnalyzedArticle>> bySource,
                        FragmentDetector fragments) {
        Map<AnalyzedArticle, List<Support.Claim>> cache = new java.util.IdentityHashMap<>();
        java.util.function.Function<AnalyzedArticle, List<Support.Claim>> claimsOf = a -> cache.computeIfAbsent(a, PageChecks::claims);
        List<Support.Claim> pageClaims = new ArrayList<>();
        List<String> before = new ArrayList<>();
        int strict = 0;
        int fragmentCount = 0;
        int repeated = 0;
        int restated = 0;
        int headings = 0;
        int prefixes = 0;
        int weakEnds = 0;
        int lengthOutside = 0;
        List<String> badHeadings = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        int k = 0;
        for (StoryPage.Section sec : page.sections()) {
            headings++;
            if (isPrefix(sec)) {
                prefixes++;
                badHeadings.add("prefix: " + sec.heading());
            }
            if (PageText.endsWeak(sec.heading())) {
                weakEnds++;
                badHeadings.add("function-word end: " + sec.heading());
            }
            int words = PageText.words(sec.heading()).size();
            if (words < MIN_HEADING_WORDS || words > MAX_HEADING_WORDS) {
                lengthOutside++;
                badHeadings.add(words + " words: " + sec.heading());
            }
            for (StoryPage.CitedSentence c : sec.sentences()) {
                Support.Claim claim = Support.Claim.of(c.text(), vectors[k++]);
                for (int n : c.citations()) {
                    if (bySource.getOrDefault(n, List.of()).stream().anyMatch(a -> Support.states(claimsOf.apply(a), claim))) {
                        strict++;
                    } else {
                        unsupported.add("[" + n + "] " + c.text());
                    }
                }
                if (fragments.isFragment(c.text(), before)) {
                    fragmentCount++;
                }
                // a sentence that restates an earlier one's core with details of its own reads as the same
                // fact again too
                if (pageClaims.stream().anyMatch(p -> Support.statesIn(p, claim) || Support.statesIn(claim, p)
                        || FactSelection.sameCore(p, claim))) {
                    repeated++;
                }
                // and one that tells an earlier one's fact in other words ("passed away" after "has died")
                if (pageClaims.stream().anyMatch(p -> Support.statesIn(p, claim) || Support.statesIn(claim, p)
                        || FactSelection.restates(p, claim))) {
                    restated++;
                }
                pageClaims.add(claim);
                before.add(c.text());
            }
        }
        int majority = 0;
        int covered = 0;
        int majorityRefused = 0;
        List<String> missed = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>(bySource.keySet());
        numbers.sort(null);
        List<AnalyzedArticle> sources = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (int n : numbers) {
            if (!bySource.get(n).isEmpty()) {
                sources.add(bySource.get(n).get(0));
                publishers.add(publisher(page.sources().stream().filter(s -> s.n() == n).findFirst().orElse(null), n));
            }
        }
        int must = FactSelection.majority((int) publishers.stream().distinct().count());
        List<List<Support.Claim>> sourceClaims = sources.stream().map(claimsOf).toList();
        for (int i = 0; i < sources.size(); i++) {
            for (AnalyzedSentence s : sources.get(i).sentences()) {
                String text = SentenceQuality.clean(s.text());
                // the page's own candidate filter: a piece of a sentence, a caption or a teaser is no fact
                // a reader misses, however many print it
                if (!SentenceQuality.isReportedFact(text)) {
                    continue;
                }
                boolean refused = Fragments.problem(text).isPresent();
                Support.Claim claim = Support.Claim.of(text, s.vector());
                Set<String> stating = new HashSet<>();
                stating.add(publishers.get(i));
                for (int j = 0; j < sources.size(); j++) {
                    if (j != i && !stating.contains(publishers.get(j)) && Support.cites(sourceClaims.get(j), claim, true)) {
                        stating.add(publishers.get(j));
                    }
                }
                if (stating.size() >= must && refused) {
                    majorityRefused++;
                } else if (stating.size() >= must) {
                    majority++;
                    if (pageClaims.stream().anyMatch(p -> FactSelection.sameFact(p, claim))) {
                        covered++;
                    } else {
                        missed.add(text);
                    }
                }
            }
        }
        return new Result(strict, fragmentCount, headings, prefixes, weakEnds, lengthOutside, repeated, restated, majority, covered,
                majorityRefused, unsupported, missed, badHeadings);
    }

    /**
     * True when the heading is the first words of a sentence of its section, a leading article aside
     * ("Man charged with murder" opens "A man charged with murder was held"): the reader's bar, which
     * the synthesizer's own check ({@link PageText#isPrefixOf}) states.
     */
    static boolean isPrefix(StoryPage.Section section) {
        return section.sentences().stream().anyMatch(c -> PageText.isPrefixOf(section.heading(), c.text()));
    }

    private static List<Support.Claim> claims(AnalyzedArticle a) {
        List<Support.Claim> out = new ArrayList<>();
        for (AnalyzedSentence s : a.sentences()) {
            out.add(Support.Claim.of(s.text(), s.vector()));
        }
        return out;
    }

    /** Who published a source: its publisher's name, else its web host, else the source itself. */
    private static String publisher(StoryPage.Source s, int n) {
        if (s != null && s.publisher() != null && !s.publisher().isBlank()) {
            return s.publisher().strip().toLowerCase(Locale.ROOT);
        }
        try {
            String host = s == null || s.url() == null ? null : URI.create(s.url()).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            }
        } catch (IllegalArgumentException ignored) {
            // not a URI: the source stands for its own publisher
        }
        return "source:" + n;
    }
}
