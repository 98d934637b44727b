package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.story.SentenceQuality;
import dev.storyline.story.StoryPage;
import dev.storyline.story.Support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the page of a storyline from its stories' pages and articles: the headline of its largest story,
 * the stories newest first, and the {@link ArcTimeline} of all their articles, each sentence a plain
 * reported fact ({@link SentenceQuality#isReportedFact}) cited by the article it is drawn from and by every
 * other article of its day that states it by the story pages' rule ({@link Support#states}). Stateless and
 * safe to share.
 */
public final class StorylineWriter {

    /** Articles of a day checked for stating one of its sentences, besides the one it is drawn from. */
    private static final int CHECKED_PER_DAY = 16;

    /** One story of the storyline: its current page and its articles. */
    public record Member(StoryPage page, List<AnalyzedArticle> articles) {
        public Member {
            articles = List.copyOf(articles);
        }
    }

    private final ArcTimeline timeline;

    public StorylineWriter() {
        this(new ArcTimeline(ArcTimeline.Settings.defaults()));
    }

    public StorylineWriter(ArcTimeline timeline) {
        this.timeline = timeline;
    }

    /** The page of storyline {@code id} made of these stories (at least one). */
    public StorylinePage write(String id, List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("storyline " + id + " has no stories");
        }
        List<AnalyzedArticle> articles = members.stream().flatMap(m -> m.articles().stream()).toList();
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<ArcTimeline.Day> days = timeline.build(List.copyOf(byId.values()), null, null,
                text -> SentenceQuality.isReportedFact(SentenceQuality.clean(text)));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, List<Support.Claim>> claims = new HashMap<>();
        List<StorylinePage.Event> events = new ArrayList<>();
        for (ArcTimeline.Day day : days) {
            List<StoryPage.CitedSentence> sentences = new ArrayList<>();
            for (ArcTimeline.DaySentence s : day.sentences()) {
                List<Integer> cited = new ArrayList<>();
                cited.add(numbers.computeIfAbsent(s.articleId(), k -> numbers.size() + 1));
                Support.Claim claim = Support.Claim.of(s.text(), vectorOf(byId.get(s.articleId()), s.text()));
                day.reporting().stream().filter(other -> !other.equals(s.articleId())).limit(CHECKED_PER_DAY)
                        .filter(other -> Support.states(claims.computeIfAbsent(other, k -> claimsOf(byId.get(k))), claim))
                        .forEach(other -> {
                            int n = numbers.computeIfAbsent(other, k -> numbers.size() + 1);
                            if (!cited.contains(n)) {
                                cited.add(n);
                            }
                        });
                sentences.add(new StoryPage.CitedSentence(SentenceQuality.clean(s.text()), cited.stream().sorted().toList()));
            }
            events.add(new StorylinePage.Event(day.date().toString(), sentences));
        }
        List<StoryPage.Source> sources = new ArrayList<>();
        numbers.forEach((articleId, n) -> sources.add(source(n, byId.get(articleId))));
        List<StorylinePage.StoryEntry> stories = members.stream()
                .map(m -> new StorylinePage.StoryEntry(m.page().id(), m.page().headline(), m.page().updated(),
                        firstDay(m.articles()), m.page().articleCount()))
                .sorted(Comparator.comparing((StorylinePage.StoryEntry e) -> moment(e.updated()), Comparator.reverseOrder())
                        .thenComparing(StorylinePage.StoryEntry::id))
                .toList();
        StoryPage largest = members.stream().map(Member::page)
                .max(Comparator.comparingInt(StoryPage::articleCount).thenComparing(p -> moment(p.updated())))
                .orElseThrow();
        return new StorylinePage(id, largest.headline(), stories.get(0).updated(), byId.size(), stories, events, sources);
    }

    private static List<Support.Claim> claimsOf(AnalyzedArticle a) {
        return a.sentences().stream().map(s -> Support.Claim.of(s.text(), s.vector())).toList();
    }

    private static float[] vectorOf(AnalyzedArticle a, String text) {
        return a.sentences().stream().filter(s -> s.text().equals(text)).map(AnalyzedSentence::vector)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static StoryPage.Source source(int n, AnalyzedArticle a) {
        var article = a.article();
        String url = article.url() == null || article.url().isBlank() ? article.id() : article.url();
        String title = article.title() == null || article.title().isBlank() ? url : article.title();
        return new StoryPage.Source(n, url, title, article.publisher(), article.author(),
                a.published() == null ? null : a.published().pageForm());
    }

    private static String firstDay(List<AnalyzedArticle> articles) {
        return articles.stream().filter(a -> a.published() != null).map(a -> a.published().day())
                .min(Comparator.naturalOrder()).map(Object::toString).orElse(null);
    }

    private static Instant moment(String updated) {
        if (updated == null) {
            return Instant.MIN;
        }
        PublicationDate d = PublicationDate.fromText(updated);
        return d == null ? Instant.MIN : d.moment();
    }
}
