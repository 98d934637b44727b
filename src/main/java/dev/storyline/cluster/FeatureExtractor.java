package dev.storyline.cluster;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.text.Words;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TimeExpression;

import java.util.Collections;
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
    /**
     * A figure as news text writes it: "75", "6.1", "4. 6" (tokenised text puts a space after the point),
     * "300,000". Years are left to {@link #YEAR}.
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?![\\d])|(?<![\\w.])\\d+(?:\\.\\s?\\d+)?(?![\\d])");
    /** A quake's magnitude: "magnitude 5.6", "5.6-magnitude", "measuring 5.6", "5.6 on the Richter scale". */
    private static final Pattern MAGNITUDE = Pattern.compile(
            "(?i)(?:magnitude(?:\\s+of)?|measuring|measured)\\s+(\\d\\.\\s?\\d)\\b|\\b(\\d\\.\\s?\\d)\\s*-?\\s*(?:magnitude|on the richter)");
    /** Title words count this many times more than body words: the title names the event. */
    private static final double TITLE_WEIGHT = 3.0;
    /** Sentences that make the lead: the first ones say who did what, where. */
    private static final int LEAD_SENTENCES = 3;
    /**
     * Sentences of the lead, past bylines and date lines, searched for the place of the event. On ECB+
     * topics 1 to 20 the first two name it without a single pair of one event placed apart; three
     * placed 3 such pairs apart (337 against 379 pairs of sibling events).
     */
    private static final int PLACE_SENTENCES = 2;
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}{3,}");
    private final Places places = Places.shared();

    public ArticleFeatures features(AnalyzedArticle a) {
        Map<String, Double> tf = new HashMap<>();
        String title = a.article().title() == null ? "" : a.article().title();
        for (String w : Words.contentWords(title)) {
            tf.merge(Words.stem(w), TITLE_WEIGHT, Double::sum);
        }
        Set<String> leadNumbers = new HashSet<>();
        addFigures(leadNumbers, title);
        StringBuilder lead = new StringBuilder(title);
        Set<Integer> eventYears = new HashSet<>();
        if (a.published() != null && !a.published().inferred()) {
            eventYears.add(a.published().day().getYear());
        }
        Map<String, Integer> names = new HashMap<>();
        Set<String> leadNames = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<Integer> months = new HashSet<>();
        Places.Stated inTitle = places.in(title);
        Set<String> eventPlaces = new HashSet<>(inTitle.readings());
        Set<String> placeNames = new HashSet<>(inTitle.names());
        boolean placed = false;
        int leadSeen = 0;
        for (AnalyzedSentence s : a.sentences()) {
            boolean inLead = s.index() < LEAD_SENTENCES;
            if (inLead && !placed && isLead(s.text())) {
                // The first sentence that says where tells where the event is; later ones tell its
                // background, where a person comes from or goes next.
                Places.Stated here = places.in(s.text());
                eventPlaces.addAll(here.readings());
                placeNames.addAll(here.names());
                placed = !here.readings().isEmpty() || ++leadSeen >= PLACE_SENTENCES;
            }
            for (String w : Words.contentWords(s.text())) {
                tf.merge(Words.stem(w), 1.0, Double::sum);
            }
            for (String n : s.entities()) {
                addName(names, n);
                if (inLead) {
                    leadNames.add(normalizeName(n));
                }
            }
            if (inLead) {
                addFigures(leadNumbers, s.text());
                lead.append('\n').append(s.text());
                for (TimeExpression t : s.times()) {
                    t.date().ifPresent(d -> eventYears.add(d.year()));
                }
            }
            Matcher m = YEAR.matcher(s.text());
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
            for (TimeExpression t : s.times()) {
                t.date().ifPresent(d -> {
                    years.add(d.year());
                    if (d.precision() != CalendarDate.Precision.YEAR) {
                        months.add(d.year() * 100 + d.month());
                    }
                });
            }
        }
        for (String n : a.entities()) {
            if (!names.containsKey(normalizeName(n))) {
                addName(names, n);
            }
        }
        // Interned: the clusterer keeps these for every article of a growing story, and the same few
        // thousand words and names recur in all of them.
        // Hash maps sized to fit, not Map.copyOf: the immutable maps iterate in an order that changes from
        // one run to the next, and the sums over them then differ in the last bits, which can tip a decision.
        Map<String, Double> terms = HashMap.newHashMap(tf.size());
        tf.forEach((w, c) -> terms.put(w.intern(), weight(c)));
        Map<String, Integer> interned = HashMap.newHashMap(names.size());
        names.forEach((n, c) -> interned.put(n.intern(), c));
        Set<String> leadSet = HashSet.newHashSet(leadNames.size());
        leadNames.forEach(n -> leadSet.add(n.intern()));
        String leadText = lead.toString();
        Matcher y = YEAR.matcher(leadText);
        while (y.find()) {
            eventYears.add(Integer.parseInt(y.group(1)));
        }
        return new ArticleFeatures(a.id(), a.vector(), Collections.unmodifiableMap(terms),
                Collections.unmodifiableMap(interned), Set.copyOf(years),
                a.published() == null ? null : a.published().moment(), a.article().publisher(),
                Collections.unmodifiableSet(leadSet), Set.copyOf(leadNumbers), Set.copyOf(months),
                Set.copyOf(eventYears), magnitudes(leadText), Set.copyOf(eventPlaces), Set.copyOf(placeNames));
    }

    /**
     * A sentence of running text, not a byline, a date line or a headline repeated in capitals
     * ("Last Updated: Jul 07, 2012 8: 44 PM ET"): it has a few lowercase words.
     */
    private static boolean isLead(String sentence) {
        Matcher m = LOWER_WORD.matcher(sentence);
        int n = 0;
        while (m.find() && n < 3) {
            n++;
        }
        return n >= 3;
    }

    /** The quake magnitudes the lead gives, times ten ("5. 6" as tokenised text writes it is 56). */
    private static Set<Integer> magnitudes(String lead) {
        Set<Integer> out = new HashSet<>();
        Matcher m = MAGNITUDE.matcher(lead);
        while (m.find()) {
            String v = (m.group(1) != null ? m.group(1) : m.group(2)).replace(" ", "");
            out.add((int) Math.round(Double.parseDouble(v) * 10));
        }
        return Set.copyOf(out);
    }

    /** Sublinear weight of a term seen {@code count} times; shared instances for the usual small counts. */
    private static Double weight(double count) {
        int c = (int) count;
        return c == count && c < WEIGHTS.length ? WEIGHTS[c] : 1 + Math.log(count);
    }

    private static final Double[] WEIGHTS = new Double[64];

    static {
        for (int c = 1; c < WEIGHTS.length; c++) {
            WEIGHTS[c] = 1 + Math.log(c);
        }
    }

    private static void addFigures(Set<String> out, String text) {
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String f = m.group().replace(" ", "").replace(",", "");
            if (!YEAR.matcher(f).matches()) {
                out.add(f);
            }
        }
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
