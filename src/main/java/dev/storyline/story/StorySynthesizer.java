package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.cluster.ReprintDetector;
import dev.storyline.text.Words;
import dev.storyline.embed.Vectors;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TimeExpression;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the page of one story from its analysed articles, extractively: every sentence on the page is
 * a sentence of a source (a dateline at most removed), and it cites every source that holds a sentence
 * stating it ({@link Support}). {@link FactSelection} chooses the facts: the lead (what happened), every
 * fact that half the publishers state, then the rest by how many publishers state them, how near the
 * story's centre and how early in their articles they lie, never one fact twice; the chosen facts are
 * grouped into 3 to 6 sections with headings drawn from them. The page also lists the quotations whose speaker the sources name
 * ({@link Quotation}) and the facts for which sources give different figures ({@link Disagreements}).
 * With a {@link SectionWriter} (the abstractive mode) each section is rewritten and only what
 * {@link GeneratedTextCheck} lets through replaces it. Thread-safe when the writer is.
 */
public final class StorySynthesizer {

    private static final int MAX_SECTIONS = 6;
    private static final int MIN_SECTIONS = 3;
    private static final int SECTION_SIZE = 3;
    private static final int MAX_QUOTES = 5;
    private static final java.util.regex.Pattern EXPLICIT_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");

    private final TimelineBuilder timeline;
    private final SectionWriter writer;
    private final GeneratedTextCheck check;

    public StorySynthesizer() {
        this(Clock.systemUTC());
    }

    public StorySynthesizer(Clock clock) {
        this(clock, null, null);
    }

    /**
     * The abstractive mode: {@code writer} rewrites each section from its chosen facts, and {@code check}
     * keeps only the generated sentences the sources support, with its own citations. A section keeps its
     * source sentences when no generated sentence passes.
     */
    public StorySynthesizer(Clock clock, SectionWriter writer, GeneratedTextCheck check) {
        if ((writer == null) != (check == null)) {
            throw new IllegalArgumentException("a section writer needs a check of what it writes, and the other way round");
        }
        this.timeline = new TimelineBuilder(clock);
        this.writer = writer;
        this.check = check;
    }

    /** One candidate sentence with the sources that support it. */
    record Fact(int article, int position, String text, Support.Claim claim, Set<Integer> citations,
                int publishers, double score) {
    }

    public StoryPage synthesize(String storyId, List<AnalyzedArticle> input) {
        return synthesize(storyId, input, pool -> { });
    }

    /**
     * As {@link #synthesize(String, List)}, handing {@code candidatePool} the sentences the page chose
     * from (every reportable whole sentence of the sources, reprints folded): for measuring how good a
     * choice the page made among the sentences it was allowed to show.
     */
    public StoryPage synthesize(String storyId, List<AnalyzedArticle> input, java.util.function.Consumer<List<String>> candidatePool) {
        if (input.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article");
        }
        List<AnalyzedArticle> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing((AnalyzedArticle a) -> a.published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnalyzedArticle::id));
        // A wire copy or syndicated reprint is one source, not another confirmation: it is folded into
        // the first article with its text, whose source entry names the other publishers.
        ReprintDetector detector = new ReprintDetector();
        Map<String, List<AnalyzedArticle>> reprints = new HashMap<>();
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (AnalyzedArticle a : sorted) {
            Optional<ReprintDetector.Reprint> r = detector.check(a.id(), a.article().text());
            // a copy that changed a figure is an update, not a reprint: both stay, so that the
            // disagreement shows
            if (r.isPresent() && sameFigures(a, byId(sorted, r.get().originalId()))) {
                reprints.computeIfAbsent(r.get().originalId(), k -> new ArrayList<>()).add(a);
            } else {
                articles.add(a);
            }
        }
        List<List<Support.Claim>> claims = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            List<Support.Claim> cs = new ArrayList<>();
            for (AnalyzedSentence s : a.sentences()) {
                if (s.vector() == null) {
                    throw new IllegalArgumentException("article " + a.id() + " was analysed without sentence vectors");
                }
                cs.add(Support.Claim.of(s.text(), s.vector()));
            }
            claims.add(cs);
        }
        List<SourceSentences> indexed = claims.stream().map(SourceSentences::new).toList();
        List<String> publisherKeys = articles.stream().map(StorySynthesizer::publisherKey).toList();
        float[] centre = centre(articles);

        List<Set<String>> wordPairs = FactSelection.wordPairs(articles.stream().map(a -> a.article().text()).toList());
        List<Fact> facts = new ArrayList<>();
        List<Disagreements.Statement> statements = new ArrayList<>();
        List<QuoteCandidate> quoted = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (AnalyzedSentence s : articles.get(i).sentences()) {
                String text = SentenceQuality.clean(s.text());
                // a sentence whose dateline was cut no longer matches its own vector: only shared words
                // may then vouch for it in another source
                boolean altered = !text.equals(s.text().strip());
                Support.Claim claim = Support.Claim.of(text, s.vector());
                List<TimeExpression> written = writtenDays(s);
                statements.add(new Disagreements.Statement(i, text, claim, names(s),
                        written.stream().map(t -> t.date().orElseThrow()).toList(),
                        written.stream().map(TimeExpression::text).toList()));
                if (SentenceQuality.balancedQuotes(text)) {
                    int article = i;
                    Quotation.in(text).ifPresent(q -> quoted.add(new QuoteCandidate(article, s.index(), q)));
                }
                if (!SentenceQuality.isReportedFact(text)) {
                    continue;
                }
                Set<Integer> cited = new LinkedHashSet<>();
                for (int j = 0; j < articles.size(); j++) {
                    if (j == i || Support.cites(indexed.get(j), claim, !altered)) {
                        cited.add(j + 1);
                    }
                }
                int publishers = (int) cited.stream().map(n -> publisherKeys.get(n - 1)).distinct().count();
                double score = FactSelection.score(publishers, Vectors.dot(centre, s.vector()),
                        FactSelection.echo(text, i, wordPairs), s.index(), !s.entities().isEmpty(), text.split("\\s+").length);
                facts.add(new Fact(i, s.index(), text, claim, cited, publishers, score));
            }
        }
        Set<String> fullNames = new HashSet<>();
        articles.forEach(a -> a.sentences().forEach(s -> s.entities().stream().filter(e -> e.contains(" ")).forEach(fullNames::add)));
        // a piece of a sentence, a caption or a teaser never reaches the page, however many state it
        List<Fact> whole = facts.stream().filter(f -> Fragments.problem(f.text()).isEmpty()).toList();
        candidatePool.accept(whole.stream().map(Fact::text).toList());
        int storyPublishers = (int) publisherKeys.stream().distinct().count();
        List<Fact> chosen = FactSelection.choose(whole, storyPublishers, articles.size(), fullNames);
        List<StoryPage.Section> sections = sections(chosen);
        if (writer != null) {
            sections = sections.stream().map(sec -> rewrite(sec, claims)).toList();
        }
        List<String> leading = chosen.isEmpty() ? List.of(firstSentence(articles)) : chosen.stream().map(Fact::text).toList();
        String headline = Headline.choose(articles, leading);
        if (writer == null) {
            sections = Fragments.keepIntroduced(headline, sections, fullNames);
        }
        List<StoryPage.Source> sources = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            var a = articles.get(i).article();
            List<String> alsoPublishedBy = reprints.getOrDefault(a.id(), List.of()).stream()
                    .map(StorySynthesizer::publisherName).distinct().toList();
            sources.add(new StoryPage.Source(i + 1, a.url(), a.title().isBlank() ? headlineOf(articles.get(i)) : a.title(),
                    a.publisher(), a.author(), StoryDates.published(articles.get(i)),
                    a.published() != null && a.published().inferred(),
                    alsoPublishedBy));
        }
        String updated = StoryDates.updated(input);
        // Only publishers a reader can name count: an article with neither a publisher nor a web address
        // stands for no one ("19 articles from 19 publishers" was 19 unnamed files).
        int publisherCount = (int) input.stream().map(StorySynthesizer::publisherKey)
                .filter(k -> !k.startsWith("article:")).distinct().count();
        return new StoryPage(storyId, headline, updated, input.size(), publisherCount, sections,
                timeline.build(articles, claims), sources, quotes(quoted, claims), Disagreements.find(statements), 0, null);
    }

    /** The section in the writer's words where the check lets them stand, else as it was. */
    private StoryPage.Section rewrite(StoryPage.Section section, List<List<Support.Claim>> claims) {
        List<String> facts = section.sentences().stream().map(StoryPage.CitedSentence::text).toList();
        List<GeneratedTextCheck.Checked> kept = check.check(writer.write(section.heading(), facts), claims);
        if (kept.isEmpty()) {
            return section;
        }
        List<StoryPage.CitedSentence> sentences = kept.stream().limit(SECTION_SIZE)
                .map(c -> new StoryPage.CitedSentence(c.text(), c.citations())).toList();
        return new StoryPage.Section(section.heading(), sentences);
    }

    private record QuoteCandidate(int article, int position, Quotation quotation) {
    }

    /**
     * The most widely printed quotations, each once, citing every source that prints (most of) its words.
     */
    private static List<StoryPage.Quote> quotes(List<QuoteCandidate> candidates, List<List<Support.Claim>> claims) {
        List<QuoteCandidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(QuoteCandidate::position).thenComparingInt(QuoteCandidate::article));
        List<Support.Claim> taken = new ArrayList<>();
        List<StoryPage.Quote> out = new ArrayList<>();
        for (QuoteCandidate c : order) {
            Support.Claim claim = Support.Claim.of(c.quotation().text(), null);
            if (taken.stream().anyMatch(t -> Support.wordShare(t, claim) >= Support.WORD_SHARE
                    || Support.wordShare(claim, t) >= Support.WORD_SHARE)) {
                continue;
            }
            taken.add(claim);
            List<Integer> cites = new ArrayList<>();
            for (int j = 0; j < claims.size(); j++) {
                if (j == c.article() || Support.anySupportsByWords(claims.get(j), claim)) {
                    cites.add(j + 1);
                }
            }
            out.add(new StoryPage.Quote(c.quotation().text(), c.quotation().speaker(), cites));
        }
        out.sort(Comparator.comparingInt((StoryPage.Quote q) -> -q.citations().size()));
        return out.size() > MAX_QUOTES ? List.copyOf(out.subList(0, MAX_QUOTES)) : out;
    }

    private static Set<String> names(AnalyzedSentence s) {
        Set<String> out = new HashSet<>();
        s.entities().forEach(e -> out.add(e.toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The days the sentence states in so many words ("June 12", "12/06/2013"): a relative day ("Tuesday")
     * depends on when each source was published and would make disagreements of the resolver's own.
     */
    private static List<TimeExpression> writtenDays(AnalyzedSentence s) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : s.times()) {
            if (EXPLICIT_DATE.matcher(t.text()).find()
                    && t.date().filter(d -> d.precision() == CalendarDate.Precision.DAY).isPresent()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Groups the chosen facts into sections by similarity (average link), at most three facts each. */
    private static List<StoryPage.Section> sections(List<Fact> chosen) {
        List<List<Fact>> groups = new ArrayList<>();
        chosen.forEach(f -> groups.add(new ArrayList<>(List.of(f))));
        int target = Math.max(Math.min(MIN_SECTIONS, chosen.size()), Math.min(MAX_SECTIONS, (chosen.size() + 2) / SECTION_SIZE));
        // a long page keeps six sections and lets each hold more
        int size = Math.max(SECTION_SIZE, (chosen.size() + MAX_SECTIONS - 1) / MAX_SECTIONS);
        while (groups.size() > target) {
            double best = -2;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (groups.get(i).size() + groups.get(j).size() > size) {
                        continue;
                    }
                    double sim = averageLink(groups.get(i), groups.get(j));
                    if (sim > best) {
                        best = sim;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            groups.get(bi).addAll(groups.remove(bj));
        }
        groups.forEach(g -> g.sort(Comparator.comparingDouble(Fact::score).reversed()));
        groups.sort(Comparator.comparingDouble((List<Fact> g) -> g.get(0).score()).reversed());
        List<StoryPage.Section> out = new ArrayList<>();
        Set<String> headings = new HashSet<>();
        for (List<Fact> g : groups.subList(0, Math.min(MAX_SECTIONS, groups.size()))) {
            String heading = SectionHeading.best(g.stream().map(Fact::text).toList(), headings);
            headings.add(heading.toLowerCase(Locale.ROOT));
            List<StoryPage.CitedSentence> sentences = g.stream()
                    .map(f -> new StoryPage.CitedSentence(f.text(), List.copyOf(f.citations()))).toList();
            out.add(new StoryPage.Section(heading, sentences));
        }
        return out;
    }

    private static double averageLink(List<Fact> a, List<Fact> b) {
        double s = 0;
        for (Fact x : a) {
            for (Fact y : b) {
                s += Vectors.dot(x.claim().vector(), y.claim().vector());
            }
        }
        return s / (a.size() * b.size());
    }

    private static float[] centre(List<AnalyzedArticle> articles) {
        float[] sum = new float[articles.get(0).vector().length];
        articles.forEach(a -> Vectors.add(sum, a.vector()));
        return Vectors.normalize(sum);
    }

    private static String firstSentence(List<AnalyzedArticle> articles) {
        for (AnalyzedArticle a : articles) {
            if (!a.sentences().isEmpty()) {
                return SentenceQuality.clean(a.sentences().get(0).text());
            }
        }
        return "";
    }

    private static String headlineOf(AnalyzedArticle a) {
        return a.sentences().isEmpty() ? a.id() : Headline.shorten(SentenceQuality.clean(a.sentences().get(0).text()));
    }

    private static AnalyzedArticle byId(List<AnalyzedArticle> articles, String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean sameFigures(AnalyzedArticle a, AnalyzedArticle b) {
        return new java.util.HashSet<>(Words.numbers(a.article().text()))
                .equals(new java.util.HashSet<>(Words.numbers(b.article().text())));
    }

    /** The name to show for who published an article: its publisher, else its web host, else its address. */
    static String publisherName(AnalyzedArticle a) {
        String p = a.article().publisher();
        if (p != null && !p.isBlank()) {
            return p.strip();
        }
        String key = publisherKey(a);
        return key.startsWith("article:") ? a.article().url() : key;
    }

    /** Who published an article: its publisher's name, else the web host, else the article itself. */
    static String publisherKey(AnalyzedArticle a) {
        String p = a.article().publisher();
        if (p != null && !p.isBlank()) {
            return p.strip().toLowerCase(Locale.ROOT);
        }
        try {
            String host = URI.create(a.article().url()).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            }
        } catch (IllegalArgumentException ignored) {
            // not a URI: the article stands for its own publisher
        }
        return "article:" + a.id();
    }
}
