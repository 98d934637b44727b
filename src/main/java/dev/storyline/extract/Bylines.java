package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline the way a reader does: as a list of the people who wrote the article. It splits several
 * names ("Ann Lee and Bo Chan", "Ann Lee | Bo Chan", names run together as "Ann LeeBo Chan"), drops what is
 * not a person (the publisher's own name, a news agency or desk, an e-mail address, a handle, "Twitter",
 * a date, a job title) and the "By" of several languages. Stateless and thread-safe.
 */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:by|written by|words by|story by|from|author|authors|reporter|reported by|von|par|por|di|door"
                    + "|av|af|autor|autore|auteur|autorin|texto|text)\\s*[:\\-–]?\\s+");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[,;|/•·]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bwith\\b|&)\\s*|\\s+[-–—]\\s+");
    /** "Analysis by Ann Lee", "Story and photos by Ann Lee": what comes before "by" is a label. */
    private static final Pattern LABEL_BY = Pattern.compile("(?iu)^\\s*(?:\\p{L}+\\s+){1,3}by\\s+");
    /** Words after which a byline goes on with its date: "Ann Lee on Monday", "Ann Lee publiziert am". */
    private static final Pattern DATE_START = Pattern.compile("\\s(?:on|am|at|le|el|il|em)(?:\\s.*)?$"
            + "|(?iu)\\s(?:published|updated|posted|publiziert|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\\b.*$"
            + "|(?iu)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag"
            + "|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b.*$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+|@\\w+|https?://\\S+|www\\.\\S+");
    private static final Pattern MONTH = Pattern.compile("(?iu)\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");
    /** Words that say a part of a byline names an organisation, a desk or a role, not a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("news", "press", "agency", "agencies", "staff", "desk",
            "team", "editorial", "editors", "editor", "newsroom", "media", "online", "service", "wire", "wires",
            "bureau", "reuters", "ap", "afp", "dpa", "efe", "ansa", "xinhua", "upi", "pa", "associated", "redaktion",
            "rédaction", "redacción", "redazione", "redação", "times", "post", "herald", "daily", "tribune",
            "journal", "gazette", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
            "contributor", "contributors", "columnist", "journalist", "twitter", "facebook", "instagram", "linkedin",
            "email", "e-mail", "follow", "updated", "published", "posted", "admin", "administrator", "guest",
            "sponsored", "partner", "content", "digital", "web", "radio", "tv", "television", "magazine", "group",
            "inc", "ltd", "llc", "gmbh", "international", "network", "more", "read", "view", "all", "articles",
            "business", "sport", "sports", "politics", "analysis", "opinion", "гость", "редакция");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(?:com|net|org|co|news|info|de|fr|uk|ru|in)\\b");
    /** Surname particles that keep a capital inside a name: "McDonald", "DeSantis", "LaGuardia". */
    private static final Pattern GLUED_NAMES = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");

    private Bylines() {
    }

    /**
     * The person names in one byline value.
     *
     * @param byline    the raw value, maybe with "By", dates, e-mails and several names
     * @param publisher the publisher's name when known, so that a byline naming it is dropped
     */
    static List<String> names(String byline, String publisher) {
        return names(byline, publisher == null ? List.of() : List.of(publisher));
    }

    /** The person names in one byline value, dropping any that is one of the site's names. */
    static List<String> names(String byline, java.util.Collection<String> siteNames) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        String s = LABEL_BY.matcher(Draft.clean(byline)).replaceFirst("");
        s = DATE_START.matcher(s).replaceFirst("");
        s = EMAIL.matcher(s).replaceAll(",");
        // A date or time ends the names: "Ann Lee 12 March 2024", "Ann Lee, 11/18/19 11:04 PM".
        s = cutAt(s, MONTH);
        int digit = firstDigit(s);
        if (digit >= 0) {
            s = s.substring(0, digit);
        }
        s = s.replaceAll("[()\\[\\]]", ",");
        List<String> sites = new ArrayList<>();
        for (String site : siteNames) {
            String n = MainContent.normaliseForCompare(site);
            if (!n.isEmpty()) {
                sites.add(n);
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(s)) {
            for (String name : splitGlued(part)) {
                String n = PREFIX.matcher(name).replaceFirst("").replaceAll("^[\\p{P}\\s]+|[\\p{P}&&[^.]]+$|\\s+[\\-–—]+$", "")
                        .strip();
                n = readableCase(n);
                if (isPerson(n, sites) && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        // Beside full names, a single word is a brand or a desk ("Ann Lee, Futurism"), not a co-author.
        if (out.stream().anyMatch(n -> n.contains(" "))) {
            out.removeIf(n -> !n.contains(" ") && Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.LATIN);
        }
        return out;
    }

    /** "TOM KRISHER" as a reader writes it: "Tom Krisher". */
    private static String readableCase(String name) {
        if (name.length() < 4 || !name.contains(" ") || !name.equals(name.toUpperCase(Locale.ROOT))
                || !name.matches("[\\p{IsLatin} .'\\-]+")) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }

    /** The person names of several byline values, in order, each once. */
    static List<String> names(List<String> bylines, java.util.Collection<String> siteNames) {
        List<String> out = new ArrayList<>();
        for (String b : bylines) {
            for (String n : names(b, siteNames)) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static List<String> splitGlued(String part) {
        String[] pieces = GLUED_NAMES.split(part.strip());
        if (pieces.length < 2) {
            return List.of(part);
        }
        // "Ann LeeBo Chan" is two names only when each side has two words; "Ron DeSantis" is one name.
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            if (current.toString().strip().contains(" ") && pieces[i].strip().contains(" ")) {
                out.add(current.toString());
                current = new StringBuilder(pieces[i]);
            } else {
                current.append(pieces[i]);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static boolean isPerson(String name, List<String> sites) {
        if (name.isEmpty() || name.length() > 60 || !Character.isLetter(name.codePointAt(0))
                || DOMAIN.matcher(name).find()) {
            return false;
        }
        String n = MainContent.normaliseForCompare(name);
        for (String site : sites) {
            if (n.equals(site) || site.contains(n) && n.length() >= 4 || n.contains(site) && site.length() >= 4) {
                return false;
            }
        }
        String[] words = name.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        boolean latin = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
            if (NOT_A_PERSON.contains(lower) || lower.contains("-") && NOT_A_PERSON.contains(lower.split("-")[0])) {
                return false;
            }
            int cp = w.codePointAt(0);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin = true;
            }
        }
        if (!latin) {
            return true;
        }
        // Latin-script names are capitalised ("de", "van", "bin" aside); a lower-case phrase is not a name.
        int capitals = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitals++;
            }
        }
        return capitals >= Math.max(1, words.length - 2) && Character.isUpperCase(name.codePointAt(0))
                && !name.equals(name.toUpperCase(Locale.ROOT)) || words.length >= 2 && capitals == words.length;
    }

    private static String cutAt(String s, Pattern p) {
        var m = p.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
