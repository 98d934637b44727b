package dev.storyline.story;

import dev.storyline.embed.Vectors;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a source states a sentence on the page, the way a reader checking the citation would:
 * one sentence of the source, or two adjacent ones read together, holds every name, number and date of
 * the page sentence, agrees on whether it is negated, and states the same predicate, either in most of
 * the same content words ({@link #STRICT_WORD_SHARE}) or as an aligned paraphrase (embedding cosine at
 * least {@link #SIMILARITY} and {@link #PARAPHRASE_WORD_SHARE} of the words that are not names, numbers
 * or dates, which is where the verb and its object sit), and binds each figure, range, time and speaker to
 * the same words as the page sentence ({@link Particulars}). This is the rule every citation must pass and
 * the rule by which facts are aligned across sources, so that the number of publishers said to state a
 * fact is the number that do. The looser word-share rule of earlier versions stays for the parts that
 * match quotations and timeline entries. Stateless and thread-safe.
 */
public final class Support {

    /** Cosine above which two sentences state the same fact. */
    public static final double SIMILARITY = 0.80;
    /**
     * Cosine a citation needs when it rests on meaning alone (generated text): above {@link #SIMILARITY}
     * by a margin, because the same sentence embedded in another batch comes out up to about 0.01 away.
     */
    public static final double CITATION_SIMILARITY = SIMILARITY + 0.04;
    /** Share of content words that the older, looser rule asks for. */
    public static final double WORD_SHARE = 0.60;
    /**
     * Cosine the synthesizer asks of a paraphrase before it cites it: above {@link #SIMILARITY} by the
     * drift of a sentence embedded again in another batch (up to about 0.01), so that a citation it
     * makes still holds when a reader's check embeds the page sentence anew.
     */
    public static final double CITING_SIMILARITY = SIMILARITY + 0.02;
    /** Share of the page sentence's content words a source must hold to state it in the same words. */
    public static final double STRICT_WORD_SHARE = 0.75;
    /** Content words up to which a sentence must be held whole to be stated in the same words. */
    static final int SHORT_CLAIM = 4;
    /** Share of the predicate words (content words less names, numbers, dates) a paraphrase must hold. */
    public static final double PARAPHRASE_WORD_SHARE = 0.5;

    private static final EntityMentions NAMES = new EntityMentions();
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "neither", "nor", "nobody", "none",
            "nothing", "cannot", "without");
    /** Number words as the figures they stand for; "hundred", "million" and the like as themselves. */
    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("fifty", "50"), Map.entry("hundred", "hundred"), Map.entry("hundreds", "hundred"),
            Map.entry("thousand", "thousand"), Map.entry("thousands", "thousand"), Map.entry("million", "million"),
            Map.entry("millions", "million"), Map.entry("billion", "billion"), Map.entry("billions", "billion"),
            Map.entry("dozen", "dozen"), Map.entry("dozens", "dozen"));
    private static final Map<String, String> DATE_WORDS = dateWords();
    private static final Set<String> IRREGULAR_PAST = Set.of("shot", "struck", "hit", "won", "lost", "made", "took",
            "gave", "found", "left", "held", "met", "led", "sent", "fell", "rose", "sold", "bought", "began", "broke",
            "brought", "built", "caught", "chose", "drove", "fled", "flew", "fought", "grew", "hid", "kept", "knew",
            "paid", "ran", "sank", "sat", "saw", "sought", "spent", "spoke", "stole", "stood", "swore", "threw",
            "went", "wrote", "beat", "bit", "bled", "blew", "burnt", "dug", "drew", "fed", "felt", "forgot", "froze",
            "hung", "hurt", "lay", "lent", "quit", "rang", "rode", "sang", "shook", "shut", "slew", "split", "stuck",
            "stung", "swept", "swam", "tore", "woke", "wore", "wound", "came", "became", "overtook", "withdrew");

    private Support() {
    }

    /**
     * A sentence prepared for comparison.
     *
     * @param words    stems of its content words
     * @param numbers  the figures it states (digits, and number words as digits)
     * @param names    stems of the words of the names it mentions
     * @param dates    the months and weekdays it names
     * @param tokens   stems of all its words, to look the names up in
     * @param negated  whether it says "not", "no", "never"...
     * @param verb     the stem of its main verb as far as a sentence without tags shows it (its first past
     *                 form: "boycotted", "fired", "sank"), or null
     * @param particulars how it binds its figures, times and speakers, read when first asked for
     */
    public record Claim(String text, float[] vector, Set<String> words, Set<String> numbers, Set<String> names,
                        Set<String> dates, Set<String> tokens, boolean negated, String verb, Particulars particulars) {

        public static Claim of(String text, float[] vector) {
            Set<String> words = new HashSet<>();
            Set<String> tokens = new HashSet<>();
            Set<String> numbers = new HashSet<>(Words.numbers(text));
            Set<String> dates = new HashSet<>();
            boolean negated = text.contains("n't") || text.contains("n’t");
            for (String t : Words.tokens(text)) {
                String bare = bare(t);
                tokens.add(Words.stem(bare));
                // "35GMT", "256GB": the name finder reads the letters apart from the figure
                String[] parts = bare.split("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
                for (String part : parts) {
                    tokens.add(Words.stem(part));
                    // a figure glued to a currency or unit ("e75m", "$21MM") is still a figure
                    if (parts.length > 1 && Character.isDigit(part.charAt(0))) {
                        numbers.add(part);
                    }
                }
                String n = NUMBER_WORDS.get(bare);
                if (n != null) {
                    numbers.add(n);
                }
                String d = DATE_WORDS.get(bare);
                if (d != null) {
                    dates.add(d);
                }
                negated |= NEGATIONS.contains(bare);
            }
            for (String t : Words.contentWords(text)) {
                words.add(Words.stem(bare(t)));
            }
            Set<String> names = new HashSet<>();
            String opening = text.stripLeading().replaceFirst("^[\"“‘(\\[]+", "");
            for (String name : NAMES.find(text)) {
                // one capitalised word that opens the sentence is as often a common word ("Attackers")
                if (!name.contains(" ") && opening.startsWith(name)) {
                    continue;
                }
                for (String t : Words.tokens(name)) {
                    String bare = bare(t);
                    if (bare.length() > 1 && !Words.STOP.contains(bare) && !DATE_WORDS.containsKey(bare)) {
                        names.add(Words.stem(bare));
                    }
                }
            }
            return new Claim(text, vector, words, numbers, names, dates, tokens, negated, mainVerb(text), new Particulars(text));
        }
    }

    /**
     * True when the source, one sentence or two adjacent ones, states the claim by the strict rule.
     * {@code byMeaning} false allows only the same-words route: for a sentence that was edited (a
     * dateline cut) and no longer matches its own vector.
     */
    public static boolean states(List<Claim> sourceSentences, Claim claim, boolean byMeaning) {
        return states(sourceSentences, claim, byMeaning, SIMILARITY);
    }

    /**
     * The synthesizer's side of {@link #states(List, Claim, boolean)}: a paraphrase must be closer by the
     * margin of {@link #CITING_SIMILARITY}.
     */
    public static boolean cites(List<Claim> sourceSentences, Claim claim, boolean byMeaning) {
        return states(sourceSentences, claim, byMeaning, CITING_SIMILARITY);
    }

    /**
     * {@link #cites(List, Claim, boolean)} on an indexed article: the same answer, trying only the
     * sentences that hold the claim's rarest required word.
     */
    public static boolean cites(SourceSentences source, Claim claim, boolean byMeaning) {
        int[] starts = source.starts(claim);
        if (starts == null) {
            return cites(source.claims(), claim, byMeaning);
        }
        List<Claim> sentences = source.claims();
        for (int i : starts) {
            Claim s = sentences.get(i);
            if (statesIn(s, null, claim, byMeaning, CITING_SIMILARITY)
                    || i + 1 < sentences.size() && statesIn(s, sentences.get(i + 1), claim, byMeaning, CITING_SIMILARITY)) {
                return true;
            }
        }
        return false;
    }

    private static boolean states(List<Claim> sourceSentences, Claim claim, boolean byMeaning, double similarity) {
        for (int i = 0; i < sourceSentences.size(); i++) {
            Claim s = sourceSentences.get(i);
            if (statesIn(s, null, claim, byMeaning, similarity)) {
                return true;
            }
            if (i + 1 < sourceSentences.size() && statesIn(s, sourceSentences.get(i + 1), claim, byMeaning, similarity)) {
                return true;
            }
        }
        return false;
    }

    /** True when the source, one sentence or two adjacent ones, states the claim by the strict rule. */
    public static boolean states(List<Claim> sourceSentences, Claim claim) {
        return states(sourceSentences, claim, true);
    }

    /** True when this one source sentence states the claim by the strict rule. */
    public static boolean statesIn(Claim source, Claim claim) {
        return statesIn(source, null, claim, true, SIMILARITY);
    }

    /**
     * The rule on one source sentence, or on two read together when {@code next} is given (looked up in
     * both rather than joined: this runs for every pair of sentences of a story).
     */
    private static boolean statesIn(Claim source, Claim next, Claim claim, boolean byMeaning, double similarity) {
        if (!holds(source.numbers(), next == null ? null : next.numbers(), claim.numbers())
                || !holds(source.tokens(), next == null ? null : next.tokens(), claim.names())
                || !holds(source.dates(), next == null ? null : next.dates(), claim.dates())
                || (claim.negated() && !source.negated() && (next == null || !next.negated()))) {
            return false;
        }
        if (claim.words().isEmpty()
                || claim.verb() != null && !source.tokens().contains(claim.verb()) && (next == null || !next.tokens().contains(claim.verb()))) {
            return false;
        }
        double share = share(source.words(), next == null ? null : next.words(), claim.words(), null);
        // a short sentence is all predicate: every word of it must be there ("the district attorney says
        // this does not hurt their case" is not stated by a sentence with "district attorney" and "case")
        // two sentences read together offer twice the words: then every word must be there too
        boolean stated = share >= (claim.words().size() <= SHORT_CLAIM || next != null ? 1.0 : STRICT_WORD_SHARE)
                // the cosine last among the word tests: it is the dearest of them
                || byMeaning && share(source.words(), next == null ? null : next.words(), claim.words(), claim) >= PARAPHRASE_WORD_SHARE
                && Math.max(cosine(source, claim), next == null ? -1 : cosine(next, claim)) >= similarity;
        // the same figures, times and speakers must be bound to the same words: "12 injured" is not
        // stated by "18 injured, 12 arrested"; tagging makes this the dearest test of all
        return stated && Particulars.agree(claim.particulars(), source.particulars(), next == null ? null : next.particulars());
    }

    private static boolean holds(Set<String> a, Set<String> b, Set<String> wanted) {
        for (String w : wanted) {
            if (!a.contains(w) && (b == null || !b.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Share of {@code wanted} held in {@code a} or {@code b}; with {@code predicateOf}, only of its
     * predicate words (names, numbers and dates left out; 1 when none is left).
     */
    private static double share(Set<String> a, Set<String> b, Set<String> wanted, Claim predicateOf) {
        int all = 0;
        int held = 0;
        for (String w : wanted) {
            if (predicateOf != null && (predicateOf.names().contains(w) || predicateOf.numbers().contains(w)
                    || DATE_WORDS.containsKey(w))) {
                continue;
            }
            all++;
            if (a.contains(w) || (b != null && b.contains(w))) {
                held++;
            }
        }
        return all == 0 ? (predicateOf == null ? 0 : 1) : (double) held / all;
    }

    private static double cosine(Claim a, Claim b) {
        return a.vector() == null || b.vector() == null ? -1 : Vectors.dot(a.vector(), b.vector());
    }

    /** The looser rule of earlier versions: all numbers, and a close embedding or 60% of the words. */
    public static boolean supports(Claim source, Claim claim) {
        if (!source.numbers().containsAll(claim.numbers())) {
            return false;
        }
        if (source.vector() != null && claim.vector() != null
                && Vectors.dot(source.vector(), claim.vector()) >= CITATION_SIMILARITY) {
            return true;
        }
        return wordShare(source, claim) >= WORD_SHARE;
    }

    /** Share of the claim's content words that the source sentence holds. */
    public static double wordShare(Claim source, Claim claim) {
        if (claim.words().isEmpty()) {
            return 0;
        }
        int held = 0;
        for (String w : claim.words()) {
            if (source.words().contains(w)) {
                held++;
            }
        }
        return (double) held / claim.words().size();
    }

    /** True when the source holds all the claim's numbers and 60% of its content words. */
    public static boolean supportsByWords(Claim source, Claim claim) {
        return source.numbers().containsAll(claim.numbers()) && wordShare(source, claim) >= WORD_SHARE;
    }

    /** True when any sentence of the source supports the claim by its words alone (the looser rule). */
    public static boolean anySupportsByWords(List<Claim> sourceSentences, Claim claim) {
        for (Claim s : sourceSentences) {
            if (supportsByWords(s, claim)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first past-tense form after the sentence's first word ("Jeffs boycotted most of the penalty
     * phase" gives "boycott"): with no part-of-speech tagger at hand, the past form is the verb that
     * news sentences report with most often, and the one a source must share to state the same act.
     */
    static String mainVerb(String text) {
        List<String> tokens = Words.tokens(text);
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!Words.STOP.contains(t) && (t.length() > 4 && t.endsWith("ed") || IRREGULAR_PAST.contains(t))) {
                return Words.stem(t);
            }
        }
        return null;
    }

    /**
     * The core of a sentence: its main verb's stem and the stems of the names that come before it (its
     * subject as far as a sentence without tags shows it).
     */
    public record Core(String verb, Set<String> subject) {
    }

    /**
     * The sentence's core, or null when it shows no past-tense verb with a name before it. Unlike
     * {@link #mainVerb} the verb may be a short past form ("died", "shot"): the core is for telling a fact
     * said twice, not for the citation rule, whose verb test stays as it was.
     */
    public static Core core(Claim claim) {
        List<String> tokens = Words.tokens(claim.text());
        String opening = claim.text().stripLeading().replaceFirst("^[\"“‘(\\[]+", "");
        Set<String> subject = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String stem = Words.stem(bare(t));
            // a name is never the verb, though it may read as one ("Collin Rose", "Ted Reed")
            if (i > 0 && !Words.STOP.contains(t) && !claim.names().contains(stem)
                    && (t.length() > 3 && t.endsWith("ed") || IRREGULAR_PAST.contains(t))) {
                return subject.isEmpty() ? null : new Core(Words.stem(t), Set.copyOf(subject));
            }
            // a capitalised opening word is the subject's head even when the name finder left it out
            if (claim.names().contains(stem) || i == 0 && !opening.isEmpty() && Character.isUpperCase(opening.charAt(0))
                    && !Words.STOP.contains(t)) {
                subject.add(stem);
            }
        }
        return null;
    }

    private static String bare(String token) {
        return token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    }


    private static Map<String, String> dateWords() {
        Map<String, String> out = new java.util.HashMap<>();
        // "may" is left out: far more often the verb than the month
        for (String m : List.of("january", "february", "march", "april", "june", "july", "august",
                "september", "october", "november", "december")) {
            out.put(m, m.substring(0, 3));
            out.put(m.substring(0, 3), m.substring(0, 3));
        }
        out.put("sept", "sep");
        // weekday abbreviations are left out: "sun", "wed" and "sat" are words
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            out.put(d, d.substring(0, 3));
        }
        return Map.copyOf(out);
    }
}
