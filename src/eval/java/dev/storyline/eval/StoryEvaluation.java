package dev.storyline.eval;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.embed.Vectors;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StorySynthesizer;
import dev.storyline.story.Support;
import dev.storyline.text.Words;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the page of every gold event of a labelled JSONL file from that event's articles (the label only
 * groups them; the articles go through the product's own ingest, extraction and analysis) and measures
 * the pages: whether each cited source really holds a sentence supporting the page sentence, how often a
 * sentence cites two or more sources where the page has two or more, redundancy, length and time.
 * Support is judged here independently of the synthesizer's own rule: a source supports a page sentence
 * when one of its sentences holds at least 60% of the page sentence's content words or its embedding
 * lies at or above {@link Support#SIMILARITY}. Not thread-safe.
 */
public final class StoryEvaluation {

    /** Measures of one page. */
    public record PageScore(String event, int articles, int sections, int sentences, int words, int cited,
                            int supported, int multiSourceSentences, boolean multiSourcePage, double redundancy,
                            int uncited, double analysisSeconds, double synthesisSeconds, double cpuSeconds,
                            List<String> unsupported, PageChecks.Result checks) {
        public PageScore {
            unsupported = List.copyOf(unsupported);
        }
    }

    /** Measures over all pages. */
    public record Summary(int pages, int cited, int supported, double citationSupport, int strictSupported,
                          int fragments, int headings, int headingPrefixes, int headingWeakEnds, int headingLengthOutside,
                          int pagesOutsideSectionRange, int repeatedFacts, int restatedFacts, int majorityFacts,
                          int majorityCovered, int majorityRefused, int sentences, double multiSourceShare, double meanRedundancy,
                          double maxRedundancy, int pagesAboveThreshold, double wordsPerPage,
                          double sectionsPerPage, double sentencesPerPage, int minSections, int maxSections,
                          int maxSentences, int uncited, double synthesisSecondsPerPage,
                          double pageSecondsWithAnalysis, int largestStory, double largestStorySeconds,
                          int largeStories, double largeStorySeconds, double largeStoryCpuSeconds) {
    }

    /** Stories this large stand for the "20-article story" of the time budget. */
    static final int LARGE_STORY = 18;
    /** The section range a page must keep (issue 11): fewer reads as a stub, more as a list. */
    static final int MIN_SECTIONS = 3;
    static final int MAX_SECTIONS = 6;

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;
    private final SentenceEmbedder embedder;
    private final StorySynthesizer synthesizer;
    private final FragmentDetector fragments;

    public StoryEvaluation(ArticleExtractor extractor, ArticleAnalyzer analyzer, SentenceEmbedder embedder,
                           StorySynthesizer synthesizer) {
        this(extractor, analyzer, embedder, synthesizer, FragmentDetector.SIMPLE);
    }

    /** With the detector whose flagged sentences count as fragments. */
    public StoryEvaluation(ArticleExtractor extractor, ArticleAnalyzer analyzer, SentenceEmbedder embedder,
                           StorySynthesizer synthesizer, FragmentDetector fragments) {
        this.fragments = fragments;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.synthesizer = synthesizer;
    }

    /**
     * Reads the file through ingest and extraction, groups the extracted articles by gold event, and
     * returns them in file order of the events. A record that yields no article is reported and left out.
     */
    public Map<String, List<Article>> articlesByEvent(Path jsonl, List<ClusterEvaluation.Labelled> records,
                                                      Consumer<IngestProblem> problems) {
        Map<String, List<Article>> out = new LinkedHashMap<>();
        for (LabelledCorpus.Extracted e : LabelledCorpus.read(jsonl, records, extractor, problems)) {
            if (e.record() == null || e.record().event() == null) {
                problems.accept(new IngestProblem(e.article().id(), "no gold event label: left out"));
            } else {
                out.computeIfAbsent(e.record().event(), k -> new ArrayList<>()).add(e.article());
            }
        }
        return out;
    }

    /** Analyses one event's articles, writes its page and measures it. */
    public PageScore evaluate(String event, List<Article> articles, Consumer<StoryPage> pages) {
        return evaluate(event, articles, pages, pool -> { });
    }

    /** As {@link #evaluate(String, List, Consumer)}, handing on the sentences the page chose from. */
    public PageScore evaluate(String event, List<Article> articles, Consumer<StoryPage> pages,
                              Consumer<List<String>> candidatePool) {
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<AnalyzedArticle> analyzed = analyzer.analyzeAll(articles, true);
        long t1 = System.nanoTime();
        StoryPage page = synthesizer.synthesize(event, analyzed, candidatePool);
        long t2 = System.nanoTime();
        long c1 = processCpuNanos();
        pages.accept(page);
        return score(event, page, analyzed, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c1 - c0) / 1e9);
    }

    /** CPU time of the whole process (all threads, the model's included), or 0 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    PageScore score(String event, StoryPage page, List<AnalyzedArticle> analyzed, double analysis, double synthesis, double cpu) {
        // A source is known by its link (the page may retitle a source without a headline); records that
        // share a link are told apart by trying each.
        Map<String, List<AnalyzedArticle>> byKey = new HashMap<>();
        analyzed.forEach(a -> byKey.computeIfAbsent(a.article().url(),
                x -> new ArrayList<>()).add(a));
        Map<Integer, List<AnalyzedArticle>> bySource = new HashMap<>();
        for (StoryPage.Source s : page.sources()) {
            bySource.put(s.n(), byKey.getOrDefault(s.url(), List.of()));
        }
        List<String> texts = new ArrayList<>();
        page.sections().forEach(sec -> sec.sentences().forEach(c -> texts.add(c.text())));
        float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
        int k = 0;
        int cited = 0;
        int supported = 0;
        int multi = 0;
        int uncited = 0;
        int words = Words.tokens(page.headline()).size();
        int sentences = 0;
        List<String> unsupported = new ArrayList<>();
        boolean multiSourcePage = page.sources().size() >= 2;
        for (StoryPage.Section sec : page.sections()) {
            words += Words.tokens(sec.heading()).size();
            for (StoryPage.CitedSentence c : sec.sentences()) {
                float[] v = vectors[k++];
                sentences++;
                words += Words.tokens(c.text()).size();
                if (c.citations().isEmpty()) {
                    uncited++;
                }
                if (c.citations().size() >= 2) {
                    multi++;
                }
                for (int n : c.citations()) {
                    cited++;
                    if (bySource.getOrDefault(n, List.of()).stream().anyMatch(a -> holdsSupport(a, c.text(), v))) {
                        supported++;
                    } else {
                        unsupported.add("[" + n + "] " + c.text() + " (closest in that source: " + closest(bySource.getOrDefault(n, List.of()), c.text(), v) + ")");
                    }
                }
            }
        }
        double redundancy = 0;
        for (int i = 0; i < vectors.length; i++) {
            for (int j = i + 1; j < vectors.length; j++) {
                redundancy = Math.max(redundancy, Vectors.dot(vectors[i], vectors[j]));
            }
        }
        PageChecks.Result checks = PageChecks.check(page, vectors, bySource, fragments);
        return new PageScore(event, analyzed.size(), page.sections().size(), sentences, words, cited, supported,
                multi, multiSourcePage, redundancy, uncited, analysis, synthesis, cpu, unsupported, checks);
    }

    /**
     * The old rule, printed beside the strict one: one sentence of the source holds 60% of the sentence's
     * content words or is close enough.
     */
    static boolean holdsSupport(AnalyzedArticle source, String sentence, float[] vector) {
        Set<String> wanted = stems(sentence);
        for (AnalyzedSentence s : source.sentences()) {
            if (s.vector() != null && Vectors.dot(s.vector(), vector) >= Support.SIMILARITY) {
                return true;
            }
            if (!wanted.isEmpty()) {
                Set<String> have = stems(s.text());
                long held = wanted.stream().filter(have::contains).count();
                if (held >= Support.WORD_SHARE * wanted.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The best cosine and word share any sentence of the sources reaches, for reports. */
    private static String closest(List<AnalyzedArticle> sources, String sentence, float[] vector) {
        double cos = 0;
        double share = 0;
        Set<String> wanted = stems(sentence);
        for (AnalyzedArticle a : sources) {
            for (AnalyzedSentence s : a.sentences()) {
                if (s.vector() != null) {
                    cos = Math.max(cos, Vectors.dot(s.vector(), vector));
                }
                Set<String> have = stems(s.text());
                share = Math.max(share, wanted.isEmpty() ? 0 : (double) wanted.stream().filter(have::contains).count() / wanted.size());
            }
        }
        return String.format("cosine %.3f, word share %.2f", cos, share);
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        Words.contentWords(text).forEach(w -> out.add(Words.stem(w)));
        return out;
    }

    public static Summary summarize(List<PageScore> scores) {
        int cited = 0;
        int supported = 0;
        int strict = 0;
        int fragments = 0;
        int headings = 0;
        int prefixes = 0;
        int weakEnds = 0;
        int lengthOutside = 0;
        int outsideRange = 0;
        int repeated = 0;
        int restated = 0;
        int majority = 0;
        int covered = 0;
        int refused = 0;
        int allSentences = 0;
        int multi = 0;
        int multiEligible = 0;
        double red = 0;
        double maxRed = 0;
        int above = 0;
        double words = 0;
        double sections = 0;
        double sentences = 0;
        int minSections = Integer.MAX_VALUE;
        int maxSections = 0;
        int maxSentences = 0;
        int uncited = 0;
        double synthesis = 0;
        double total = 0;
        int largest = 0;
        double largestSeconds = 0;
        int large = 0;
        double largeSeconds = 0;
        double largeCpu = 0;
        for (PageScore s : scores) {
            cited += s.cited();
            supported += s.supported();
            strict += s.checks().strictSupported();
            fragments += s.checks().fragments();
            headings += s.checks().headings();
            prefixes += s.checks().headingPrefixes();
            weakEnds += s.checks().headingWeakEnds();
            lengthOutside += s.checks().headingLengthOutside();
            if (s.sections() < MIN_SECTIONS || s.sections() > MAX_SECTIONS) {
                outsideRange++;
            }
            repeated += s.checks().repeatedFacts();
            restated += s.checks().restatedFacts();
            majority += s.checks().majorityFacts();
            covered += s.checks().majorityCovered();
            refused += s.checks().majorityRefused();
            allSentences += s.sentences();
            if (s.multiSourcePage()) {
                multi += s.multiSourceSentences();
                multiEligible += s.sentences();
            }
            red += s.redundancy();
            maxRed = Math.max(maxRed, s.redundancy());
            if (s.redundancy() >= Support.SIMILARITY) {
                above++;
            }
            words += s.words();
            sections += s.sections();
            sentences += s.sentences();
            minSections = Math.min(minSections, s.sections());
            maxSections = Math.max(maxSections, s.sections());
            maxSentences = Math.max(maxSentences, s.sentences());
            uncited += s.uncited();
            synthesis += s.synthesisSeconds();
            total += s.synthesisSeconds() + s.analysisSeconds();
            if (s.articles() >= LARGE_STORY) {
                large++;
                largeSeconds += s.synthesisSeconds() + s.analysisSeconds();
                largeCpu += s.cpuSeconds();
            }
            if (s.articles() > largest) {
                largest = s.articles();
                largestSeconds = s.synthesisSeconds() + s.analysisSeconds();
            }
        }
        int n = Math.max(1, scores.size());
        return new Summary(scores.size(), cited, supported, cited == 0 ? 0 : (double) supported / cited, strict,
                fragments, headings, prefixes, weakEnds, lengthOutside, outsideRange, repeated, restated, majority, covered, refused, allSentences,
                multiEligible == 0 ? 0 : (double) multi / multiEligible, red / n, maxRed, above, words / n,
                sections / n, sentences / n, scores.isEmpty() ? 0 : minSections, maxSections, maxSentences, uncited,
                synthesis / n, total / n, largest, largestSeconds, large, large == 0 ? 0 : largeSeconds / large,
                large == 0 ? 0 : largeCpu / large);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    public static void report(PrintStream out, Summary s) {
        out.printf("pages                               %d%n", s.pages());
        out.printf("strict support                      %.4f (%d of %d sentence-source pairs)%n",
                share(s.strictSupported(), s.cited()), s.strictSupported(), s.cited());
        out.printf("old support (60%% words or cos 0.80)  %.4f (%d of %d)%n", s.citationSupport(), s.supported(), s.cited());
        out.printf("fragments                           %.4f (%d of %d sentences)%n",
                share(s.fragments(), s.sentences()), s.fragments(), s.sentences());
        out.printf("headings that are sentence prefixes %.4f (%d of %d)%n",
                share(s.headingPrefixes(), s.headings()), s.headingPrefixes(), s.headings());
        out.printf("headings ending on a function word  %.4f (%d of %d)%n",
                share(s.headingWeakEnds(), s.headings()), s.headingWeakEnds(), s.headings());
        out.printf("headings outside 3-9 words          %.4f (%d of %d)%n",
                share(s.headingLengthOutside(), s.headings()), s.headingLengthOutside(), s.headings());
        out.printf("pages outside 3-6 sections          %d of %d%n", s.pagesOutsideSectionRange(), s.pages());
        out.printf("repeated facts                      %.4f (%d of %d sentences)%n",
                share(s.repeatedFacts(), s.sentences()), s.repeatedFacts(), s.sentences());
        out.printf("repeated facts, paraphrases too     %.4f (%d of %d sentences)%n",
                share(s.restatedFacts(), s.sentences()), s.restatedFacts(), s.sentences());
        out.printf("majority facts on the page          %.4f (%d of %d source sentences stated by half the publishers, 2+)%n",
                s.majorityFacts() == 0 ? 1.0 : share(s.majorityCovered(), s.majorityFacts()), s.majorityCovered(), s.majorityFacts());
        out.printf("  not counted: fragments by the page's filter %d%n", s.majorityRefused());
        out.printf("sentences without citation          %d%n", s.uncited());
        out.printf("sentences citing 2+ (pages w/ 2+)   %.3f%n", s.multiSourceShare());
        out.printf("redundancy mean / max               %.3f / %.3f (pages at or above %.2f: %d)%n",
                s.meanRedundancy(), s.maxRedundancy(), Support.SIMILARITY, s.pagesAboveThreshold());
        out.printf("words per page                      %.1f%n", s.wordsPerPage());
        out.printf("sections per page                   %.2f (min %d, max %d)%n", s.sectionsPerPage(), s.minSections(), s.maxSections());
        out.printf("sentences per page                  %.2f (max %d)%n", s.sentencesPerPage(), s.maxSentences());
        out.printf("seconds per page, synthesis         %.3f%n", s.synthesisSecondsPerPage());
        out.printf("seconds per page, with analysis     %.3f%n", s.pageSecondsWithAnalysis());
        out.printf("largest story                       %d articles, %.3f s with analysis%n", s.largestStory(), s.largestStorySeconds());
        out.printf("stories of %d+ articles              %d, %.3f s per page with analysis (%.3f s CPU, all threads)%n",
                LARGE_STORY, s.largeStories(), s.largeStorySeconds(), s.largeStoryCpuSeconds());
    }
}
