package dev.storyline.rank;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kind of event a headline names (an earthquake, an election, a shooting), from the words news
 * headlines use for it, so that the front page can keep three quakes in three countries from standing in
 * a row. A headline that names none of these kinds has no kind, and never makes a run. The table is
 * the tuning: one line per kind. Stateless.
 */
final class EventKinds {

    private static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

    static {
        kind("earthquake", "earthquakes?|quakes?|tremors?|aftershocks?");
        kind("storm", "storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?|blizzards?");
        kind("flood", "floods?|flooding|landslides?|mudslides?");
        kind("fire", "wildfires?|bushfires?|fires?|blazes?");
        kind("shooting", "shootings?|gunman|gunmen|shot dead|mass shooting");
        kind("attack", "bombings?|bombers?|explosions?|blasts?|attacks?|terror(?:ist|ism)?");
        kind("crash", "crash(?:es|ed)?|derail(?:s|ed|ment)?|collisions?|plane|jet");
        kind("election", "elections?|votes?|voters?|polls?|ballots?|referendum|primar(?:y|ies)|runoff");
        kind("court", "trials?|court|sentenced|convicted|verdict|charged|indicted|guilty|lawsuit|sues?");
        kind("death", "dies|died|dead at|death of|obituary|passes away");
        kind("deal", "mergers?|acquires|acquisition|takeover|buys|deal");
        kind("launch", "launch(?:es|ed)?|unveils?|releases?|announces?");
        kind("strike", "strikes?|walkouts?|protests?|protesters|rall(?:y|ies)|demonstrations?");
    }

    private EventKinds() {
    }

    private static void kind(String name, String words) {
        KINDS.put(name, Pattern.compile("\\b(?:" + words + ")\\b"));
    }

    /** The first kind whose words the headline uses, or {@code null}. */
    static String of(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String text = headline.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> k : KINDS.entrySet()) {
            if (k.getValue().matcher(text).find()) {
                return k.getKey();
            }
        }
        return null;
    }
}
