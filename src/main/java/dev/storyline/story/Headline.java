package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.text.Words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a story's headline from its sources' headlines: the one that shares most words with the
 * others and with the story's leading fact, with the site name removed, at most 110 characters. When no
 * source has a usable headline, the leading fact itself, cut at a clause boundary, names the event.
 * Stateless.
 */
public final class Headline {

    static final int MAX_CHARS = 110;
    private static final int FALLBACK_FACTS = 6;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:]|::)\\s+[^|\\-–—]{2,40}$");
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(?i)^(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}.*|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}.*|updated.*|published.*|home|news)$");

    /** Labels that sell the article rather than name the event. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:breaking(?: news)?|update[d]?|exclusive|watch|video|photos?|pictures|live|opinion|analysis|just in)\\s*[:|\\-–—]\\s*");
    private static final Pattern CLICKBAIT = Pattern.compile(
            "(?i)you won'?t believe|here'?s (?:why|what|how)|this is why|what you need to know|\\bshocking\\b|jaw-dropping|!{2,}");
    /** A closing single quote with no opening one: the start of the quotation was cut off. */
    private static final Pattern HALF_QUOTED = Pattern.compile("^(?!.*(?:^|\\s)['‘]\\p{L}).*\\p{L}['’](?:\\s|$)(?<!s['’]\\s)(?<!s['’]$).*");

    private Headline() {
    }

    /**
     * @param leadingFacts the page's sentences, most important first; the fallback when no source
     *                     headline is usable
     */
    public static String choose(List<AnalyzedArticle> articles, List<String> leadingFacts) {
        String leadingFact = leadingFacts.isEmpty() ? null : leadingFacts.get(0);
        Map<String, Integer> wordFreq = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            new HashSet<>(stems(a.article().title())).forEach(w -> wordFreq.merge(w, 1, Integer::sum));
        }
        Set<String> factWords = new HashSet<>(stems(leadingFact == null ? "" : leadingFact));
        String best = null;
        double bestScore = 0;
        for (AnalyzedArticle a : articles) {
            String t = clean(a.article().title(), a.article().publisher());
            if (!usable(t)) {
                continue;
            }
            Set<String> ws = new HashSet<>(stems(t));
            double score = 0;
            for (String w : ws) {
                score += wordFreq.getOrDefault(w, 0) - 1 + (factWords.contains(w) ? 1 : 0);
            }
            score = score / Math.sqrt(ws.size() + 1) + 0.01;
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        // no usable source headline: the leading fact that shares most words with the sources' headlines
        String fallback = null;
        double fallbackScore = -1;
        for (String fact : leadingFacts.subList(0, Math.min(FALLBACK_FACTS, leadingFacts.size()))) {
            String h = fact.strip().replaceAll("[.]$", "");
            if (SentenceQuality.isQuote(h) || h.contains("\"") || h.contains("“")) {
                continue;
            }
            Set<String> ws = new HashSet<>(stems(h));
            double score = 0;
            for (String w : ws) {
                score += wordFreq.getOrDefault(w, 0);
            }
            score = score / Math.sqrt(ws.size() + 1) - (h.length() > MAX_CHARS ? 0.5 : 0);
            if (score > fallbackScore) {
                fallbackScore = score;
                fallback = h;
            }
        }
        if (fallback != null) {
            return shorten(fallback);
        }
        return leadingFact == null ? "" : shorten(leadingFact);
    }

    static String clean(String title, String publisher) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        t = LABEL.matcher(t).replaceFirst("");
        if (publisher != null && !publisher.isBlank()) {
            String p = Pattern.quote(publisher.strip());
            t = t.replaceAll("(?i)\\s*[|\\-–—:]\\s*" + p + "\\s*$", "").replaceAll("(?i)^" + p + "\\s*[|\\-–—:]\\s*", "");
        }
        var m = SITE_SUFFIX.matcher(t);
        if (m.find() && m.start() > 25) {
            t = t.substring(0, m.start());
        }
        return t.strip();
    }

    private static boolean usable(String t) {
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words >= 4 && t.length() <= MAX_CHARS && !NOT_A_HEADLINE.matcher(t).matches()
                && !CLICKBAIT.matcher(t).find() && SentenceQuality.balancedQuotes(t) && !HALF_QUOTED.matcher(t).matches();
    }

    /**
     * Cuts a sentence to a headline: whole when it fits, else up to the last clause boundary that fits,
     * else at a word with an ellipsis so that the cut shows.
     */
    static String shorten(String sentence) {
        String s = sentence.strip().replaceAll("[.]$", "");
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(", ", MAX_CHARS);
        if (cut >= 40) {
            return s.substring(0, cut).strip();
        }
        return s.substring(0, s.lastIndexOf(' ', MAX_CHARS - 2)).strip() + "…";
    }

    private static List<String> stems(String s) {
        return Words.contentWords(s).stream().map(Words::stem).toList();
    }
}
