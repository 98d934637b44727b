package dev.storyline.cluster;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

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
        assertThat(c.drainChanges()).containsExactly(new StoryClusterer.Merge("younger", "older"));
        assertThat(c.storyOf("p1-again")).isEqualTo("older");
        assertThat(c.storyCount()).isEqualTo(1);
    }

    @Test
    void aStoryHoldingTwoQuakesIsSplitAndThePartHoldingMostOfItsArticlesKeepsTheId() {
        StoryClusterer c = new StoryClusterer();
        for (int i = 0; i < 5; i++) {
            c.restore(features.features(quake("chile" + i, "Chile earthquake near Concepcion", "2010-02-28T10:00:00Z", CHILE[i])), "mixed");
            c.restore(features.features(quake("haiti" + i, "Haiti earthquake near Port-au-Prince", "2010-01-13T10:00:00Z", HAITI[i])), "mixed");
        }
        String joined = c.assign(features.features(quake("haiti5", "Haiti earthquake: Port-au-Prince in ruins",
                "2010-01-14T10:00:00Z", "Rene Preval said much of Port-au-Prince and Leogane lay in ruins after the Haiti earthquake.")));

        // One change, and it is a split (not a merge): the Chile reports leave the story.
        List<StoryClusterer.Change> changes = c.drainChanges();
        assertThat(changes).hasSize(1).first().isInstanceOf(StoryClusterer.Split.class);
        StoryClusterer.Split split = (StoryClusterer.Split) changes.get(0);
        // Six Haiti reports against five from Chile: the Haiti part keeps the story's id.
        assertThat(split.from()).isEqualTo("mixed");
        assertThat(split.articleIds()).containsExactlyInAnyOrder("chile0", "chile1", "chile2", "chile3", "chile4");
        assertThat(joined).isEqualTo("mixed");
        String chile = split.into();
        assertThat(chile).isNotEqualTo("mixed");
        assertThat(c.storyOf("chile0")).isEqualTo(chile);
        assertThat(c.storyOf("haiti0")).isEqualTo("mixed");
        assertThat(c.storyCount()).isEqualTo(2);
        // Later reports find their own half.
        assertThat(c.assign(features.features(quake("chile5", "Chile earthquake: Concepcion counts its dead",
                "2010-03-01T10:00:00Z", "Michelle Bachelet visited Concepcion as the Chile earthquake toll rose."))))
                .isEqualTo(chile);
    }

    @Test
    void articlesThatWentToTheSiblingEventsStoryMoveToTheirOwnWhenTheTwoArePooled() {
        StoryClusterer c = new StoryClusterer();
        for (int i = 0; i < 5; i++) {
            c.restore(features.features(quake("q2009-" + i, "Magnitude 4.4 quake shakes The Geysers in Sonoma County",
                    "2009-01-11T10:00:00Z", GEYSERS_2009[i])), "geysers-2009");
            c.restore(features.features(quake("q2013-" + i, "Magnitude 4.6 quake rattles The Geysers in Sonoma County",
                    "2013-03-14T10:00:00Z", GEYSERS_2013[i])), "geysers-2013");
        }
        // An early wrong turn: two reports of the 2013 quake had gone to the 2009 story.
        c.restore(features.features(quake("q2013-stray1", "Sonoma County quake of magnitude 4.6 wakes Kelseyville",
                "2013-03-14T12:00:00Z", "Seismologist Jessica Sigala said the magnitude 4.6 quake at The Geysers woke Kelseyville residents on Thursday.")), "geysers-2009");
        c.restore(features.features(quake("q2013-stray2", "Magnitude 4.6 quake: Kelseyville shaken",
                "2013-03-14T13:00:00Z", "Kelseyville residents felt the magnitude 4.6 quake, Jessica Sigala of the U.S. Geological Survey said.")), "geysers-2009");
        c.assign(features.features(quake("q2013-5", "Magnitude 4.6 quake at The Geysers felt in Kelseyville",
                "2013-03-14T15:00:00Z", "Jessica Sigala said the magnitude 4.6 quake at The Geysers was felt from Kelseyville to Santa Rosa.")));

        assertThat(c.drainChanges()).containsExactly(
                new StoryClusterer.Split("geysers-2009", "geysers-2013", List.of("q2013-stray1", "q2013-stray2")));
        assertThat(c.storyOf("q2013-stray1")).isEqualTo("geysers-2013");
        assertThat(c.storyOf("q2009-0")).isEqualTo("geysers-2009");
        assertThat(c.storyCount()).isEqualTo(2);
    }

    @Test
    void theEventsFoundInAGroupDoNotDependOnTheOrderOfItsArticles() {
        StoryClusterer c = new StoryClusterer();
        List<ArticleFeatures> group = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            group.add(features.features(quake("chile" + i, "Chile earthquake near Concepcion", "2010-02-28T10:00:00Z", CHILE[i])));
            group.add(features.features(quake("haiti" + i, "Haiti earthquake near Port-au-Prince", "2010-01-13T10:00:00Z", HAITI[i])));
        }
        group.forEach(f -> c.restore(f, "all"));
        java.util.Set<java.util.Set<String>> expected = events(c.divide(group));
        assertThat(expected).containsExactlyInAnyOrder(
                java.util.Set.of("chile0", "chile1", "chile2", "chile3", "chile4"),
                java.util.Set.of("haiti0", "haiti1", "haiti2", "haiti3", "haiti4"));
        for (long seed = 1; seed <= 5; seed++) {
            List<ArticleFeatures> shuffled = new java.util.ArrayList<>(group);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(events(c.divide(shuffled))).isEqualTo(expected);
        }
    }

    private static java.util.Set<java.util.Set<String>> events(List<List<ArticleFeatures>> parts) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        parts.forEach(p -> out.add(new java.util.HashSet<>(p.stream().map(ArticleFeatures::id).toList())));
        return out;
    }

    @Test
    void aStoryThatStaysOneEventIsNotSplit() {
        StoryClusterer c = new StoryClusterer();
        String id = c.assign(features.features(PIRATES_2008_A));
        assertThat(c.assign(features.features(PIRATES_2008_B))).isEqualTo(id);
        for (int i = 0; i < 4; i++) {
            assertThat(c.assign(copy(i % 2 == 0 ? PIRATES_2008_A : PIRATES_2008_B, "again" + i))).isEqualTo(id);
        }
        assertThat(c.drainSplits()).isEmpty();
    }

    @Test
    void aStoryIdIsNeverGivenTwiceEvenWhenItsFirstArticleStartsAnotherStoryAfterAMerge() {
        StoryClusterer c = new StoryClusterer();
        c.restore(features.features(PIRATES_2008_A), StoryClusterer.storyId("p3"));
        assertThat(c.assign(features.features(PIRATES_2011))).isNotEqualTo(StoryClusterer.storyId("p3"));
    }

    private List<String> assignInOrder(AnalyzedArticle... reports) {
        StoryClusterer c = new StoryClusterer();
        List<String> out = new java.util.ArrayList<>();
        for (AnalyzedArticle a : reports) {
            out.add(c.assign(features.features(a)));
        }
        return out;
    }

    @Test
    void reportsConflictWhenTheirLeadsDateTheEventInOtherYearsOrGiveAnotherMagnitude() {
        ArticleFeatures iran = features.features(quake("iran", "Earthquake strikes Qeshm island", null,
                "A magnitude 5.9 earthquake struck Qeshm island in 2005, killing 10 people."));
        ArticleFeatures later = features.features(quake("later", "Earthquake strikes Qeshm island", null,
                "A magnitude 5.9 earthquake struck Qeshm island in 2008, killing 10 people."));
        ArticleFeatures stronger = features.features(quake("stronger", "Earthquake strikes Qeshm island", null,
                "A magnitude 6.6 earthquake struck Qeshm island in 2005, killing 10 people."));
        assertThat(EventConflict.between(iran, iran)).isFalse();
        assertThat(EventConflict.date(iran, later)).isTrue();
        assertThat(EventConflict.magnitude(iran, stronger)).isTrue();
        assertThat(EventConflict.date(iran, stronger)).isFalse();
    }

    @Test
    void twoReportsOfOneQuakeWordedDifferentlyJoinOneStory() {
        List<String> stories = assignInOrder(
                quake("wire", "Quake kills 10 on Iran's Qeshm island", "2005-11-27T10:00:00Z",
                        "A magnitude 5.9 earthquake struck Qeshm island in the Gulf on Sunday, killing 10 people in Iran's "
                                + "Hormozgan province, the IRNA news agency said. About 80 people were hurt."),
                quake("paper", "Villages flattened as tremor shakes Hormozgan", "2005-11-28T08:00:00Z",
                        "Seven villages on Qeshm lay in ruins on Monday after Sunday's tremor of magnitude 5.8, which "
                                + "left ten dead and some eighty injured across Hormozgan, IRNA reported."));
        assertThat(stories.get(1)).isEqualTo(stories.get(0));
    }

    private static final AnalyzedArticle QUAKE_IRAN = quake("iran", "Strong earthquake kills 12, flattens villages",
            "2013-04-14T09:00:00Z", "A strong earthquake struck near Bandar Abbas in southern Iran on Sunday, killing 12 people "
                    + "and destroying hundreds of homes, officials said. Rescue teams searched the rubble of collapsed "
                    + "mud-brick houses through the night. Aid agencies sent tents and blankets to the villages.");
    private static final AnalyzedArticle QUAKE_CHINA = quake("china", "Earthquake kills nine, flattens villages",
            "2013-04-14T11:00:00Z", "A strong earthquake struck near Kunming in southwestern China on Sunday, killing nine "
                    + "people and destroying dozens of homes, state media said. Rescue teams searched the rubble of "
                    + "collapsed houses. The Red Cross sent tents to the villages of Yunnan.");

    @Test
    void twoQuakesWordedAlikeInTwoCountriesStayApart() {
        StoryClusterer c = new StoryClusterer();
        String iran = c.assign(features.features(QUAKE_IRAN));
        assertThat(c.assign(features.features(QUAKE_CHINA))).isNotEqualTo(iran);
        // Only the place keeps them apart: without the place conflict the wording joins them.
        StoryClusterer blind = new StoryClusterer(StoryClusterer.Settings.defaults().withPlacePenalty(1));
        String first = blind.assign(features.features(QUAKE_IRAN));
        assertThat(blind.assign(features.features(QUAKE_CHINA))).isEqualTo(first);
    }

    @Test
    void reportsOfOneQuakeThatNameItsPlaceDifferentlyJoin() {
        List<String> stories = assignInOrder(QUAKE_IRAN,
                quake("iran-later", "Iran counts its dead after Sunday's tremor", "2013-04-15T07:00:00Z",
                        "Villagers in Iran's Hormozgan province buried twelve dead on Monday, a day after the tremor brought "
                                + "down hundreds of homes, and rescuers gave up searching the rubble, officials said."));
        assertThat(stories.get(1)).isEqualTo(stories.get(0));
    }

    @Test
    void aSmallStoryJoinedWronglyIsSplitWhenALaterReportShowsTwoEvents() {
        StoryClusterer c = new StoryClusterer();
        // A wrong join made earlier: the quake of 2013 in a story of the hijacking of 2008.
        c.restore(features.features(PIRATES_2008_A), "mixed");
        c.restore(features.features(PIRATES_2008_B), "mixed");
        c.restore(features.features(QUAKE_IRAN), "mixed");
        String joined = c.assign(features.features(dev.storyline.Fixtures.analyzed("p4", "Sirius Star hijacked by Somali pirates off Kenya",
                "2008-11-18T12:00:00Z", "Coast News",
                "Somali pirates hijacked the Saudi supertanker Sirius Star off the coast of Kenya. "
                        + "The Sirius Star, owned by Vela International, carries two million barrels of oil and 25 crew.")));

        assertThat(joined).isEqualTo("mixed");
        List<StoryClusterer.Change> changes = c.drainChanges();
        assertThat(changes).hasSize(1).first().isInstanceOf(StoryClusterer.Split.class);
        StoryClusterer.Split split = (StoryClusterer.Split) changes.get(0);
        assertThat(split.articleIds()).containsExactly("iran");
        assertThat(c.storyOf("p1")).isEqualTo("mixed");
        assertThat(c.storyOf("iran")).isEqualTo(split.into()).isNotEqualTo("mixed");
    }

    private static final String[] CHILE = {
        "A magnitude 8.8 earthquake struck central Chile near Concepcion, killing at least 300 people, President Michelle Bachelet said.",
        "President Michelle Bachelet declared a state of catastrophe in Concepcion and Maule after the magnitude 8.8 earthquake.",
        "Rescuers in Concepcion searched collapsed buildings after the Chile earthquake; Michelle Bachelet said the toll would rise.",
        "The Chile earthquake of magnitude 8.8 near Concepcion set off a tsunami that hit Talcahuano and the Maule coast.",
        "Looting broke out in Concepcion as Michelle Bachelet sent troops to the Maule region after the Chile earthquake.",
    };
    private static final String[] HAITI = {
        "A magnitude 7.0 earthquake struck Haiti near Port-au-Prince, and President Rene Preval said thousands had died.",
        "President Rene Preval said the Haiti earthquake destroyed the National Palace in Port-au-Prince and Leogane.",
        "Aid reached Port-au-Prince slowly after the Haiti earthquake, as Rene Preval asked for help from Washington.",
        "The Haiti earthquake flattened Leogane and Jacmel, and survivors in Port-au-Prince slept in the streets.",
        "Rene Preval said the dead of the Haiti earthquake in Port-au-Prince and Leogane were buried in mass graves.",
    };

    private static final String[] GEYSERS_2009 = {
        "A magnitude 4.4 earthquake struck The Geysers in Sonoma County on Sunday, seismologist David Oppenheimer of the U.S. Geological Survey said.",
        "David Oppenheimer said the magnitude 4.4 quake near Cobb was the largest of a weekend swarm at The Geysers.",
        "Residents of Cobb felt the magnitude 4.4 earthquake at The Geysers, and Calpine said its plants were not damaged.",
        "The U.S. Geological Survey put the Sonoma County quake at magnitude 4.4, centred two miles from Cobb.",
        "Calpine inspected its Geysers power plants after the magnitude 4.4 earthquake shook Cobb on Sunday.",
    };
    private static final String[] GEYSERS_2013 = {
        "A magnitude 4.6 earthquake rattled The Geysers in Sonoma County early Thursday, Jessica Sigala of the U.S. Geological Survey said.",
        "Jessica Sigala said the magnitude 4.6 quake was felt in Kelseyville and Santa Rosa but caused no damage.",
        "Kelseyville residents were woken by the magnitude 4.6 earthquake at The Geysers on Thursday morning.",
        "The magnitude 4.6 Sonoma County quake on Thursday was followed by a 3.1 aftershock, Jessica Sigala said.",
        "Santa Rosa and Kelseyville felt the magnitude 4.6 earthquake centred at The Geysers, the U.S. Geological Survey said.",
    };
    private static AnalyzedArticle quake(String id, String title, String published, String text) {
        return dev.storyline.Fixtures.analyzed(id, title, published, "Wire " + id, text);
    }

    private ArticleFeatures copy(AnalyzedArticle a, String id) {
        ArticleFeatures f = features.features(a);
        return new ArticleFeatures(id, f.vector(), f.terms(), f.entities(), f.years(), f.published(), f.publisher());
    }
}
