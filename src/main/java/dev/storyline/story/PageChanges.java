package dev.storyline.story;

import dev.storyline.text.Words;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions of a story page and says what the newer one adds: sentences that state a fact
 * the older did not (a sentence reworded from the same source material is not new: it must hold less
 * than 60% of the content words of every older sentence), sources that were not there, and timeline
 * events whose date changed; and what the next stored version of a page is ({@link #nextVersion}). Stateless.
 */
public final class PageChanges {

    private PageChanges() {
    }

    /**
     * The version of {@code page} to store after {@code latest}: numbered one up, recording what changed
     * since {@code latest} and how the story's reports changed hands ({@code regroupings}); the first
     * version (no {@code latest}) records no changes, having nothing to compare with. Empty when the page
     * says exactly what {@code latest} says and no report changed hands: that adds no version.
     *
     * @param latest      the newest stored version, if any
     * @param latestSaved when it was stored (null if unknown)
     */
    public static Optional<StoryPage> nextVersion(Optional<StoryPage> latest, Instant latestSaved, StoryPage page,
                                                  List<StoryPage.Regrouping> regroupings) {
        if (latest.isEmpty()) {
            return Optional.of(page.asVersion(1, null));
        }
        StoryPage prev = latest.get();
        if (regroupings.isEmpty() && sameContent(prev, page)) {
            return Optional.empty();
        }
        return Optional.of(page.asVersion(prev.version() + 1,
                between(prev, prev.version(), latestSaved, page).withRegroupings(regroupings)));
    }

    /** True when the pages say the same, whatever their version numbers and change notes. */
    private static boolean sameContent(StoryPage a, StoryPage b) {
        return a.asVersion(0, null).equals(b.asVersion(0, null));
    }

    /**
     * @param before        the previous version
     * @param beforeVersion its version number
     * @param since         when it was stored
     * @param after         the new page
     */
    public static StoryPage.Changes between(StoryPage before, int beforeVersion, Instant since, StoryPage after) {
        List<Set<String>> old = new ArrayList<>();
        before.sections().forEach(s -> s.sentences().forEach(c -> old.add(stems(c.text()))));
        before.timeline().forEach(e -> old.add(stems(e.text())));
        List<StoryPage.CitedSentence> newFacts = new ArrayList<>();
        for (StoryPage.Section s : after.sections()) {
            for (StoryPage.CitedSentence c : s.sentences()) {
                Set<String> words = stems(c.text());
                if (old.stream().noneMatch(o -> share(o, words) >= Support.WORD_SHARE)) {
                    newFacts.add(c);
                }
            }
        }
        Set<String> oldSources = new HashSet<>();
        before.sources().forEach(s -> oldSources.add(s.url()));
        List<Integer> newSources = after.sources().stream().filter(s -> !oldSources.contains(s.url()))
                .map(StoryPage.Source::n).toList();
        List<StoryPage.DateCorrection> corrected = new ArrayList<>();
        for (StoryPage.TimelineEntry e : after.timeline()) {
            Set<String> words = stems(e.text());
            boolean stillDated = before.timeline().stream().anyMatch(o -> o.date().equals(e.date())
                    && share(stems(o.text()), words) >= Support.WORD_SHARE);
            if (stillDated) {
                continue;
            }
            before.timeline().stream()
                    .filter(o -> !o.date().equals(e.date()) && share(stems(o.text()), words) >= Support.WORD_SHARE
                            && share(words, stems(o.text())) >= Support.WORD_SHARE)
                    .findFirst()
                    .ifPresent(o -> corrected.add(new StoryPage.DateCorrection(e.text(), o.date(), e.date(), e.citations())));
        }
        return new StoryPage.Changes(beforeVersion, since, newFacts, newSources, corrected);
    }

    /** Share of {@code words} that {@code have} holds. */
    private static double share(Set<String> have, Set<String> words) {
        if (words.isEmpty()) {
            return 1;
        }
        long held = words.stream().filter(have::contains).count();
        return (double) held / words.size();
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        Words.contentWords(text.toLowerCase(Locale.ROOT)).forEach(w -> out.add(Words.stem(w)));
        return out;
    }
}
