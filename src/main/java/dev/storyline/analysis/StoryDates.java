package dev.storyline.analysis;

import dev.storyline.time.TemporalTagger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives the articles of one story that state no publication time the one their story implies: the
 * median publication time of the story's dated articles. Their relative dates ("on Tuesday", "last
 * month") are then resolved again against it, and the article is marked as having an inferred date, so
 * that the page can say so. Reports of one event appear within days of each other, which is what makes
 * the median a fair reference. Thread-safe.
 */
public final class StoryDates {

    private final TemporalTagger tagger;

    public StoryDates(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The story's articles, those without a date given the inferred one; unchanged when none is dated. */
    public List<AnalyzedArticle> inferMissing(List<AnalyzedArticle> story) {
        List<Instant> known = story.stream().map(AnalyzedArticle::published).filter(Objects::nonNull).sorted().toList();
        if (known.isEmpty() || known.size() == story.size()) {
            return story;
        }
        Instant median = known.get(known.size() / 2);
        LocalDate reference = median.atOffset(ZoneOffset.UTC).toLocalDate();
        List<AnalyzedArticle> out = new ArrayList<>(story.size());
        for (AnalyzedArticle a : story) {
            if (a.published() != null) {
                out.add(a);
                continue;
            }
            List<AnalyzedSentence> sentences = new ArrayList<>(a.sentences().size());
            for (AnalyzedSentence s : a.sentences()) {
                sentences.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), s.vector(),
                        tagger.tag(s.text(), reference), s.entities()));
            }
            out.add(new AnalyzedArticle(a.article(), sentences, a.vector(), a.entities(), median, true));
        }
        return out;
    }
}
