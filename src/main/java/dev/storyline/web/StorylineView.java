package dev.storyline.web;

import dev.storyline.arc.StorylinePage;
import dev.storyline.story.StoryPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A storyline page as the templates show it, and the box on a story page that names the story's
 * storyline with the events before and after it. Citations and sources are shown exactly as a story
 * page's ({@link StoryView}). Immutable.
 *
 * @param page the storyline shown
 */
public record StorylineView(StorylinePage page) {

    /** A story of the storyline, linked to its page. */
    public record StoryLink(String path, String headline, String date, String articles) {
    }

    /** One day of the storyline's timeline. */
    public record Event(String date, String isoDate, List<StoryView.Sentence> sentences) {
    }

    /** What a story page says of its storyline: its link, and the stories before and after (or null). */
    public record Membership(String path, String headline, int stories, StoryLink previous, StoryLink next) {
    }

    /** The path of the storyline page with this id. */
    public static String path(String id) {
        return "/storyline/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The box of the story page of {@code storyId} when its storyline holds another story too; {@code null}
     * for a story that stands alone, whose page would only repeat itself.
     */
    public static Membership membership(StorylinePage page, String storyId) {
        if (page == null || page.stories().size() < 2) {
            return null;
        }
        StorylinePage.Neighbours n = page.neighboursOf(storyId);
        return new Membership(path(page.id()), new StorylineView(page).headline(), page.stories().size(),
                link(n.previous()), link(n.next()));
    }

    public String headline() {
        return page.headline() == null || page.headline().isBlank() ? "Untitled storyline" : page.headline();
    }

    /** {@code Updated 24 Nov 2026 · 3 stories, 41 articles}. */
    public String metaLine() {
        String counts = count(page.stories().size(), "story", "stories") + ", " + count(page.articleCount(), "article", "articles");
        return page.updated() == null ? counts : "Updated " + NewsDates.published(page.updated()) + " · " + counts;
    }

    /** Its stories, newest first. */
    public List<StoryLink> stories() {
        return page.stories().stream().map(StorylineView::link).toList();
    }

    public List<Event> events() {
        StoryView cited = cited();
        return page.timeline().stream().map(e -> new Event(NewsDates.calendarDate(e.date()), e.date(),
                e.sentences().stream().map(s -> new StoryView.Sentence(s.text(), cited.citationsOf(s.citations()))).toList()))
                .toList();
    }

    public List<StoryView.Source> sources() {
        return cited().sources();
    }

    /** A story view holding only the sources, which numbers and links citations as story pages do. */
    private StoryView cited() {
        return new StoryView(new StoryPage(page.id(), page.headline(), page.updated(), page.articleCount(), 0,
                List.of(), List.of(), page.sources()));
    }

    private static StoryLink link(StorylinePage.StoryEntry e) {
        if (e == null) {
            return null;
        }
        String headline = e.headline() == null || e.headline().isBlank() ? "Untitled story" : e.headline();
        String date = e.first() == null ? null : NewsDates.calendarDate(e.first());
        return new StoryLink(StoryView.path(e.id()), headline, date, count(e.articleCount(), "article", "articles"));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
