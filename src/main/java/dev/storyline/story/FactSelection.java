package dev.storyline.story;

import dev.storyline.embed.Vectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which facts of a story go on its page and which one leads. The lead is what happened: the
 * opening sentence (one of the first three of an article) that most publishers state, naming who or
 * where. Then every fact that at least half of the story's publishers state (two or more), then the
 * others by how many state them and how central they are, until the page reaches its length, which
 * grows with the number of sources ({@link #length}). A fact already on the page in other words is
 * never added again ({@link #sameFact}), nor, once the must-have facts are in, one that restates a chosen
 * sentence's core with details of its own ({@link #sameCore}). Stateless.
 */
public final class FactSelection {

    /** The longest page, in sentences. */
    static final int MAX_SENTENCES = 25;
    /** Facts closer than this are one fact said twice (kept below {@link Support#SIMILARITY}). */
    static final double REDUNDANT = 0.72;
    /** Sentences of an article that may carry its lead. */
    private static final int LEAD_POSITIONS = 3;
    private static final int LEAD_MIN_WORDS = 8;
    private static final int LEAD_MAX_WORDS = 45;

    /** Words beyond which a sentence reads heavy on a page. */
    private static final int LONG_SENTENCE = 35;

    private FactSelection() {
    }

    /**
     * How much a candidate fact belongs on the page: above all how many publishers state it, then how
     * near the story's centre it lies, how much of its wording other sources echo (the share of its word
     * pairs found in the source that repeats most of them: reporters who cover one event repeat its key
     * phrases), and how early it comes in its article.
     *
     * @param centrality cosine of the sentence with the story's centre
     * @param echo       the largest share of its word pairs that one other source holds
     */
    static double score(int publishers, double centrality, double echo, int position, boolean names, int words) {
        return 1.5 * (publishers - 1) + centrality + 0.6 * echo - 0.03 * Math.min(position, 30)
                + (names ? 0.1 : 0) - (words > LONG_SENTENCE ? 0.3 : 0);
    }

    /** The word pairs of each article, for {@link #echo}. */
    static List<java.util.Set<String>> wordPairs(List<String> articleTexts) {
        return articleTexts.stream().map(FactSelection::pairs).toList();
    }

    /** The largest share of the sentence's word pairs that one article other than its own holds. */
    static double echo(String sentence, int own, List<java.util.Set<String>> wordPairs) {
        java.util.Set<String> mine = pairs(sentence);
        if (mine.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (int j = 0; j < wordPairs.size(); j++) {
            if (j == own) {
                continue;
            }
            java.util.Set<String> theirs = wordPairs.get(j);
            long held = mine.stream().filter(theirs::contains).count();
            best = Math.max(best, (double) held / mine.size());
        }
        return best;
    }

    private static java.util.Set<String> pairs(String text) {
        List<String> t = dev.storyline.text.Words.tokens(text);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            out.add(t.get(i) + " " + t.get(i + 1));
        }
        return out;
    }

    /** Sentences a page of this many sources holds: 9 for one source, three more per source, 25 at most. */
    static int length(int sources) {
        return Math.min(MAX_SENTENCES, 6 + 3 * Math.max(1, sources));
    }

    /** Publishers that must state a fact for it to be one the page cannot leave out; 0 when none must. */
    public static int majority(int publishers) {
        return publishers < 2 ? Integer.MAX_VALUE : Math.max(2, (publishers + 1) / 2);
    }

    /**
     * The facts of the page, the lead first, each with a score that keeps that order when sections are
     * formed (the lead's section comes first).
     */
    static List<StorySynthesizer.Fact> choose(List<StorySynthesizer.Fact> candidates, int publishers, int sources,
                                              java.util.Set<String> fullNames) {
        List<StorySynthesizer.Fact> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(StorySynthesizer.Fact::score).reversed());
        List<StorySynthesizer.Fact> chosen = new ArrayList<>();
        StorySynthesizer.Fact lead = lead(ranked, fullNames);
        if (lead != null) {
            double top = ranked.get(0).score();
            chosen.add(new StorySynthesizer.Fact(lead.article(), lead.position(), lead.text(), lead.claim(),
                    lead.citations(), lead.publishers(), top + 10));
        }
        int must = majority(publishers);
        for (StorySynthesizer.Fact f : ranked) {
            if (f.publishers() >= must && chosen.size() < MAX_SENTENCES) {
                // a fact most publishers state stays even when it restates a chosen one's core: the
                // page cannot leave out what it adds
                if (!addUnlessRepeat(chosen, f, fullNames, false)) {
                    addWithItsIntroduction(chosen, f, ranked, fullNames);
                }
            }
        }
        int target = length(sources);
        for (StorySynthesizer.Fact f : ranked) {
            if (chosen.size() >= target) {
                break;
            }
            addUnlessRepeat(chosen, f, fullNames, true);
        }
        return chosen;
    }

    /**
     * Adds a fact most publishers state that refers to what the page has not introduced ("The couple…",
     * "Ekberg…" before "Jonas Ekberg") together with the nearest earlier sentence of its own article that
     * introduces the referent: the page cannot leave the fact out, nor print it without its antecedent.
     * Nothing is added when no such sentence is among the candidates or the page is full.
     */
    private static void addWithItsIntroduction(List<StorySynthesizer.Fact> chosen, StorySynthesizer.Fact f,
                                               List<StorySynthesizer.Fact> candidates, java.util.Set<String> fullNames) {
        if (chosen.size() + 2 > MAX_SENTENCES || chosen.stream().anyMatch(c -> sameFact(c.claim(), f.claim()))) {
            return;
        }
        List<String> before = new ArrayList<>(chosen.stream().map(StorySynthesizer.Fact::text).toList());
        for (int position = f.position() - 1; position >= 0; position--) {
            for (StorySynthesizer.Fact intro : candidates) {
                if (intro.article() != f.article() || intro.position() != position
                        || Fragments.danglingReference(intro.text(), before, fullNames).isPresent()) {
                    continue;
                }
                List<String> with = new ArrayList<>(before);
                with.add(intro.text());
                if (Fragments.danglingReference(f.text(), with, fullNames).isEmpty()) {
                    if (chosen.stream().noneMatch(c -> c.text().equals(intro.text()))) {
                        chosen.add(intro);
                    }
                    chosen.add(f);
                    return;
                }
            }
        }
    }

    private static StorySynthesizer.Fact lead(List<StorySynthesizer.Fact> ranked, java.util.Set<String> fullNames) {
        StorySynthesizer.Fact best = null;
        for (StorySynthesizer.Fact f : ranked) {
            int words = f.text().split("\\s+").length;
            if (f.position() >= LEAD_POSITIONS || words < LEAD_MIN_WORDS || words > LEAD_MAX_WORDS
                    || f.claim().names().isEmpty() || SentenceQuality.isQuote(f.text())
                    || Fragments.danglingReference(f.text(), List.of(), fullNames).isPresent()) {
                continue;
            }
            // an article's opening sentence is its writer's account of what happened: it leads over a
            // later sentence that as many publishers state
            if (best == null || f.publishers() > best.publishers()
                    || f.publishers() == best.publishers() && f.position() == 0 && best.position() > 0) {
                best = f;
            }
        }
        return best;
    }

    /**
     * Adds the fact unless the page states it already, or it opens on a reference (a pronoun, "the two")
     * that the page has not introduced before it; false only in that last case.
     */
    private static boolean addUnlessRepeat(List<StorySynthesizer.Fact> chosen, StorySynthesizer.Fact f,
                                           java.util.Set<String> fullNames, boolean byCore) {
        if (chosen.stream().anyMatch(c -> sameFact(c.claim(), f.claim()) || byCore && restates(c.claim(), f.claim()))) {
            return true;
        }
        if (Fragments.danglingReference(f.text(), chosen.stream().map(StorySynthesizer.Fact::text).toList(), fullNames).isEmpty()) {
            chosen.add(f);
            return true;
        }
        return false;
    }

    /**
     * True when two sentences state one fact: close in meaning, most words shared either way, or one
     * states the other by the citation rule.
     */
    public static boolean sameFact(Support.Claim a, Support.Claim b) {
        return a.vector() != null && b.vector() != null && Vectors.dot(a.vector(), b.vector()) >= REDUNDANT
                || Support.wordShare(a, b) >= Support.WORD_SHARE
                || Support.wordShare(b, a) >= Support.WORD_SHARE
                || Support.statesIn(a, b) || Support.statesIn(b, a);
    }

    /**
     * True when one sentence restates the other's core while adding details of its own ("Williams died
     * Thursday in her sleep" after "Esther Williams has died"): the shorter one's main verb, a name it
     * opens on or names before that verb (one is enough: "Williams" stands for "Esther Williams"), and
     * all its figures and dates are in the longer one. A reader reads such a pair as one fact said twice,
     * which {@link #sameFact} lets through when the additions outweigh the shared words.
     */
    public static boolean sameCore(Support.Claim a, Support.Claim b) {
        Support.Claim shorter = a.words().size() <= b.words().size() ? a : b;
        Support.Claim longer = shorter == a ? b : a;
        Support.Core core = Support.core(shorter);
        return core != null && longer.tokens().contains(core.verb()) && core.subject().stream().anyMatch(longer.tokens()::contains)
                && longer.numbers().containsAll(shorter.numbers()) && longer.dates().containsAll(shorter.dates());
    }

    /** Cosine above which two sentences naming the same person or place tell one fact in other words. */
    static final double PARAPHRASE = 0.68;

    /**
     * Verbs that tell one event in other words ("has died", "passed away"), by {@link
     * dev.storyline.text.Words#stem}; a verb that needs a
     * particle to mean the event ("passed" away, "stepped" down) is listed with it.
     */
    private static final List<List<String>> SAME_EVENT = List.of(
            List.of("died", "die", "dying", "dead", "death", "pass away"),
            List.of("arrest", "detain", "custody"),
            List.of("resign", "quit", "stepp down"),
            List.of("divorc", "split", "separat"));

    /** The event of {@link #SAME_EVENT} that the verb stem tells in a sentence of these stems, or -1. */
    private static int event(String verb, java.util.Set<String> tokens) {
        for (int e = 0; e < SAME_EVENT.size(); e++) {
            for (String v : SAME_EVENT.get(e)) {
                String[] parts = v.split(" ");
                if (verb.equals(parts[0]) && (parts.length == 1 || tokens.contains(parts[1]))) {
                    return e;
                }
            }
        }
        return -1;
    }

    /**
     * True when a reader reads the two sentences as one fact told twice: one restates the other's core
     * ({@link #sameCore}), or both name the same person or place and say it in other words, either close
     * in meaning ({@link #PARAPHRASE}: "was a popular pinup" after "became a favorite pinup") with every
     * figure of the shorter one in the longer and no other main verb, or by a verb of the same event ("passed away" after
     * "has died") with the shorter one's subject.
     */
    public static boolean restates(Support.Claim a, Support.Claim b) {
        if (sameCore(a, b)) {
            return true;
        }
        Support.Claim shorter = a.words().size() <= b.words().size() ? a : b;
        Support.Claim longer = shorter == a ? b : a;
        java.util.Set<String> named = capitalised(shorter.text());
        named.retainAll(capitalised(longer.text()));
        if (named.isEmpty() || shorter.negated() != longer.negated()) {
            return false;
        }
        Support.Core core = Support.core(shorter);
        Support.Core other = Support.core(longer);
        // two deeds of one person are close in meaning too ("checked into rehab", "left rehab"): where
        // both sentences show their main verb, the verbs must tell the same event
        boolean sameDeed = core == null || other == null || core.verb().equals(other.verb())
                || event(core.verb(), shorter.tokens()) >= 0
                && event(core.verb(), shorter.tokens()) == event(other.verb(), longer.tokens());
        if (sameDeed && a.vector() != null && b.vector() != null && Vectors.dot(a.vector(), b.vector()) >= PARAPHRASE
                && longer.numbers().containsAll(shorter.numbers())) {
            return true;
        }
        if (core == null || core.subject().stream().noneMatch(longer.tokens()::contains)) {
            return false;
        }
        int told = event(core.verb(), shorter.tokens());
        return told >= 0 && longer.tokens().stream().anyMatch(t -> event(t, longer.tokens()) == told);
    }

    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");

    /**
     * The capitalised words of a sentence that are not function words or calendar words, lower-cased:
     * the names a reader sees, the opening one included (the name finder leaves a lone opening name out).
     */
    private static java.util.Set<String> capitalised(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : text.split("[^\\p{L}\\p{N}'’]+")) {
            if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !CALENDAR.matcher(t).matches()) {
                String lower = t.toLowerCase(java.util.Locale.ROOT).replaceFirst("['’]s?$", "");
                if (!dev.storyline.text.Words.STOP.contains(lower)) {
                    out.add(lower);
                }
            }
        }
        return out;
    }
}
