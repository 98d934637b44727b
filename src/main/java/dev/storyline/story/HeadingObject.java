package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a heading keeps after its verb: the object and at most one phrase after it, up to a clause
 * boundary, a time phrase or the word limit, and then an ending that reads as one. A phrase cut short
 * loses the piece that needs what was cut: "checks into rehab facility to comply (with her sentence)"
 * ends on "facility", "avoids jail time by checking (into …)" on "time", "stations shuttered and
 * (the) airport (deserted)" on "shuttered"; an adjective never ends it. Stateless.
 */
final class HeadingObject {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> SPANS = Set.of("days", "weeks", "months", "years", "hours", "minutes", "decades");
    /** Words that round a figure: "about 20,000 refugees" is one phrase, not a second one. */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "nearly", "almost", "over", "some", "roughly", "approximately");

    private HeadingObject() {
    }

    /** The object tokens from {@code from}, at most {@code room} of them, with a clean ending. */
    static List<Token> of(List<Token> tokens, int from, int room) {
        List<Integer> kept = new ArrayList<>();
        int stop = collect(tokens, from, room, kept);
        boolean cut = stop < tokens.size() && !tokens.get(stop).tag().equals("PUNCT");
        return ending(tokens, kept, stop, cut);
    }

    /** Collects the object's token indices into {@code kept}; returns where it stopped. */
    private static int collect(List<Token> tokens, int from, int room, List<Integer> kept) {
        int phrases = 0;
        int i = from;
        for (; i < tokens.size() && kept.size() < room; i++) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (HeadingTags.possessive(t)) {
                // "pinup of GI's", "confirms the actress's stay": the possessive stays with its noun
                if (!kept.isEmpty() && tokens.get(kept.get(kept.size() - 1)).isNoun()) {
                    kept.add(i);
                }
                continue;
            }
            if (t.tag().equals("PUNCT") && !t.text().equals("-") || t.tag().equals("SCONJ") || SectionHeading.CLAUSE_WORDS.contains(lower)
                    || t.tag().equals("CCONJ") && phrases > 0 || SectionHeading.RELATIVES.contains(lower) && t.tag().equals("PRON")
                    || SectionHeading.isTimeAhead(tokens, i) || lower.matches("[ap]\\.m\\.?")
                    || t.tag().equals("CCONJ") && i + 1 < tokens.size() && SectionHeading.isVerbal(tokens.get(i + 1))) {
                return i;
            }
            boolean particle = i == from && Set.of("out", "up", "off", "down", "back", "over").contains(lower);
            boolean approximate = APPROXIMATE.contains(lower) && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("NUM");
            // "matter of minutes", "camp of refugees": "of" after a noun goes on with the same phrase
            boolean ofPhrase = lower.equals("of") && !kept.isEmpty() && tokens.get(kept.get(kept.size() - 1)).isNoun();
            if (t.tag().equals("ADP") && !particle && !approximate) {
                boolean timeAhead = i + 1 < tokens.size() && (SectionHeading.TIME_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
                        || tokens.get(i + 1).tag().equals("NUM") && i + 2 < tokens.size()
                        && SectionHeading.TIME_WORDS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT)));
                if (timeAhead || !ofPhrase && ++phrases > (kept.isEmpty() ? 2 : 1)) {
                    return i;
                }
            }
            if (t.tag().equals("VERB") && !kept.isEmpty() && !tokens.get(kept.get(kept.size() - 1)).text().equalsIgnoreCase("to")
                    && !t.text().endsWith("ing")) {
                return i;
            }
            if (ARTICLES.contains(lower) && !SectionHeading.afterPartitive(tokens, i) || t.tag().equals("ADV") && lower.endsWith("ly")) {
                continue;
            }
            if (i + 1 < tokens.size() && t.tag().equals("NUM") && tokens.get(i + 1).text().toLowerCase(Locale.ROOT).matches("[ap]\\.m\\.?")) {
                // "around 4 p.m.": a clock time ends the heading, with the words that lead to it
                while (!kept.isEmpty() && Set.of("around", "at", "about", "by", "before", "after", "until", "shortly", "just")
                        .contains(tokens.get(kept.get(kept.size() - 1)).text().toLowerCase(Locale.ROOT))) {
                    kept.remove(kept.size() - 1);
                }
                return i;
            }
            kept.add(i);
            if (kept.size() == room && i + 1 < tokens.size() && (Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tokens.get(i + 1).tag())
                    || HeadingTags.possessive(tokens.get(i + 1)))) {
                // the word limit fell inside a phrase: the heading ends before that phrase
                while (!kept.isEmpty() && !SectionHeading.isPreposition(tokens.get(kept.get(kept.size() - 1)).text())) {
                    kept.remove(kept.size() - 1);
                }
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
                return i + 1;
            }
        }
        return i;
    }

    private static boolean isCount(Token t) {
        return t.text().toLowerCase(Locale.ROOT).matches("\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many");
    }

    private static List<Token> ending(List<Token> tokens, List<Integer> kept, int stop, boolean cut) {
        List<Token> out = new ArrayList<>();
        kept.forEach(k -> out.add(tokens.get(k)));
        // the clause went on inside the phrase (not at a conjunction or a clause word): its end was cut off
        boolean truncated = cut && !tokens.get(stop).tag().matches("SCONJ|CCONJ")
                && !SectionHeading.CLAUSE_WORDS.contains(tokens.get(stop).text().toLowerCase(Locale.ROOT));
        if (cut) {
            // a clause went on past the stop: what depends on it is left out
            for (int j = 0; j < out.size(); j++) {
                String w = out.get(j).text().toLowerCase(Locale.ROOT);
                boolean purpose = truncated && j > 0 && w.equals("to") && j + 1 < out.size() && out.get(j + 1).isVerb() && out.get(j - 1).isNoun();
                int after = kept.get(kept.size() - 1) + 1;
                boolean conjunct = out.get(j).tag().equals("CCONJ") && (stop < tokens.size() && SectionHeading.isVerbal(tokens.get(stop))
                        || after < tokens.size() && (SectionHeading.isVerbal(tokens.get(after)) || tokens.get(after).text().endsWith("ed")));
                if (purpose || conjunct) {
                    out.subList(j, out.size()).clear();
                    break;
                }
            }
        }
        if (cut && out.size() >= 2 && out.get(out.size() - 2).text().equalsIgnoreCase("to") && out.get(out.size() - 1).isVerb()
                && (tokens.get(stop).tag().equals("SCONJ") || SectionHeading.CLAUSE_WORDS.contains(tokens.get(stop).text().toLowerCase(Locale.ROOT)))) {
            // "appointed to determine (whether charges should be laid)": the verb's clause was cut off
            out.subList(out.size() - 2, out.size()).clear();
        }
        if (cut && tokens.get(stop).tag().equals("ADP") && out.size() > 1 && Set.of("ADV", "ADP").contains(out.get(out.size() - 1).tag())) {
            // "readies new refugee sites away (from the border)": the adverb belonged to the phrase cut off
            out.remove(out.size() - 1);
        }
        boolean changed = true;
        while (changed && !out.isEmpty()) {
            changed = false;
            Token last = out.get(out.size() - 1);
            String w = last.text().toLowerCase(Locale.ROOT);
            int before = out.size() - 2;
            while (before > 0 && out.get(before).tag().equals("ADV")) {
                before--;
            }
            if (out.size() >= 2 && last.text().endsWith("ing") && before >= 0 && out.get(before).tag().equals("ADP")) {
                // "avoids jail time by checking (into a second rehab)", "accused of carelessly firing (a gun)"
                out.subList(before, out.size()).clear();
                changed = true;
            } else if (last.tag().equals("ADJ") && out.size() == 1 && !w.endsWith("ed")) {
                // "Heist is latest (to hit France)": an adjective alone says nothing of the event
                out.clear();
            } else if (last.tag().equals("ADJ") && out.size() > 1 || SPANS.contains(w) && (out.size() == 1 || isCount(out.get(out.size() - 2)))) {
                // "suffers heart attack nine days (earlier)": a span of time is left with its time word
                out.remove(out.size() - 1);
                if (SPANS.contains(w) && !out.isEmpty() && isCount(out.get(out.size() - 1))) {
                    out.remove(out.size() - 1);
                }
                changed = true;
            } else if (Headings.WEAK_END.contains(w) && out.size() > 1 || last.tag().equals("PUNCT") && !HeadingTags.possessive(last)) {
                out.remove(out.size() - 1);
                changed = true;
            }
        }
        return out;
    }
}
