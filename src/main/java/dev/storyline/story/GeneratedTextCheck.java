package dev.storyline.story;

import dev.storyline.embed.Vectors;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keeps of a generated text only the sentences that the sources support, and cites them. A generated
 * sentence is supported by a source sentence when it is close in meaning (embedding cosine at or above
 * {@link Support#CITATION_SIMILARITY}) or that sentence holds 60% of its content words, and in either
 * case every number, every name and every month or weekday the generated sentence states appears in that
 * source sentence. A sentence no source supports is dropped; the citations are every source holding a
 * supporting sentence, whatever the model wrote. Thread-safe when the embedding function is.
 */
public final class GeneratedTextCheck {

    /** One generated sentence that passed, with the sources that support it (numbered from 1). */
    public record Checked(String text, List<Integer> citations) {
        public Checked {
            citations = List.copyOf(citations);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})");
    private static final Pattern MARKS = Pattern.compile("\\s*\\[(?:\\d+(?:\\s*[,–-]\\s*\\d+)*)\\]");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "yesterday", "today", "tomorrow");

    private final Function<List<String>, float[][]> embed;
    private final EntityMentions names = new EntityMentions();

    /** @param embed turns texts into unit-length sentence vectors (the same model as the sources') */
    public GeneratedTextCheck(Function<List<String>, float[][]> embed) {
        this.embed = embed;
    }

    /** The generated text as sentences: one per line or several in a line, bullets and citation marks removed. */
    public static List<String> sentences(String generated) {
        List<String> out = new ArrayList<>();
        for (String line : generated.split("\\R")) {
            String l = MARKS.matcher(BULLET.matcher(line).replaceFirst("")).replaceAll("").strip();
            if (l.isEmpty()) {
                continue;
            }
            for (String s : SENTENCE_END.split(l)) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /**
     * @param generated the model's text
     * @param sources   each source's sentences, as {@link Support.Claim}s, in citation order
     */
    public List<Checked> check(String generated, List<List<Support.Claim>> sources) {
        List<String> sentences = sentences(generated);
        if (sentences.isEmpty()) {
            return List.of();
        }
        float[][] vectors = embed.apply(sentences);
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            Support.Claim claim = Support.Claim.of(s, vectors[i]);
            Set<String> mustAppear = specifics(s);
            TreeSet<Integer> cites = new TreeSet<>();
            for (int j = 0; j < sources.size(); j++) {
                for (Support.Claim source : sources.get(j)) {
                    if (supports(source, claim, mustAppear)) {
                        cites.add(j + 1);
                        break;
                    }
                }
            }
            if (!cites.isEmpty()) {
                out.add(new Checked(s, List.copyOf(cites)));
            }
        }
        return out;
    }

    private static boolean supports(Support.Claim source, Support.Claim claim, Set<String> mustAppear) {
        if (!source.numbers().containsAll(claim.numbers())) {
            return false;
        }
        boolean close = source.vector() != null && claim.vector() != null
                && Vectors.dot(source.vector(), claim.vector()) >= Support.CITATION_SIMILARITY;
        if (!close && Support.wordShare(source, claim) < Support.WORD_SHARE) {
            return false;
        }
        Set<String> sourceWords = new HashSet<>(Words.tokens(source.text()));
        return sourceWords.containsAll(mustAppear);
    }

    /** The words of the sentence that must come from a source: those of its names, months and weekdays. */
    private Set<String> specifics(String sentence) {
        Set<String> out = new HashSet<>();
        for (String name : names.find(sentence)) {
            out.addAll(Words.tokens(name));
        }
        for (String w : Words.tokens(sentence)) {
            if (CALENDAR.contains(w)) {
                out.add(w);
            }
        }
        out.removeIf(w -> w.length() < 2);
        out.removeAll(Set.of("the", "of", "and"));
        return out.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }
}
