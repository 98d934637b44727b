package dev.storyline.story;

import dev.storyline.text.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether another report about the same story has moved past what a title claims, so that the title
 * would mislead as the story's headline: a later stage of the same process ("charged" after "arrested",
 * "convicted" after "charged", "signs" after "in talks", "dies" after "injured", "checks out" after
 * "checks into"), or a negation of the title's claim ("Ross won't direct sequel" against "Ross in talks
 * to direct sequel"). Both reports must share two names or content words besides the telling words, or, for
 * a later stage in a newer report, one name that both articles mention ("Trial begins for Kraft shooting
 * suspect" and the newer "Woman convicted in 2010 Kraft Foods rampage": titles of a process's stages share
 * little but its names). Stateless.
 */
final class Overtaken {

    /** Processes news follows, each stage a pattern over lower-cased text, earliest first. */
    private static final List<List<Pattern>> STAGES = List.of(
            stages("\\barrest(?:s|ed)?\\b|\\bdetain(?:s|ed)?\\b|\\bsuspect\\b",
                    "\\bcharg(?:e|es|ed)\\b|\\bindict(?:s|ed)?\\b|\\baccused\\b",
                    "\\bheld for trial\\b|\\btrial (?:begins|opens|starts|underway)\\b|\\bpleads?\\b|\\bon trial\\b",
                    "\\bconvict(?:s|ed)?\\b|\\bfound guilty\\b|\\bacquit(?:s|ted)?\\b|\\bcleared\\b",
                    "\\bsentenc(?:e|es|ed)\\b|\\bjailed for\\b"),
            stages("\\bin talks\\b|\\bnegotiat\\w*|\\bexpected to\\b|\\bset to\\b|\\bpoised to\\b|\\bconsider(?:s|ing)\\b|\\bmulls?\\b|\\bin line to\\b",
                    "\\bagree(?:s|d)?\\b|\\bsign(?:s|ed)?\\b|\\bdeal (?:done|struck|reached)\\b|\\bwon'?t\\b|\\bwill not\\b|\\bdrops? out\\b|\\bexits?\\b|\\bquits?\\b|\\bhired\\b|\\bconfirm(?:s|ed)\\b|\\bnamed\\b"),
            stages("\\binjur(?:es|ed|ing)?\\b|\\bwound(?:s|ed)?\\b|\\bhospitali[sz]ed\\b|\\bcritical\\b",
                    "\\bdies\\b|\\bdied\\b|\\bdead\\b|\\bkill(?:s|ed)\\b|\\bdeath toll\\b"),
            stages("\\bmissing\\b|\\bsearch(?:es|ed|ing)? for\\b|\\bmanhunt\\b",
                    "\\bfound\\b|\\brescued\\b|\\bcaptured\\b|\\bcaught\\b"),
            stages("\\bchecks? into\\b|\\bchecked into\\b|\\benters?\\b|\\badmitted\\b",
                    "\\bchecks? out\\b|\\bchecked out\\b|\\bleaves\\b|\\bleft\\b|\\breleased\\b|\\bdischarged\\b"));
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|never|no longer|won'?t|wo n't|isn'?t|aren'?t|doesn'?t|didn'?t|denies|denied|rules? out|ruled out|drops? out|cancel(?:s|led)?|scrap(?:s|ped)?)\\b|n't\\b");
    /** Words of a process stage or a negation: sharing them says nothing about sharing a subject. */
    private static final Set<String> TELLING = Set.of("not", "never", "won't", "will", "still", "talks", "negotiations",
            "negotiation", "checks", "check", "charged", "convicted", "sentenced", "dies", "dead", "found", "missing");

    private Overtaken() {
    }

    private static List<Pattern> stages(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
    }

    /**
     * True when {@code other} has moved past {@code title}. A later stage counts whichever report is
     * newer (a process does not go back); a negation only when {@code other} is the newer report, or
     * when the title claims a state still open ({@code tentative}).
     */
    static boolean by(String title, String other, boolean otherIsNewer, boolean tentative) {
        return by(title, other, otherIsNewer, tentative, Set.of());
    }

    /**
     * As {@link #by(String, String, boolean, boolean)}; {@code sharedNames} are the lower-cased words of the
     * names both articles mention, one of which in both titles makes them the same subject for a later
     * stage that {@code other}, the newer report, states.
     */
    static boolean by(String title, String other, boolean otherIsNewer, boolean tentative, Set<String> sharedNames) {
        if (title.isBlank() || other.isBlank()) {
            return false;
        }
        boolean sameSubject = sameSubject(title, other);
        if (!sameSubject && !(otherIsNewer && shareName(title, other, sharedNames))) {
            return false;
        }
        String t = title.toLowerCase(Locale.ROOT).replace('’', '\'');
        String o = other.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (List<Pattern> chain : STAGES) {
            int mine = stage(chain, t);
            int theirs = stage(chain, o);
            if (mine >= 0 && theirs > mine) {
                return true;
            }
        }
        boolean negates = NEGATION.matcher(o).find() && !NEGATION.matcher(t).find();
        return sameSubject && negates && (otherIsNewer || tentative);
    }

    /** Whether both titles hold a word of a name both articles mention. */
    private static boolean shareName(String a, String b, Set<String> sharedNames) {
        if (sharedNames.isEmpty()) {
            return false;
        }
        Set<String> mine = new HashSet<>(Words.contentWords(a));
        return Words.contentWords(b).stream().filter(w -> !TELLING.contains(w))
                .anyMatch(w -> mine.contains(w) && sharedNames.contains(w));
    }

    /** The latest stage of the chain the text states, or -1. */
    private static int stage(List<Pattern> chain, String text) {
        int found = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).matcher(text).find()) {
                found = i;
            }
        }
        return found;
    }

    /** Two content words in common besides the telling ones: the reports are about the same thing. */
    private static boolean sameSubject(String a, String b) {
        Set<String> mine = new HashSet<>();
        Words.contentWords(a).stream().filter(w -> !TELLING.contains(w)).map(Words::stem).forEach(mine::add);
        long shared = Words.contentWords(b).stream().filter(w -> !TELLING.contains(w)).map(Words::stem).distinct()
                .filter(mine::contains).count();
        return shared >= 2;
    }
}
