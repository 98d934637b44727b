package dev.storyline.analysis;

import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.extract.Article;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.Sentence;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns extracted articles into analysed ones: splits sentences, finds entity mentions and dates, and
 * embeds the sentences and each article's title and lead, batching the model calls of many articles
 * together. Thread-safe.
 */
public final class ArticleAnalyzer {

    /** Sentences of the lead that, with the title, make the article's own vector. */
    private static final int LEAD_SENTENCES = 3;
    /**
     * Sentences of one text that are analysed; the rest is left out. A news report runs to a few dozen
     * sentences and a long feature to about 200; the pages that run to thousands are reader comments under
     * a blog post, forum threads and broadcast transcripts (on Timeline17 a quarter of all sentences lie
     * beyond the 200th of such pages), and every sentence kept costs a model call and is compared with
     * every sentence of its story (docs/BENCHMARKS.md, issue 17).
     */
    static final int MAX_SENTENCES = 200;

    private final SentenceSplitter splitter;
    private final EntityMentions entities;
    private final TemporalTagger tagger;
    private final SentenceEmbedder embedder;

    public ArticleAnalyzer(SentenceSplitter splitter, EntityMentions entities, TemporalTagger tagger,
                           SentenceEmbedder embedder) {
        this.splitter = splitter;
        this.entities = entities;
        this.tagger = tagger;
        this.embedder = embedder;
    }

    public AnalyzedArticle analyze(Article article) {
        return analyzeAll(List.of(article), true).get(0);
    }

    /**
     * Analyses a batch.
     *
     * @param withSentenceVectors false to embed only the title and lead (enough to assign a story), true
     *                            to embed every sentence as page synthesis needs
     */
    public List<AnalyzedArticle> analyzeAll(List<Article> articles, boolean withSentenceVectors) {
        // Splitting and tagging are per article and run on every core; the model calls of the whole batch
        // stay one list in article order, so that the batches, and so the vectors, are those of one thread.
        List<List<Sentence>> split = articles.parallelStream().map(a -> kept(splitter.split(a.text()))).toList();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            texts.add(lead(articles.get(i), split.get(i)));
            if (withSentenceVectors) {
                split.get(i).forEach(s -> texts.add(s.text()));
            }
        }
        float[][] vectors = embedder.embed(texts);
        int[] first = new int[articles.size()];
        for (int i = 0, v = 0; i < articles.size(); i++) {
            first[i] = v;
            v += 1 + (withSentenceVectors ? split.get(i).size() : 0);
        }
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> analyzed(articles.get(i), split.get(i), vectors, first[i], withSentenceVectors))
                .toList();
    }

    /** One article's analysis; its vectors start at {@code from} in {@code vectors}, the article's own first. */
    private AnalyzedArticle analyzed(Article a, List<Sentence> split, float[][] vectors, int from,
                                     boolean withSentenceVectors) {
        LocalDate reference = a.published() == null ? null : a.published().day();
        Map<String, Integer> counts = new HashMap<>();
        List<AnalyzedSentence> sentences = new ArrayList<>();
        if (!isTitleCase(a.title())) {
            for (String name : entities.find(a.title())) {
                counts.merge(name, 2, Integer::sum);
            }
        }
        TemporalTagger.Reading reading = tagger.reading(reference);
        List<List<String>> namesBySentence = entities.inArticle(split.stream().map(Sentence::text).toList());
        for (Sentence s : split) {
            List<String> names = namesBySentence.get(s.index());
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
            List<TimeExpression> times = reading.next(s.text());
            float[] sv = withSentenceVectors ? vectors[from + 1 + s.index()] : null;
            sentences.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), sv, times, names));
        }
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayList::new));
        return new AnalyzedArticle(a, sentences, vectors[from], ranked);
    }

    private static List<Sentence> kept(List<Sentence> sentences) {
        return sentences.size() <= MAX_SENTENCES ? sentences : List.copyOf(sentences.subList(0, MAX_SENTENCES));
    }

    private static String lead(Article a, List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder(a.title());
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(sentences.get(i).text());
        }
        return sb.toString();
    }

    /**
     * True for headlines that capitalise most words ("Paris Store Hit by $2.6 Million Jewelry Heist"):
     * capitals there do not mark names.
     */
    static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        for (String w : title.split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised >= 0.6 * words;
    }
}
