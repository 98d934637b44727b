package dev.storyline.category;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StoryCategorizerTest {

    /**
     * A stand-in for the model: one dimension per category, set when the text opens with the category's
     * name (as each description does), so a prototype points along its category's axis.
     */
    private static float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = new float[Category.values().length];
            for (Category c : Category.values()) {
                if (texts.get(i).toLowerCase(Locale.ROOT).startsWith(c.label().toLowerCase(Locale.ROOT))) {
                    out[i][c.ordinal()] = 1;
                }
            }
        }
        return out;
    }

    private static float[] towards(Category c) {
        float[] v = new float[Category.values().length];
        v[c.ordinal()] = 1;
        return v;
    }

    private final StoryCategorizer categorizer = new StoryCategorizer(StoryCategorizerTest::embed);

    @Test
    void theEmbeddingDecidesWhenPublishersSayNothing() {
        List<Report> reports = List.of(
                new Report("https://example.org/2026/03/10/a-story", "Something happened", "", List.of(), towards(Category.SCIENCE)),
                new Report(null, "Something else", "", List.of(), towards(Category.SCIENCE)));
        assertThat(categorizer.categorize(reports)).isEqualTo(Category.SCIENCE);
    }

    @Test
    void aUrlSectionOutweighsTheEmbedding() {
        List<Report> reports = List.of(
                new Report("https://www.bbc.co.uk/sport/football/12345", "Leeds win", "", List.of(), towards(Category.BUSINESS)),
                new Report("https://example.org/sports/leeds-win-derby", "Leeds win", "", List.of(), towards(Category.BUSINESS)));
        assertThat(categorizer.categorize(reports)).isEqualTo(Category.SPORTS);
    }

    @Test
    void aWordOfAUrlSegmentNamesTheSectionButTheArticlesOwnSlugDoesNot() {
        assertThat(categorizer.publisherLabel(new Report("https://www.bbc.com/news/uk-politics-6789", "", "", List.of(), null)))
                .isNull(); // the slug is the last segment; "news" names no section
        assertThat(categorizer.publisherLabel(new Report("https://www.bbc.com/news/uk-politics/6789", "", "", List.of(), null)))
                .isEqualTo(Category.WORLD); // "uk" comes first in the segment
        assertThat(categorizer.publisherLabel(new Report("https://example.org/technology/2026/new-phone", "", "", List.of(), null)))
                .isEqualTo(Category.TECHNOLOGY);
        assertThat(categorizer.publisherLabel(new Report("https://example.org/a/sport-is-fun", "", "", List.of(), null)))
                .isNull();
    }

    @Test
    void aFeedCategoryOrMetaKeywordNamesTheSection() {
        List<Report> reports = List.of(new Report("https://example.org/x/1", "Vote today", "", List.of("Breaking", " Politics "),
                towards(Category.ENTERTAINMENT)));
        assertThat(categorizer.categorize(reports)).isEqualTo(Category.POLITICS);
    }

    @Test
    void withoutEmbeddingsTheSeedTermsDecideAndNothingMeansWorld() {
        StoryCategorizer plain = new StoryCategorizer(null);
        List<Report> match = List.of(new Report(null, "Coach praises team", "The team won the match and the league.", List.of(), null));
        assertThat(plain.categorize(match)).isEqualTo(Category.SPORTS);
        assertThat(plain.bySeedTerms(match)).isEqualTo(Category.SPORTS);
        assertThat(plain.categorize(List.of(new Report(null, "Zzz", "Qqq.", List.of(), null)))).isEqualTo(Category.WORLD);
    }

    @Test
    void categoriesAreNamedByTheirLabelInAnyCase() {
        assertThat(Category.named("sports")).contains(Category.SPORTS);
        assertThat(Category.named(" Entertainment")).contains(Category.ENTERTAINMENT);
        assertThat(Category.named("weather")).isEmpty();
        assertThat(Category.named(null)).isEmpty();
    }
}
