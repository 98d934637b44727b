package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech;
import dev.storyline.text.PartsOfSpeech.Token;
import dev.storyline.text.Words;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one sentence binds its particulars to what it says: each figure to the words next to it ("12
 * injured", not "12 arrested"), each range as a range ("between six and 75 years"), each time expression
 * as written ("last week"), each attribution to its speaker ("the ship's owner said"). A source that holds
 * the same figures, times and speakers bound to other words does not state the sentence: this is the part
 * of {@link Support}'s rule that a reader checks last and a bag of words cannot see. Computed on first use
 * (it tags the sentence), since most source sentences fail the cheaper tests first. Thread-safe.
 */
public final class Particulars {

    /** Tokens on either side a figure's head words are looked for in. */
    private static final int HEAD_REACH = 4;
    private static final Set<String> HEAD_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ");
    /** Words that belong to the figure itself ("3 million", "40 percent"), not to what it counts. */
    private static final Set<String> SCALE = Set.of("hundred", "hundreds", "thousand", "thousands", "million", "millions",
            "billion", "billions", "trillion", "dozen", "dozens", "percent", "per", "cent", "%", "m", "bn", "mm", "k");
    /** Words that end the phrase a figure belongs to: the next figure is another count. */
    private static final Set<String> CLAUSE_BREAK = Set.of("and", "or", "but", "while", "whereas", "than", "including", "plus");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "saying", "claimed", "claims", "claim",
            "claiming", "told", "tells", "stated", "states", "added", "adds", "alleged", "alleges", "insisted", "insists",
            "reported", "reports", "announced", "announces", "confirmed", "confirms", "denied", "denies", "warned",
            "warns", "explained", "noted", "wrote", "writes", "testified", "argued", "argues", "according");
    private static final Set<String> TIME_FILLERS = Set.of("on", "in", "at", "since", "by", "until", "from", "during",
            "for", "of", "the", "a", "an", "early", "late");
    private static final Pattern HYPHEN_RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)[-–](\\d+(?:\\.\\d+)?)");
    private static final Pattern DIGITS = Pattern.compile("[$€£]?(\\d+(?:[.,]\\d+)*)%?");
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
            "be", "been", "being", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "do",
            "does", "did", "also", "not", "reportedly", "allegedly");
    private static final Pattern TOKENISED_POSSESSIVE = Pattern.compile("(\\p{L}) ([’']) s\\b");
    private static final TemporalTagger TIMES = new TemporalTagger();

    /** A figure, or a range when {@code high} is given, with the stems of the words it is bound to. */
    record Figure(String low, String high, Set<String> heads) {
        boolean isRange() {
            return high != null;
        }
    }

    /** What the sentence binds: figures, time expressions (word lists), speakers (head stems of each). */
    record Bound(List<Figure> figures, List<List<String>> times, List<Set<String>> speakers, List<String> words) {
    }

    private final String text;
    private volatile Bound bound;

    Particulars(String text) {
        this.text = text;
    }

    Bound bound() {
        Bound b = bound;
        if (b == null) {
            b = read(text);
            bound = b;
        }
        return b;
    }

    /**
     * True when {@code source}, and {@code next} read with it when given, bind the claim's figures,
     * ranges, times and speakers as the claim does.
     */
    static boolean agree(Particulars claim, Particulars source, Particulars next) {
        Bound c = claim.bound();
        Bound s = source.bound();
        Bound n = next == null ? null : next.bound();
        for (Figure f : c.figures()) {
            if (!holdsFigure(s, f) && (n == null || !holdsFigure(n, f))) {
                return false;
            }
        }
        for (List<String> t : c.times()) {
            if (!containsRun(s.words(), t) && (n == null || !containsRun(n.words(), t))) {
                return false;
            }
        }
        for (Set<String> speaker : c.speakers()) {
            if (!holdsSpeaker(s, speaker) && (n == null || !holdsSpeaker(n, speaker))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code run} occurs in {@code words} as a run of consecutive words. */
    private static boolean containsRun(List<String> words, List<String> run) {
        return java.util.Collections.indexOfSubList(words, run) >= 0;
    }

    private static boolean holdsFigure(Bound source, Figure f) {
        for (Figure g : source.figures()) {
            boolean same = f.isRange() ? g.isRange() && f.low().equals(g.low()) && f.high().equals(g.high())
                    : f.low().equals(g.low()) || f.low().equals(g.high());
            if (same && (f.heads().isEmpty() || g.heads().isEmpty() || intersects(f.heads(), g.heads()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsSpeaker(Bound source, Set<String> speaker) {
        return source.speakers().stream().anyMatch(s -> intersects(s, speaker));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Bound read(String text) {
        // "AMD ’ s own calculations" as tokenised sources print it is the page's "AMD’s own calculations"
        text = TOKENISED_POSSESSIVE.matcher(text).replaceAll("$1$2s");
        List<Token> tokens = PartsOfSpeech.tag(text);
        List<TimeExpression> times = TIMES.tag(text, null);
        Set<String> dated = new HashSet<>();
        List<List<String>> timeWords = new ArrayList<>();
        for (TimeExpression t : times) {
            List<String> words = new ArrayList<>(bare(Words.tokens(t.text())));
            while (!words.isEmpty() && TIME_FILLERS.contains(words.get(0))) {
                words.remove(0);
            }
            if (!words.isEmpty()) {
                timeWords.add(List.copyOf(words));
            }
            if (t.type() != TimeExpression.Type.DURATION) {
                // a year, a day of the month, a clock time: bound by the time check, not as a count
                dated.addAll(Words.numbers(t.text()));
            }
        }
        List<String> words = bare(Words.tokens(text));
        return new Bound(figures(tokens, dated), List.copyOf(timeWords), speakers(tokens), words);
    }

    private static List<Figure> figures(List<Token> tokens, Set<String> dated) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String value = value(tokens.get(i));
            Matcher range = HYPHEN_RANGE.matcher(tokens.get(i).text());
            if (range.matches()) {
                out.add(new Figure(range.group(1), range.group(2), heads(tokens, i, i)));
                continue;
            }
            if (value == null || dated.contains(value)) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && SCALE.contains(lower(tokens.get(end + 1)))) {
                end++;
            }
            // "7 to 75 years", "between six and 75", "from 10 to 12": one range, bound as one
            int link = end + 1;
            if (link + 1 < tokens.size()) {
                String joiner = lower(tokens.get(link));
                String before = i > 0 ? lower(tokens.get(i - 1)) : "";
                String high = value(tokens.get(link + 1));
                boolean ranged = joiner.equals("to") || joiner.equals("-") || joiner.equals("–")
                        || joiner.equals("and") && before.equals("between");
                if (ranged && high != null) {
                    int last = link + 1;
                    while (last + 1 < tokens.size() && SCALE.contains(lower(tokens.get(last + 1)))) {
                        last++;
                    }
                    out.add(new Figure(value, high, heads(tokens, i, last)));
                    i = last;
                    continue;
                }
            }
            out.add(new Figure(value, null, heads(tokens, i, end)));
            i = end;
        }
        return List.copyOf(out);
    }

    /**
     * The stems of the words a figure is bound to: the nearest content word on each side within its
     * phrase (the act: "injuring 12", "12 arrested"), and the first noun after it before a preposition
     * (what it counts: "12 innocent civilians"). Reporting verbs bind nothing: "said 12" is not a count
     * of sayings.
     */
    private static Set<String> heads(List<Token> tokens, int from, int to) {
        Set<String> out = new HashSet<>();
        nearest(tokens, to + 1, 1, out, false);
        nearest(tokens, from - 1, -1, out, false);
        nearest(tokens, to + 1, 1, out, true);
        return out;
    }

    private static void nearest(List<Token> tokens, int start, int step, Set<String> out, boolean counted) {
        for (int i = start, seen = 0; i >= 0 && i < tokens.size() && seen < HEAD_REACH; i += step, seen++) {
            Token t = tokens.get(i);
            String w = lower(t);
            if (t.tag().equals("PUNCT") && !w.equals("'s") && !w.equals("-") || t.tag().equals("CCONJ")
                    || CLAUSE_BREAK.contains(w) || value(t) != null || REPORTING.contains(w)
                    || counted && t.tag().equals("ADP") && !w.equals("of")) {
                return;
            }
            if ((counted ? t.isNoun() : HEAD_TAGS.contains(t.tag())) && !SCALE.contains(w) && !AUXILIARY.contains(w)) {
                out.add(Words.stem(w));
                return;
            }
        }
    }

    /**
     * The speakers of the sentence's attributions: for each reporting word, the stems of the head nouns
     * of who reports ("the ship's owner said": owner; "said John Smith, a spokesman": smith; "according
     * to the bureau": bureau). A pronoun speaker binds nothing: it stands for a name given elsewhere.
     */
    private static List<Set<String>> speakers(List<Token> tokens) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            if (!REPORTING.contains(w)) {
                continue;
            }
            Set<String> heads = new HashSet<>();
            if (w.equals("according")) {
                if (i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("to")) {
                    rightHead(tokens, i + 2, heads);
                }
            } else if (i == 0 || tokens.get(i - 1).tag().equals("PUNCT")
                    && !lower(tokens.get(i - 1)).equals("'s") && !lower(tokens.get(i - 1)).equals("'")) {
                // "..., said the ship's owner": the speaker follows the verb
                rightHead(tokens, i + 1, heads);
            } else {
                leftHead(tokens, i - 1, heads);
            }
            if (!heads.isEmpty()) {
                out.add(Set.copyOf(heads));
            }
        }
        return List.copyOf(out);
    }

    private static void leftHead(List<Token> tokens, int from, Set<String> heads) {
        int i = from;
        while (i >= 0 && (tokens.get(i).tag().equals("AUX") || tokens.get(i).tag().equals("ADV")
                || tokens.get(i).tag().equals("PART") || AUXILIARY.contains(lower(tokens.get(i))))) {
            i--;
        }
        if (i < 0) {
            return;
        }
        Token t = tokens.get(i);
        if (t.tag().equals("PRON")) {
            return;
        }
        if (t.isNoun()) {
            heads.add(Words.stem(lower(t)));
        } else if (t.text().equals(",")) {
            // "John Smith, the mayor, said": the appositive's noun and the name before it
            int j = i - 1;
            while (j >= 0 && !tokens.get(j).isNoun() && !tokens.get(j).text().equals(",")) {
                j--;
            }
            if (j >= 0 && tokens.get(j).isNoun()) {
                heads.add(Words.stem(lower(tokens.get(j))));
                while (j >= 0 && !tokens.get(j).text().equals(",")) {
                    j--;
                }
                if (j > 0 && tokens.get(j - 1).isNoun()) {
                    heads.add(Words.stem(lower(tokens.get(j - 1))));
                }
            }
        }
    }

    private static void rightHead(List<Token> tokens, int from, Set<String> heads) {
        String last = null;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.tag().equals("PRON") && last == null) {
                return;
            }
            if (t.isNoun()) {
                last = lower(t);
            } else if (!t.tag().equals("DET") && !t.tag().equals("ADJ") && !t.tag().equals("NUM")
                    && !lower(t).equals("'s") && !lower(t).equals("'")) {
                break;
            }
        }
        if (last != null) {
            heads.add(Words.stem(last));
        }
    }

    /** The words without a possessive ending: the tagger's "Saturday" is the sentence's "Saturday's". */
    private static List<String> bare(List<String> words) {
        return words.stream().map(w -> w.endsWith("'s") ? w.substring(0, w.length() - 2) : w).toList();
    }

    /** The figure a token states, digits normalised and number words as digits; null when none. */
    private static String value(Token t) {
        Matcher m = DIGITS.matcher(t.text());
        if (m.matches()) {
            return m.group(1).replace(",", "");
        }
        String word = Support.NUMBER_WORDS.get(lower(t));
        // "million", "dozens": part of the figure before them, not a figure of their own
        return word == null || !Character.isDigit(word.charAt(0)) ? null : word;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
