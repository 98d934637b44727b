package dev.storyline.story;

import org.junit.jupiter.api.Test;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.extract.Article;
import dev.storyline.ingest.PublicationDate;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {

    @Test
    void removesTheSiteNameFromASourceHeadline() {
        assertThat(Headline.clean("Baltreed to acquire Kestrel Terminals in $1.2bn deal - Freight Daily", "Freight Daily"))
                .isEqualTo("Baltreed to acquire Kestrel Terminals in $1.2bn deal");
        assertThat(Headline.clean("Strong earthquake shakes Kefalonia, damaging homes | Harbour Times", null))
                .isEqualTo("Strong earthquake shakes Kefalonia, damaging homes");
    }

    @Test
    void removesUpdateLabelsDateStampsAndDatelines() {
        assertThat(Headline.clean("Strong earthquake shakes Kefalonia, damaging homes (Update 2)", null))
                .isEqualTo("Strong earthquake shakes Kefalonia, damaging homes");
        assertThat(Headline.clean("Leaders agree on DNA testing for mine victims date 2026-01-13", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("Leaders agree on DNA testing for mine victims - Jan 13, 2026", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("UPDATE 1-Leaders agree on DNA testing for mine victims", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("Paris store hit by $2. 6 million jewelry heist", null))
                .isEqualTo("Paris store hit by $2.6 million jewelry heist");
    }

    @Test
    void aLongSentenceIsCutAtAClauseOrVisiblyAtAWord() {
        String longFact = "Bettie Page, the pin-up model whose photographs defined an era of American glamour, died on Thursday"
                + " of pneumonia at a Los Angeles area hospital, her longtime agent said.";
        String h = Headline.shorten(longFact);
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
        assertThat(longFact).startsWith(h.replace("…", ""));
        assertThat(Headline.shorten("A ".repeat(80) + "end.")).endsWith("…");
    }

    @Test
    void aLongHeadlineWithoutSpacesIsCutAtAGraphemeCluster() {
        String japanese = "日本と韓国の首脳が奈良で会談し長生炭鉱の犠牲者の遺骨のDNA鑑定で協力することで合意した".repeat(4);
        String h = Headline.shorten(japanese);
        assertThat(h).endsWith("…");
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
        assertThat(japanese).startsWith(h.substring(0, h.length() - 1));
    }

    /** 10,000 random strings of CJK, emoji with joiners and skin tones, combining marks, spaces and Latin letters. */
    @Test
    void shorteningNeverFailsAndNeverBreaksAGraphemeCluster() {
        String[] pieces = {"中", "文", "日本", "한국", "👩‍👩‍👧", "👍🏽", "🇯🇵", "e\u0301", "a\u0308\u0301", "ก\u0e31", " ", ", ", "word", "x", ".", "…"};
        Random random = new Random(11);
        for (int run = 0; run < 10_000; run++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String in = b.toString();
            String out = Headline.shorten(in);
            String kept = out.endsWith("…") && !in.strip().startsWith(out) ? out.substring(0, out.length() - 1) : out;
            assertThat(in.strip()).startsWith(kept.strip());
            assertThat(out.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
            assertThat(isClusterBoundary(in.strip(), kept.strip().length())).as("cut inside a cluster of %s", in).isTrue();
        }
    }

    private static AnalyzedArticle article(String id, String title, String lead, String day) {
        Article a = new Article(id, "https://news.example/" + id, title, lead, "Paper " + id, null,
                PublicationDate.at(Instant.parse(day + "T12:00:00Z")).orElseThrow(), "en", Map.of());
        return new AnalyzedArticle(a, List.of(new AnalyzedSentence(0, 0, lead, new float[]{1f}, List.of(), List.of())),
                new float[]{1f}, List.of());
    }

    @Test
    void aTitleNewerSourcesNegateLosesToTheirs() {
        List<AnalyzedArticle> story = List.of(
                article("a", "Marta Vidal in talks to coach Harbour City rowing team", "Marta Vidal met the club on Monday.", "2026-03-01"),
                article("b", "Marta Vidal negotiating to coach Harbour City rowing team", "The club confirmed the talks.", "2026-03-02"),
                article("c", "Marta Vidal will not coach Harbour City rowing team", "Vidal turned the offer down.", "2026-03-04"));
        assertThat(Headline.choose(story, List.of("Vidal turned the offer down."))).isEqualTo("Marta Vidal will not coach Harbour City rowing team");
    }

    @Test
    void aTitleOfAnEarlierStageLosesToALaterOneAndAStillOpenClaimLosesEvenWhenNewest() {
        List<AnalyzedArticle> charged = List.of(
                article("a", "Baker Tomas Reyes charged with arson at Eastgate bakery", "Reyes was charged on Monday.", "2026-02-01"),
                article("b", "Tomas Reyes charged with Eastgate bakery arson", "Police charged the baker.", "2026-02-02"),
                article("c", "Tomas Reyes convicted of Eastgate bakery arson", "A jury convicted Reyes.", "2026-06-01"));
        assertThat(Headline.choose(charged, List.of("Reyes was charged on Monday."))).isEqualTo("Tomas Reyes convicted of Eastgate bakery arson");
        List<AnalyzedArticle> talks = List.of(
                article("a", "Marta Vidal will not coach Harbour City rowing team", "Vidal turned the offer down.", "2026-03-04"),
                article("b", "Marta Vidal still in talks to coach Harbour City rowing team", "Talks go on, a blog says.", "2026-09-01"));
        assertThat(Headline.choose(talks, List.of("Vidal turned the offer down."))).isEqualTo("Marta Vidal will not coach Harbour City rowing team");
    }

    @Test
    void manyTitlesRepeatingAnOvertakenClaimStillLoseToTheOneThatOvertakesThem() {
        List<AnalyzedArticle> story = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            story.add(article("a" + i, "Lena Ortiz checks into Sunhill clinic", "Ortiz arrived at the clinic.", "2026-05-0" + (i + 1)));
        }
        story.add(article("z", "Lena Ortiz leaves Sunhill clinic for Bayview clinic", "Ortiz moved to Bayview.", "2026-06-13"));
        assertThat(Headline.choose(story, List.of("Ortiz arrived at the clinic."))).isEqualTo("Lena Ortiz leaves Sunhill clinic for Bayview clinic");
    }

    @Test
    void titlesAboutOtherThingsDoNotOvertakeEachOther() {
        assertThat(Overtaken.by("Tomas Reyes charged with Eastgate bakery arson", "Storm floods harbour, ferries convicted of nothing", true, false)).isFalse();
        assertThat(Overtaken.by("Lena Ortiz checks into Sunhill clinic", "Lena Ortiz checks out of Sunhill clinic", false, false)).isTrue();
    }

    @Test
    void aNewerTitleAtALaterStageOvertakesWhenTheyShareOnlyANameBothArticlesMention() {
        String trial = "Trial opens for Halvorsen warehouse fire suspect";
        String verdict = "Night guard found guilty of 2024 Halvorsen Logistics blaze";
        assertThat(Overtaken.by(trial, verdict, true, false, Set.of("halvorsen", "logistics"))).isTrue();
        assertThat(Overtaken.by(trial, verdict, false, false, Set.of("halvorsen", "logistics")))
                .as("the shared name counts only for the newer report").isFalse();
        assertThat(Overtaken.by(trial, verdict, true, false)).as("one shared word that no article names").isFalse();
        assertThat(Overtaken.by("Trial opens for warehouse fire suspect", "Night guard found guilty of warehouse theft",
                true, false, Set.of("halvorsen"))).as("a shared common word is no name").isFalse();
        assertThat(Overtaken.by("Halvorsen warehouse reopens after fire", "Halvorsen Logistics won't expand, chief says",
                true, false, Set.of("halvorsen"))).as("a name alone does not make a negation overtake").isFalse();
    }

    @Test
    void theNewestTitleWithTheVerdictIsTheHeadlineOverTheTrialThatBegan() {
        List<AnalyzedArticle> story = List.of(
                named("a", "Halvorsen fire suspect held for trial", "A judge sent the guard to trial.", "2025-02-01",
                        List.of("Halvorsen Logistics", "Oslo")),
                named("b", "Trial opens for Halvorsen warehouse fire suspect", "The trial of the guard began.", "2026-03-02",
                        List.of("Halvorsen Logistics")),
                named("c", "Night guard found guilty of 2024 Halvorsen Logistics blaze", "A judge found the guard guilty.",
                        "2026-03-02", List.of("Halvorsen Logistics", "Oslo")));
        assertThat(Headline.choose(story, List.of("A judge found the guard guilty.")))
                .isEqualTo("Night guard found guilty of 2024 Halvorsen Logistics blaze");
    }

    private static AnalyzedArticle named(String id, String title, String lead, String day, List<String> names) {
        AnalyzedArticle a = article(id, title, lead, day);
        return new AnalyzedArticle(a.article(), a.sentences(), a.vector(), names);
    }

    @Test
    void aTitleThatIsALabelAndAQuotationIsNotTheHeadline() {
        List<AnalyzedArticle> story = List.of(
                article("a", "Harbour City: \"The wall will hold the river\"", "The council approved the flood wall.", "2026-04-02"),
                article("b", "Harbour City council approves river flood wall", "The council approved the flood wall.", "2026-04-01"));
        assertThat(Headline.choose(story, List.of("The council approved the flood wall."))).isEqualTo("Harbour City council approves river flood wall");
    }

    @Test
    void aQuoteGluedToTheWordBeforeGetsItsSpaceBack() {
        assertThat(Headline.clean("Vidal Won't Coach'Harbour City' Crew", null)).isEqualTo("Vidal Won't Coach 'Harbour City' Crew");
    }

    @Test
    void titlesThatAreFirstSentencesGiveWayToAHeadlineComposedFromTheLeadFact() {
        String lead = "The Harbour City council has approved a new flood wall along the river on Tuesday.";
        List<AnalyzedArticle> story = List.of(article("a", lead, lead, "2026-04-01"), article("b", lead, lead, "2026-04-02"));
        String h = Headline.choose(story, List.of(lead));
        assertThat(h).isEqualTo("Harbour City council approves new flood wall along river");
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
    }

    private static boolean isClusterBoundary(String s, int offset) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        return offset == 0 || offset == s.length() || it.isBoundary(offset);
    }

    @Test
    void aTitleThatIsALedeIsNotAHeadline() {
        assertThat(Headline.ledeLike("Sunhill is a star favorite favored by two pop singers -- it's also where a famous actor went in 2006")).isTrue();
        assertThat(Headline.ledeLike("Oh, it's been so long since we were on the clinic beat!")).isTrue();
        assertThat(Headline.ledeLike("The singer, who has long battled the bottle, checked into a clinic in the hills on Friday for an unnamed problem.")).isTrue();
        assertThat(Headline.ledeLike("Mary Jones checks into Sunhill clinic")).isFalse();
        assertThat(Headline.ledeLike("US troops leave base in Kandahar; talks resume")).isFalse();
        assertThat(Headline.ledeLike("Veterans of World War I honoured in Leeds")).isFalse();
    }

    @Test
    void aLedeTitleGivesWayToAHeadlineComposedFromTheLeadFact() {
        String title = "Sunhill is a star favorite favored by two pop singers -- it's also where a famous actor went in 2006";
        String background = "Sunhill is a star favorite favored by two pop singers -- it's also where a famous actor went in 2006.";
        String lead = "After telling a magazine in May that she was \"fine now,\" singer and former radio host Mary Jones checked into Sunhill Recovery Center on Friday.";
        List<AnalyzedArticle> story = List.of(article("a", title, background, "2026-03-01"));
        String h = Headline.choose(story, List.of(background, lead));
        assertThat(h).isEqualTo("Mary Jones checks into Sunhill Recovery Center");
    }
}
