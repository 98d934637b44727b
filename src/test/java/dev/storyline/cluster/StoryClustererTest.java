package dev.storyline.cluster;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {

    private final FeatureExtractor features = new FeatureExtractor();

    private static final AnalyzedArticle PIRATES_2008_A = analyzed("p1", "Somali pirates seize Saudi supertanker Sirius Star",
            "2008-11-17T10:00:00Z", "Gulf Daily",
            "Somali pirates have seized the Saudi-owned supertanker Sirius Star about 450 nautical miles off the coast of Kenya. "
                    + "The Sirius Star, owned by Saudi Aramco's shipping arm Vela International, was carrying two million barrels of oil. "
                    + "The US Navy said the 25 crew members were believed to be safe.");
    private static final AnalyzedArticle PIRATES_2008_B = analyzed("p2", "Pirates hijack Saudi oil tanker Sirius Star off Kenya",
            "2008-11-18T08:00:00Z", "World Report",
            "Pirates hijacked the Sirius Star, a Saudi oil tanker owned by Vela International, off the coast of Kenya. "
                    + "The tanker carries two million barrels of crude oil and a crew of 25. "
                    + "The US Navy's Fifth Fleet confirmed the hijacking of the Sirius Star on Monday.");
    private static final AnalyzedArticle PIRATES_2011 = analyzed("p3", "Pirates seize Italian tanker Savina Caylyn in Indian Ocean",
            "2011-02-08T09:00:00Z", "Gulf Daily",
            "Pirates have seized the Italian oil tanker Savina Caylyn in the Indian Ocean, about 500 miles off the coast of Oman. "
                    + "The Savina Caylyn, owned by Fratelli D'Amato of Naples, has a crew of 22. "
                    + "The European Union naval force said the pirates fired on the tanker before boarding it.");

    @Test
    void reportsOfTheSameHijackingJoinOneStory() {
        StoryClusterer c = new StoryClusterer();
        String first = c.assign(features.features(PIRATES_2008_A));
        assertThat(c.assign(features.features(PIRATES_2008_B))).isEqualTo(first);
    }

    @Test
    void aLaterHijackingOfAnotherShipIsANewStory() {
        StoryClusterer c = new StoryClusterer();
        String first = c.assign(features.features(PIRATES_2008_A));
        c.assign(features.features(PIRATES_2008_B));
        assertThat(c.assign(features.features(PIRATES_2011))).isNotEqualTo(first);
        assertThat(c.storyCount()).isEqualTo(2);
    }

    @Test
    void storyIdsDependOnlyOnTheFirstArticleSoTheySurviveARestart() {
        StoryClusterer before = new StoryClusterer();
        String id = before.assign(features.features(PIRATES_2008_A));
        StoryClusterer after = new StoryClusterer();
        after.restore(features.features(PIRATES_2008_A), id);
        assertThat(after.assign(features.features(PIRATES_2008_B))).isEqualTo(id);
        assertThat(StoryClusterer.storyId("p1")).isEqualTo(id);
    }

    @Test
    void twoStoriesOfOneEventMergeIntoTheOlderWhichKeepsItsId() {
        StoryClusterer c = new StoryClusterer();
        c.restore(features.features(PIRATES_2008_A), "older");
        c.restore(features.features(PIRATES_2008_B), "older");
        c.restore(copy(PIRATES_2008_A, "p1-again"), "younger");
        c.restore(copy(PIRATES_2008_B, "p2-again"), "younger");
        AnalyzedArticle third = dev.storyline.Fixtures.analyzed("p4", "Sirius Star hijacked by Somali pirates off Kenya",
                "2008-11-18T12:00:00Z", "Coast News",
                "Somali pirates hijacked the Saudi supertanker Sirius Star off the coast of Kenya. "
                        + "The Sirius Star, owned by Vela International, carries two million barrels of oil and 25 crew.");
        assertThat(c.assign(features.features(third))).isEqualTo("older");
        assertThat(c.drainMerges()).containsExactly(new StoryClusterer.Merge("younger", "older"));
        assertThat(c.storyOf("p1-again")).isEqualTo("older");
        assertThat(c.storyCount()).isEqualTo(1);
    }

    private ArticleFeatures copy(AnalyzedArticle a, String id) {
        ArticleFeatures f = features.features(a);
        return new ArticleFeatures(id, f.vector(), f.terms(), f.entities(), f.years(), f.published(), f.publisher());
    }
}
