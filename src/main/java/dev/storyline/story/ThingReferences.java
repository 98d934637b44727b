package dev.storyline.story;

import dev.storyline.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a sentence that opens on a definite description of a thing or an event the page has not
 * introduced: "The raid lasted ten minutes", "Much of the material was classified", "The attack drew
 * condemnation" read as a continuation, and a reader who meets one before any sentence has named a raid,
 * the material or an attack asks which. The noun is introduced by an earlier word of its own stem
 * ("police raided", "a bomb attack") or of its family ("the heist" after "robbers stole"); a modifier after
 * it ("the attack on the embassy", "the material found in the flat") introduces it in the sentence itself.
 * People are {@link Fragments}' concern. Stateless.
 */
final class ThingReferences {

    /** Things and events a report refers back to with "the": what its earlier sentences must have named. */
    private static final String NOUNS = "attacks?|raids?|assaults?|strikes?|bombings?|blasts?|explosions?|incidents?|operations?"
            + "|shootings?|crash(?:es)?|collisions?|accidents?|fires?|blazes?|robber(?:y|ies)|heists?|thefts?|killings?|murders?"
            + "|ambush(?:es)?|clash(?:es)?|riots?|standoffs?|sieges?|hijackings?|kidnappings?|abductions?|rescues?|chases?"
            + "|raids?|deals?|agreements?|accords?|pacts?|decisions?|moves?|plans?|proposals?|measures?|bills?"
            + "|announcements?|statements?|reports?|allegations?|charges?|complaints?|letters?|videos?|footage|images|photos|recordings?"
            + "|documents?|materials?|substances?|devices?|bombs?|weapons?|guns?|rifles?|vehicles?|cars?|trucks?|vans?|vessels?"
            + "|ships?|warships?|tankers?|skiffs?|boats?|planes?|aircraft|helicopters?|buildings?|compounds?|victims?|bod(?:y|ies)|remains|discover(?:y|ies)"
            + "|seizures?|haul|cache|evidence|cash|loot|jewels|gems|items|goods|shipments?|cargo|quake|earthquake|storm|flood(?:s|ing)?"
            + "|outbreak|virus|disease|leak|spill|collapse|derailment|hearing|trial|verdict|ruling|sentence|probe|inquiry|investigation";
    /** "The raid lasted", "Much of the material was", "The deadly attack drew": the noun at the opening. */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:(?:much|most|some|all|none|part|many|each|any|one|two|both) of )?the\\s+((?:[\\p{Ll}-]+\\s+){0,2}?)(" + NOUNS + ")\\b"
                    + "(?!\\s*(?:'s|’s)?\\s*(?:of|in|on|at|against|by|from|near|for|to|into|between|involving|that|who|which|where|over|"
                    + "outside|inside|off|along|across|targeting|carrying|containing)\\b"
                    // "the material found at the flat", "the attack carried out by": a participle with its phrase
                    + "|\\s*(?:\\p{Ll}+ed|found|taken|stolen|held|shown|sent|brought|given|seen|made|thrown|driven)\\s+"
                    + "(?:by|in|at|on|from|during|near|inside|out|off|last|this|earlier|aboard|under|with)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words that name one thing in several ways: a heist is a robbery, a blast an explosion. */
    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("attack", "raid", "assault", "strike", "bombing", "bomb", "blast", "explosion", "ambush", "shooting", "airstrike", "shell"),
            Set.of("robbery", "robber", "robb", "heist", "theft", "thief", "thieve", "stole", "steal", "stolen", "loot", "raid"),
            Set.of("blast", "explosion", "explode", "bomb", "detonat", "blew"),
            Set.of("crash", "collision", "collide", "accident", "derailment", "derail"),
            Set.of("fire", "blaze", "burn", "burnt", "flame", "firebomb"),
            Set.of("deal", "agreement", "accord", "pact", "treaty", "agree"),
            Set.of("vessel", "ship", "warship", "boat", "tanker", "supertanker", "freighter", "skiff", "yacht", "ferry", "frigate", "destroyer"),
            Set.of("plane", "aircraft", "jet", "airliner", "flight"),
            Set.of("quake", "earthquake", "tremor", "magnitude"),
            Set.of("killing", "murder", "kill", "killed", "shot", "death", "dead", "died", "slain"),
            Set.of("kidnapping", "abduction", "kidnap", "abduct", "hostage"),
            Set.of("probe", "inquiry", "investigation", "investigat"),
            Set.of("charge", "allegation", "accus", "indict", "indictment", "charg"),
            Set.of("material", "document", "file", "paper", "record", "data", "cable"),
            Set.of("weapon", "gun", "rifle", "arm", "pistol", "firearm", "ammunition"),
            Set.of("victim", "dead", "killed", "injured", "wounded", "casualty", "body"),
            Set.of("trial", "hearing", "court", "verdict", "ruling", "sentence", "judge", "jury", "convict", "guilty"));
    private static final Map<String, List<Set<String>>> FAMILY_OF = new HashMap<>();

    static {
        for (Set<String> family : FAMILIES) {
            family.forEach(w -> FAMILY_OF.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(family));
        }
    }

    private ThingReferences() {
    }

    /**
     * Why the clause (a sentence, or its main clause after an opening phrase) points back to a thing that
     * {@code earlier} (the page before it, headline first) has not named; empty when it does not.
     */
    static Optional<String> unintroduced(String clause, String earlier) {
        Matcher m = OPENING.matcher(clause.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        return named(noun, earlier) ? Optional.empty() : Optional.of("refers to a thing the page has not introduced");
    }

    private static boolean named(String noun, String earlier) {
        String stem = singular(noun);
        List<Set<String>> families = FAMILY_OF.getOrDefault(stem, List.of());
        for (String w : Words.tokens(earlier)) {
            String s = singular(w);
            if (s.equals(stem) || families.stream().anyMatch(f -> f.contains(s) || f.stream().anyMatch(x -> x.length() >= 4 && s.startsWith(x)))) {
                return true;
            }
        }
        return false;
    }

    /** The word's stem, with the plurals the crude stemmer misses ("bodies", "robberies", "crashes"). */
    private static String singular(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.matches(".*(?:sh|ch|ss|x)es")) {
            return lower.substring(0, lower.length() - 2);
        }
        return Words.stem(lower);
    }
}
