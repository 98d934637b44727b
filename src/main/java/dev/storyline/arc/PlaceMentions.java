package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the places among a story's names from its participants (people, organisations), since the names
 * carry no type: a name counts as mentioned as a place where a preposition of place leads to it ("in
 * Paris", "near Place Vendome", "from Benghazi"), where it opens a dateline ("TRIPOLI (Reuters) -"), or
 * where "-based" follows it; a country's name, a country's adjective ("Libyan") and the name of a city
 * that names a time zone ("Paris", "Tripoli") are always places. Two stories that share only places (two
 * heists in one city) have no participant in common, which is what storylines are linked by. Thread-safe.
 */
public final class PlaceMentions {

    /** The share of a name's mentions that must read as a place for the name to be one. */
    static final double PLACE_SHARE = 0.4;

    /** A preposition of place ending right before the name, with an optional article. */
    private static final Pattern LOCATIVE = Pattern.compile(
            "\\b(?i:in|at|near|outside|from|across|into|throughout|around|inside|within|toward|towards|on)\\s+(?:(?i:the)\\s+)?"
                    + "(?:(?!(?:with|of|for|to|by|and|or|against|about|over|behalf)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^,?\\s*(?:\\p{Lu}[\\p{L}.]*\\s*)*(?:\\(|[-–—]\\s)");
    private static final int LOOK_BACK = 16;

    /** Countries, regions and the cities that name a time zone ("Europe/Paris", "Africa/Tripoli"). */
    private static final Set<String> KNOWN = knownPlaces();
    private static final Set<String> DEMONYMS = Set.of("french", "british", "dutch", "swiss", "greek", "english",
            "irish", "scottish", "welsh", "danish", "swedish", "spanish", "polish", "turkish", "thai", "finnish",
            "arab", "european", "african", "asian", "western", "kurdish", "flemish", "basque", "filipino", "portuguese");

    private PlaceMentions() {
    }

    /** For each name of the articles (lower case), how many of its mentions read as a place's. */
    public static Map<String, Integer> count(List<AnalyzedArticle> articles) {
        Map<String, Integer> out = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (AnalyzedSentence s : a.sentences()) {
                for (String name : new HashSet<>(s.entities())) {
                    int places = placeMentions(s.text(), name);
                    if (places > 0) {
                        out.merge(name.toLowerCase(Locale.ROOT), places, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a name (lower case) is a place: a country, or a name that {@code placeMentions} of its
     * {@code mentions} mention as a place, at least {@value #PLACE_SHARE} of them.
     */
    public static boolean isPlace(String name, int placeMentions, int mentions) {
        return KNOWN.contains(name) || isDemonym(name) || mentions > 0 && placeMentions >= PLACE_SHARE * mentions;
    }

    /** "Libyan", "Egyptian", "French": a country's adjective names where, not who. */
    static boolean isDemonym(String name) {
        if (DEMONYMS.contains(name)) {
            return true;
        }
        for (String suffix : List.of("n", "an", "ian", "ese", "i")) {
            if (name.length() > suffix.length() + 2 && name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (KNOWN.contains(stem) || KNOWN.contains(stem + "a") || KNOWN.contains(stem + "y")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many times the sentence mentions the name as a place. */
    static int placeMentions(String sentence, String name) {
        int n = 0;
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length())) {
            String before = sentence.substring(Math.max(0, at - LOOK_BACK), at);
            String after = sentence.substring(at + name.length());
            boolean dateline = at == 0 && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 2
                    && DATELINE_AFTER.matcher(after).find();
            if (LOCATIVE.matcher(before).find() || dateline || after.startsWith("-based")) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> knownPlaces() {
        Set<String> out = new HashSet<>();
        for (String zone : java.time.ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && Character.isUpperCase(zone.charAt(0)) && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                out.add(zone.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        }
        for (String code : Locale.getISOCountries()) {
            out.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        out.addAll(Set.of("britain", "great britain", "england", "scotland", "wales", "us", "u.s", "u.s.",
                "usa", "america", "uk", "u.k", "the netherlands", "holland", "russia", "syria", "iran",
                "south korea", "north korea", "congo", "ivory coast", "vietnam", "laos", "the united states",
                "united states", "united kingdom", "czech republic", "palestine", "gaza", "west bank", "kosovo",
                "taiwan", "tibet", "europe", "africa", "asia", "middle east", "latin america"));
        return Set.copyOf(out);
    }
}
