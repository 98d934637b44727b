package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The noun phrases a section's facts share, for a heading when no fact compresses to who does what:
 * "DNA testing for Chosei mine victims" is a run of nouns and adjectives, joined by at most one
 * preposition to another. The phrase whose head noun most of the section's facts name wins. Stateless.
 */
final class KeyPhrase {

    private static final Set<String> JOINERS = Set.of("of", "for", "in", "at", "on", "against", "over", "with", "from");
    private static final Set<String> CHUNK_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private KeyPhrase() {
    }

    /** The best noun phrase of 3 to 9 words. */
    static Optional<String> of(List<List<Token>> sentences) {
        return ranked(sentences).stream().filter(p -> between(p.words(), SectionHeading.MIN_WORDS, SectionHeading.MAX_WORDS))
                .map(Phrase::text).findFirst();
    }

    /** The two best phrases joined by "and", when no single phrase is long enough. */
    static Optional<String> pair(List<List<Token>> sentences) {
        List<Phrase> ranked = ranked(sentences);
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                Phrase a = ranked.get(i);
                Phrase b = ranked.get(j);
                if (!a.head().equals(b.head()) && between(a.words() + b.words() + 1, SectionHeading.MIN_WORDS, SectionHeading.MAX_WORDS)) {
                    return Optional.of(Headings.capitalise(a.text()) + " and " + lowerUnlessName(b));
                }
            }
        }
        return Optional.empty();
    }

    /** The section's most named things, listed: the heading of last resort, never empty. */
    static String names(List<List<Token>> sentences, Set<String> used) {
        List<String> heads = new ArrayList<>();
        for (Phrase p : ranked(sentences)) {
            if (heads.stream().noneMatch(h -> h.equalsIgnoreCase(p.text()))) {
                heads.add(p.text());
            }
            if (heads.size() == 3) {
                break;
            }
        }
        if (heads.isEmpty()) {
            return "Other details";
        }
        String h = heads.size() == 1 ? heads.get(0) : String.join(", ", heads.subList(0, heads.size() - 1)) + " and " + heads.get(heads.size() - 1);
        h = Headings.capitalise(h);
        return used.contains(h.toLowerCase(Locale.ROOT)) ? "More on " + h : h;
    }

    private static boolean between(int n, int min, int max) {
        return n >= min && n <= max;
    }

    private static String lowerUnlessName(Phrase p) {
        return p.proper() ? p.text() : p.text().substring(0, 1).toLowerCase(Locale.ROOT) + p.text().substring(1);
    }

    private record Phrase(String text, String head, int words, boolean proper, double score) {
    }

    private static List<Phrase> ranked(List<List<Token>> sentences) {
        Map<String, Integer> headCount = new HashMap<>();
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Phrase> found = chunks(sentences.get(s), s);
            found.stream().map(Phrase::head).distinct().forEach(h -> headCount.merge(h, 1, Integer::sum));
            found.forEach(p -> phrases.putIfAbsent(p.text().toLowerCase(Locale.ROOT), p));
        }
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : phrases.values()) {
            double score = p.score() + headCount.getOrDefault(p.head(), 0) + Math.min(p.words(), 6) * 0.15;
            out.add(new Phrase(p.text(), p.head(), p.words(), p.proper(), score));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** Noun chunks of one sentence: runs of adjectives, nouns and numbers ending on a noun, one joiner at most. */
    private static List<Phrase> chunks(List<Token> tokens, int sentence) {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = run(tokens, i);
            if (end == i) {
                i++;
                continue;
            }
            int last = end;
            if (end + 1 < tokens.size() && JOINERS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
                int next = run(tokens, end + 1);
                if (next > end + 1) {
                    last = next;
                }
            }
            List<Token> chunk = tokens.subList(i, last);
            int first = i;
            while (!chunk.isEmpty() && SectionHeading.isTimeWord(chunk.get(0).text())) {
                chunk = chunk.subList(1, chunk.size());
                first++;
            }
            while (!chunk.isEmpty() && (!chunk.get(chunk.size() - 1).isNoun() || SectionHeading.isTimeWord(chunk.get(chunk.size() - 1).text())
                    || isClock(chunk, chunk.size() - 1) || JOINERS.contains(chunk.get(chunk.size() - 1).text().toLowerCase(Locale.ROOT)))) {
                // "explosions at 3 p.m.": a clock time, with its number and preposition, is no part of a subtopic
                chunk = chunk.subList(0, chunk.size() - 1);
            }
            if (!chunk.isEmpty() && (isInitial(chunk.get(chunk.size() - 1))
                    || first + chunk.size() < tokens.size() && continuesName(chunk, tokens.get(first + chunk.size())))) {
                // "Judge James R" cut a name: a heading names a whole name or none
                i = Math.max(end, i + 1);
                continue;
            }
            if (!chunk.isEmpty() && chunk.get(0).text().matches("[\\d.,]+") && chunk.stream().noneMatch(t -> t.tag().equals("PROPN"))
                    && chunk.stream().filter(Token::isNoun).count() < 2) {
                // "1,300 kilometers": a measure alone names no subtopic
                i = Math.max(end, i + 1);
                continue;
            }
            if (!chunk.isEmpty()) {
                Token head = chunk.get(chunk.size() - 1);
                String text = Headings.join(chunk.stream().map(Token::text).toList());
                boolean proper = chunk.get(0).tag().equals("PROPN");
                out.add(new Phrase(Headings.capitalise(text), head.text().toLowerCase(Locale.ROOT), Headings.words(text).size(),
                        proper, chunk.stream().anyMatch(t -> t.tag().equals("PROPN")) ? 0.5 - 0.2 * sentence : -0.2 * sentence));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static boolean isClock(List<Token> chunk, int i) {
        String w = chunk.get(i).text().toLowerCase(Locale.ROOT);
        return w.matches("[ap]\\.?m\\.?") || chunk.get(i).tag().equals("NUM") && i + 1 < chunk.size() && isClock(chunk, i + 1);
    }

    /** "R" or "R." of "James R. Dabney": a letter standing for a name. */
    private static boolean isInitial(Token t) {
        return t.text().matches("\\p{Lu}\\.?");
    }

    /** True when the chunk ends inside a name: the next token is capitalised too, or the period of an initial. */
    private static boolean continuesName(List<Token> chunk, Token next) {
        Token last = chunk.get(chunk.size() - 1);
        return last.tag().equals("PROPN") && (next.tag().equals("PROPN") || next.text().equals(".") && isInitial(last));
    }

    private static int run(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (CHUNK_TAGS.contains(tokens.get(i).tag())
                || tokens.get(i).text().equals(".") && i > from && isInitial(tokens.get(i - 1)) && i + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                || tokens.get(i).text().equals("-") && i > from && i + 1 < tokens.size() && CHUNK_TAGS.contains(tokens.get(i + 1).tag()))) {
            i++;
        }
        return i;
    }
}
