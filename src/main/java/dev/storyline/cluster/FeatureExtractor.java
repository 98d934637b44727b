package dev.storyline.cluster;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.text.Words;
import dev.storyline.time.TimeExpression;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces an analysed article to the {@link ArticleFeatures} that story assignment compares. Stateless. */
public final class FeatureExtractor {

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    /** Title words count this many times more than body words: the title names the event. */
    private static final double TITLE_WEIGHT = 3.0;

    public ArticleFeatures features(AnalyzedArticle a) {
        Map<String, Double> tf = new HashMap<>();
        for (String w : Words.contentWords(a.article().title())) {
            tf.merge(Words.stem(w), TITLE_WEIGHT, Double::sum);
        }
        Map<String, Integer> names = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (AnalyzedSentence s : a.sentences()) {
            for (String w : Words.contentWords(s.text())) {
                tf.merge(Words.stem(w), 1.0, Double::sum);
            }
            for (String n : s.entities()) {
                addName(names, n);
            }
            Matcher m = YEAR.matcher(s.text());
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
            for (TimeExpression t : s.times()) {
                t.date().ifPresent(d -> years.add(d.year()));
            }
        }
        for (String n : a.entities()) {
            if (!names.containsKey(normalizeName(n))) {
                addName(names, n);
            }
        }
        Map<String, Double> terms = new HashMap<>();
        tf.forEach((w, c) -> terms.put(w, 1 + Math.log(c)));
        return new ArticleFeatures(a.id(), a.vector(), terms, names, years, a.published(), a.article().publisher());
    }

    /** A name counts whole and by each of its words, so that "Lohan" meets "Lindsay Lohan". */
    private static void addName(Map<String, Integer> names, String name) {
        String n = normalizeName(name);
        names.merge(n, 1, Integer::sum);
        if (n.indexOf(' ') > 0) {
            for (String part : n.split(" ")) {
                if (part.length() > 2 && !Words.STOP.contains(part)) {
                    names.merge(part, 1, Integer::sum);
                }
            }
        }
    }

    static String normalizeName(String n) {
        return n.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
