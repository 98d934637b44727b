package dev.storyline.web;

import dev.storyline.story.StoryPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story page as the templates show it: the page's parts with the wording, links and dates prepared,
 * so the templates hold no logic beyond loops and conditions. Immutable.
 *
 * @param page the story page shown
 */
public record StoryView(StoryPage page, String anchorPrefix) {

    /** The view of a page that stands alone: anchors are {@code source-n}. */
    public StoryView(StoryPage page) {
        this(page, "");
    }

    /** Most publishers listed under a headline on the front page. */
    private static final int PUBLISHERS_SHOWN = 5;

    /** One sentence with its citations. */
    public record Sentence(String text, List<Citation> citations) {
    }

    /**
     * One citation mark {@code [n]}; {@code linked} is false when the page has no source {@code n}, so
     * that the mark never points at nothing.
     */
    public record Citation(int n, boolean linked, String anchorPrefix) {
        public String anchor() {
            return "#" + anchorPrefix + "source-" + n;
        }
    }

    /** A section: heading and sentences. */
    public record Section(String heading, List<Sentence> sentences) {
    }

    /** A timeline entry with its date written at its precision. */
    public record Entry(String date, String isoDate, String text, List<Citation> citations, boolean background,
                        boolean scheduled) {
    }

    /**
     * A numbered source; {@code href} is {@code null} when its URL may not be a link (then {@code url} is
     * shown as text).
     */
    public record Source(int n, String anchorId, String href, String url, String title, String publisher,
                         String author, String published, String alsoPublishedBy) {
        /** Whether the raw URL is shown as text beside a title that could not be linked. */
        public boolean showsUrlAsText() {
            return href == null && url != null && !url.isBlank() && !url.equals(title);
        }
    }

    /** A quotation with its speaker. */
    public record Quote(String text, String speaker, List<Citation> citations) {
    }

    /** A fact the sources give different figures for, each figure with its sources. */
    public record Disagreement(String about, List<Variant> variants) {
    }

    /** One figure of a disagreement. */
    public record Variant(String value, String text, List<Citation> citations) {
    }

    /** A timeline event whose date changed since the previous version. */
    public record Correction(String text, String before, String after, List<Citation> citations) {
    }

    public String id() {
        return page.id();
    }

    public List<Quote> quotes() {
        return page.quotes().stream().map(q -> new Quote(q.text(), q.speaker(), citations(q.citations()))).toList();
    }

    public List<Disagreement> disagreements() {
        return page.disagreements().stream()
                .map(d -> new Disagreement(d.about(), d.variants().stream()
                        .map(v -> new Variant(v.value(), v.text(), citations(v.citations()))).toList()))
                .toList();
    }

    /** Whether the page tells what changed since its previous version. */
    public boolean hasChanges() {
        return page.changes() != null && !page.changes().isEmpty();
    }

    /** {@code Since version 2 (24 Nov 2026, 14:05 UTC)}. */
    public String changesSince() {
        if (page.changes() == null) {
            return "";
        }
        String when = page.changes().since() == null ? "" : " (" + NewsDates.time(page.changes().since()) + ")";
        return "Since version " + page.changes().sinceVersion() + when;
    }

    public List<Sentence> newFacts() {
        return page.changes() == null ? List.of() : sentences(page.changes().newFacts());
    }

    public List<Citation> newSources() {
        return page.changes() == null ? List.of() : citations(page.changes().newSources());
    }

    public List<Correction> correctedDates() {
        return page.changes() == null ? List.of() : page.changes().correctedDates().stream()
                .map(c -> new Correction(c.text(), NewsDates.calendarDate(c.before()), NewsDates.calendarDate(c.after()),
                        citations(c.citations())))
                .toList();
    }

    /**
     * One regrouping as the page says it: {@code before}, then the other story's title (linked to
     * {@code path} when that story still has a page of its own), then {@code after}.
     */
    public record Regrouping(String before, String title, String path, String after) {
    }

    public List<Regrouping> regroupings() {
        if (page.changes() == null) {
            return List.of();
        }
        return page.changes().regroupings().stream().map(r -> {
            String title = r.headline() == null || r.headline().isBlank() ? "another story" : "“" + r.headline() + "”";
            String reports = r.articles() == 1 ? "1 report" : r.articles() + " reports";
            return switch (r.kind()) {
                case MERGED -> new Regrouping("Merged with ", title, null, ", which reported the same event");
                case MOVED_OUT -> new Regrouping(reports + " of another event moved to ", title, path(r.story()), "");
                case MOVED_IN -> new Regrouping(reports + " of this event came over from ", title, path(r.story()), "");
            };
        }).toList();
    }

    public String headline() {
        return page.headline() == null || page.headline().isBlank() ? "Untitled story" : page.headline();
    }

    /** The page's path on this server. */
    public String path() {
        return path(page.id());
    }

    /** The path of the story page with this id. */
    public static String path(String id) {
        return "/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The path of a publisher's page. */
    public static String publisherPath(String name) {
        return "/publisher/" + URLEncoder.encode(name.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The category the story belongs to, or {@code null} when it was not classified. */
    public String category() {
        return page.category();
    }

    /** {@code Updated 24 Nov 2026, 14:05 UTC · 4 articles from 3 publishers}. */
    public String metaLine() {
        return page.updated() == null ? counts() : "Updated " + updatedText() + " · " + counts();
    }

    /** {@code 24 Nov 2026, 14:05 UTC}, or empty when the page has no update time. */
    public String updatedText() {
        return NewsDates.published(page.updated());
    }

    /** {@code 4 articles from 3 publishers}. */
    public String counts() {
        String articles = count(page.articleCount(), "article");
        return page.publisherCount() == 0 ? articles : articles + " from " + count(page.publisherCount(), "publisher");
    }

    /** ISO form of the update time for {@code <time datetime>}, or {@code null}. */
    public String updatedIso() {
        return page.updated();
    }

    /** The first section's sentences: the short lede under a headline on the front page. */
    public List<Sentence> lede() {
        return page.sections().isEmpty() ? List.of() : sentences(page.sections().get(0).sentences());
    }

    /** Distinct publisher names of the sources, in source order, at most a handful. */
    public List<String> publishers() {
        Set<String> names = new LinkedHashSet<>();
        for (StoryPage.Source s : page.sources()) {
            if (s.publisher() != null && !s.publisher().isBlank()) {
                names.add(s.publisher().strip());
            }
        }
        return names.stream().limit(PUBLISHERS_SHOWN).toList();
    }

    public List<Section> sections() {
        return page.sections().stream().map(s -> new Section(s.heading(), sentences(s.sentences()))).toList();
    }

    public List<Entry> timeline() {
        return page.timeline().stream()
                .map(e -> new Entry(NewsDates.calendarDate(e.date()), e.date(), e.text(), citations(e.citations()),
                        e.background(), e.scheduled()))
                .toList();
    }

    public List<Source> sources() {
        return page.sources().stream()
                .map(s -> new Source(s.n(), anchorPrefix + "source-" + s.n(), SafeLink.href(s.url()).orElse(null), s.url(),
                        title(s), s.publisher(), s.author(),
                        s.published() == null ? null
                                : NewsDates.published(s.published()) + (s.publishedInferred() ? " (estimated from the story)" : ""),
                        s.alsoPublishedBy().isEmpty() ? null : String.join(", ", s.alsoPublishedBy())))
                .toList();
    }

    private static String title(StoryPage.Source s) {
        if (s.title() != null && !s.title().isBlank()) {
            return s.title();
        }
        return s.url() != null && !s.url().isBlank() ? s.url() : "Untitled article";
    }

    private List<Sentence> sentences(List<StoryPage.CitedSentence> cited) {
        List<Sentence> out = new ArrayList<>(cited.size());
        for (StoryPage.CitedSentence c : cited) {
            out.add(new Sentence(c.text(), citations(c.citations())));
        }
        return out;
    }

    /** The citation marks of these source numbers, linked where the page has the source. */
    public List<Citation> citationsOf(List<Integer> numbers) {
        return citations(numbers);
    }

    private List<Citation> citations(List<Integer> numbers) {
        Set<Integer> known = new java.util.HashSet<>();
        page.sources().forEach(s -> known.add(s.n()));
        return numbers.stream().map(n -> new Citation(n, known.contains(n), anchorPrefix)).toList();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
