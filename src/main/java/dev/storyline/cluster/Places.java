package dev.storyline.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence says its event happened, as places that contain one another: countries, their
 * regions, and cities of 15,000 people or more (GeoNames, see the README beside {@code places.tsv}). A
 * place is read as {@code CC} (a country) or {@code CC/REGION}; two readings are the same place when one
 * contains the other ("Malibu, Calif." and "California"; "Bandar Abbas" and "Iran"), so only places
 * that lie apart conflict. A name of several places ("Paris", "Victoria") keeps all its readings, and
 * two sentences conflict only when none of their readings agree.
 *
 * <p>A place counts where the sentence says something happened there: after "in", "near", "at" and the
 * like, as a dateline opening the sentence, or after a comma following such a place ("in Malibu,
 * Calif."); "India said" names an actor, and many city names are also surnames and words ("Jackson",
 * "Split", "Nice"). Thread-safe once loaded.
 */
final class Places {

    private static final Places DEFAULT = load();

    /** Words after which a city name says where something happened. */
    private static final Set<String> CUES = Set.of("in", "near", "at", "outside", "off", "from", "into", "to",
            "toward", "towards", "across", "around");
    /** Words that join the parts of a longer name ("Stade de Suisse", "University of Phoenix"). */
    private static final Set<String> JOINERS = Set.of("de", "del", "des", "du", "la", "le", "of", "and", "&");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*(?:\\.(?:[\\p{L}]\\.)*)?|\\S");
    private static final int LONGEST_NAME = 4;

    /** Readings of a name, keyed by its lowercase form; {@code region} tells a country or region from a city. */
    private record Entry(String name, Set<String> readings, boolean region) {
    }

    private final Map<String, Entry> byName;

    private Places(Map<String, Entry> byName) {
        this.byName = byName;
    }

    static Places shared() {
        return DEFAULT;
    }

    /**
     * The places a sentence states: their readings, and their names in lowercase as written.
     */
    record Stated(Set<String> readings, Set<String> names) {
    }

    /** The places a sentence (or title) says something happened in; empty sets when it states none. */
    Stated in(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Set<String> readings = new HashSet<>();
        Set<String> names = new HashSet<>();
        int lastEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!Character.isUpperCase(tokens.get(i).codePointAt(0))) {
                continue;
            }
            for (int len = Math.min(LONGEST_NAME, tokens.size() - i); len >= 1; len--) {
                Entry e = lookup(tokens, i, len);
                // "in Banstead, Surrey": a place right after a stated one, past a comma, is its region.
                boolean chained = i >= 2 && lastEnd == i - 1 && tokens.get(i - 1).equals(",");
                if (e != null && (chained || cued(tokens, i, len)) && !longerName(tokens, i + len, e.region())) {
                    readings.addAll(e.readings());
                    names.add(e.name());
                    lastEnd = i + len;
                    i += len - 1;
                    break;
                }
            }
        }
        return new Stated(readings, names);
    }

    private Entry lookup(List<String> tokens, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k));
        }
        String name = sb.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        Entry e = byName.get(name);
        if (e == null && name.endsWith(".")) {
            e = byName.get(name.substring(0, name.length() - 1));
        }
        return e;
    }

    /** A city name after a word of place, or opening the sentence as a dateline ("BAM, Iran -"). */
    private static boolean cued(List<String> tokens, int from, int len) {
        if (from == 0) {
            return from + len < tokens.size() && Set.of(",", "(", "-", "—", "–", ":").contains(tokens.get(from + len));
        }
        String before = tokens.get(from - 1).toLowerCase(Locale.ROOT);
        if (CUES.contains(before)) {
            return true;
        }
        // "in southern Iran", "in the city of Bam"
        return from >= 2 && CUES.contains(tokens.get(from - 2).toLowerCase(Locale.ROOT))
                && Character.isLowerCase(before.codePointAt(0)) && !before.equals("the");
    }

    /**
     * The name goes on past a city's name: "Stade de Suisse", "Los Angeles Superior Court" name no city;
     * a region's name followed by another ("California Highway Patrol") still places it.
     */
    private static boolean longerName(List<String> tokens, int next, boolean region) {
        if (next >= tokens.size() || region) {
            return false;
        }
        String t = tokens.get(next);
        if (Character.isUpperCase(t.codePointAt(0))) {
            return true;
        }
        return JOINERS.contains(t) && next + 1 < tokens.size() && Character.isUpperCase(tokens.get(next + 1).codePointAt(0));
    }

    /** True when two sets of readings both name places and no reading of one contains or lies in one of the other. */
    static boolean apart(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (same(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One reading contains the other: the same country, and the same region where both give one. */
    static boolean same(String x, String y) {
        int i = x.indexOf('/');
        int j = y.indexOf('/');
        String cx = i < 0 ? x : x.substring(0, i);
        String cy = j < 0 ? y : y.substring(0, j);
        return cx.equals(cy) && (i < 0 || j < 0 || x.equals(y));
    }

    private static Places load() {
        Map<String, Set<String>> readings = new HashMap<>();
        Set<String> regions = new HashSet<>();
        read("places.tsv", readings, regions);
        read("regions.tsv", readings, regions);
        Map<String, Entry> out = HashMap.newHashMap(readings.size());
        readings.forEach((name, r) -> out.put(name, new Entry(name.replace(".", "").intern(), Set.copyOf(r), regions.contains(name))));
        return new Places(out);
    }

    /** Reads {@code name<TAB>country<TAB>region} lines; a line without a region, or from regions.tsv, is a region. */
    private static void read(String resource, Map<String, Set<String>> readings, Set<String> regions) {
        boolean allRegions = resource.equals("regions.tsv");
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + Places.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].length() < 2) {
                    continue;
                }
                String name = f[0].toLowerCase(Locale.ROOT).replace('’', '\'');
                String region = f.length > 2 ? f[2] : "";
                readings.computeIfAbsent(name, k -> new HashSet<>()).add((region.isEmpty() ? f[1] : f[1] + "/" + region).intern());
                if (allRegions || region.isEmpty()) {
                    regions.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
