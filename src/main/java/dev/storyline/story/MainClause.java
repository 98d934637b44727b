package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a fact's main clause is: its first word after an opening phrase ("On sighting the warship, ...",
 * "Alarmed by the noise, ..."), and its main verb, past relative clauses, appositions ("INS Sukanya,
 * currently deployed on patrols, was escorting") and infinitives. What the heading composer compresses
 * around. Stateless.
 */
final class MainClause {

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    private MainClause() {
    }

    /** "a girl killed by a stray bullet", "a man suspected of": a participle after a noun, not the main verb. */
    private static boolean reducedRelative(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNoun() && Set.of("named", "called", "dubbed", "nicknamed", "identified").contains(w)
                && (tokens.get(i + 1).tag().equals("PROPN") || tokens.get(i + 1).text().matches("[\"“'‘]"))) {
            return true;
        }
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNoun() && (w.endsWith("ed") || w.endsWith("en"))
                && Set.of("by", "of").contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** The first main verb at or after {@code from}, outside parentheses and after any opening subordinate clause. */
    static int mainVerb(List<Token> tokens, int from) {
        int start = clauseStart(tokens, from);
        boolean relative = false;
        int copula = -1;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                // ", who lives next door," is not the main clause
                relative = !relative && i + 1 < tokens.size() && (Set.of("who", "which", "whose", "whom", "where")
                        .contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)) || appositiveParticiple(tokens, i));
                continue;
            }
            if (relative) {
                continue;
            }
            if (i > start && tokens.get(i - 1).isNoun() && t.tag().equals("PRON") && Set.of("who", "which", "that").contains(t.text().toLowerCase(Locale.ROOT))) {
                // "A clerk who had been dismissed for fraud sued the city": the relative clause's verb is passed over
                int own = i + 1;
                while (own < tokens.size() && !tokens.get(own).isVerb()) {
                    own++;
                }
                i = own;
                continue;
            }
            // an infinitive ("is the latest to hit France") is never the main verb
            boolean infinitive = i > start && tokens.get(i - 1).text().equalsIgnoreCase("to");
            if (copula < 0 && i > start && COPULAS.contains(t.text().toLowerCase(Locale.ROOT))) {
                copula = i;
            }
            if (infinitive && t.isVerb() && copula > 0) {
                // "Lionsgate is under pressure to meet a previously announced date": the copula carries the clause
                return copula;
            }
            if (t.tag().equals("AUX") && Set.of("has", "have", "had").contains(t.text().toLowerCase(Locale.ROOT)) && i > start
                    && i + 1 < tokens.size() && Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN").contains(tokens.get(i + 1).tag())
                    && !(i + 2 < tokens.size() && tokens.get(i + 1).tag().equals("ADJ") && tokens.get(i + 2).isVerb())) {
                // "News X has exclusive pictures": "has" with an object is the main verb
                return i;
            }
            if (t.isVerb() && !(t.text().endsWith("ing") && (i == start || !tokens.get(i - 1).tag().equals("AUX")))
                    && !reducedRelative(tokens, i) && !infinitive) {
                return i;
            }
        }
        // no full verb: a copula ("At least a dozen workers were at the party") carries the clause
        for (int i = start + 1; i < tokens.size() - 1; i++) {
            if (COPULAS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "INS Sukanya, currently deployed on patrols in the Gulf, was escorting": a participle after a noun
     * and a comma, with another comma to close it, is an apposition, not the main clause.
     */
    private static boolean appositiveParticiple(List<Token> tokens, int comma) {
        if (comma == 0 || !tokens.get(comma - 1).isNoun()) {
            return false;
        }
        int i = comma + 1;
        while (i < tokens.size() && tokens.get(i).tag().equals("ADV")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isVerb() || !tokens.get(i).text().matches("\\p{Ll}+(?:ed|en)")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the main clause begins: after an opening subordinate or prepositional phrase closed by a comma
     * ("On sighting the warship, the pirates fled"), and after a complementiser ("said that ...").
     */
    static int clauseStart(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && (tokens.get(i).text().equalsIgnoreCase("that") || tokens.get(i).tag().equals("SCONJ") && i > 0)) {
            i++;
        }
        if (i < tokens.size() && (tokens.get(i).tag().equals("SCONJ") || tokens.get(i).tag().equals("ADP") || tokens.get(i).tag().equals("ADV")
                || i == 0 && tokens.get(i).isVerb() && tokens.get(i).text().matches("\\p{L}+ed"))) {
            // "Alarmed by the warship's speed, the boats turned": an opening participle's phrase is no clause
            for (int j = i; j < tokens.size(); j++) {
                if (tokens.get(j).text().equals(",")) {
                    return j + 1;
                }
            }
        }
        return i;
    }

}
