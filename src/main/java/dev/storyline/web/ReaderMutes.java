package dev.storyline.web;

import dev.storyline.story.StoryPage;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a reader hid from the front page: publishers and topic words, kept in a cookie of their own
 * browser (no account). A story is hidden when every publisher of its original reports is muted, or when
 * its headline or lead uses a muted word (a whole word, in any case). Immutable.
 *
 * @param publishers muted publisher names, as the pages show them
 * @param words      muted words or phrases
 */
public record ReaderMutes(List<String> publishers, List<String> words) {

    /** The cookie's name. */
    public static final String COOKIE = "storyline-mutes";
    /** Most entries of each kind kept: a cookie holds about 4 KB. */
    static final int MAX_ENTRIES = 40;
    /** Longest entry kept, in characters. */
    static final int MAX_LENGTH = 60;
    /** Nothing muted. */
    public static final ReaderMutes NONE = new ReaderMutes(List.of(), List.of());

    private static final Pattern LINES = Pattern.compile("[\\r\\n]+");

    public ReaderMutes {
        publishers = cleaned(publishers);
        words = cleaned(words);
    }

    /** The mutes from form fields holding one entry a line. */
    public static ReaderMutes fromLines(String publisherLines, String wordLines) {
        return new ReaderMutes(lines(publisherLines), lines(wordLines));
    }

    /** The mutes a cookie value holds; {@link #NONE} for an absent or unreadable one. */
    public static ReaderMutes fromCookie(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<String> publishers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String part : value.split("&")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue; // a damaged cookie loses that entry, not the page
            }
            switch (part.substring(0, eq)) {
                case "p" -> publishers.add(decoded);
                case "w" -> words.add(decoded);
                default -> { }
            }
        }
        return new ReaderMutes(publishers, words);
    }

    /** The cookie value: {@code p=Name&p=Other&w=word}, each entry URL-encoded. */
    public String toCookie() {
        List<String> parts = new ArrayList<>();
        publishers.forEach(p -> parts.add("p=" + URLEncoder.encode(p, StandardCharsets.UTF_8)));
        words.forEach(w -> parts.add("w=" + URLEncoder.encode(w, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    public boolean isEmpty() {
        return publishers.isEmpty() && words.isEmpty();
    }

    /** These mutes with one more publisher. */
    public ReaderMutes withPublisher(String name) {
        List<String> more = new ArrayList<>(publishers);
        more.add(name);
        return new ReaderMutes(more, words);
    }

    /** Whether the front page leaves this story out for this reader. */
    public boolean hides(StoryPage page) {
        return !shown().test(page);
    }

    /**
     * The test of the stories this reader's front page shows, with the words compiled once, for a whole
     * list.
     */
    public Predicate<StoryPage> shown() {
        if (isEmpty()) {
            return page -> true;
        }
        Set<String> muted = new HashSet<>();
        publishers.forEach(p -> muted.add(p.toLowerCase(Locale.ROOT)));
        List<Pattern> patterns = words.stream()
                .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"))
                .toList();
        return page -> !allPublishersMuted(page, muted) && !usesMutedWord(page, patterns);
    }

    private static boolean allPublishersMuted(StoryPage page, Set<String> muted) {
        if (muted.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (StoryPage.Source s : page.sources()) {
            if (s.publisher() == null || s.publisher().isBlank()) {
                continue;
            }
            any = true;
            if (!muted.contains(s.publisher().strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return any;
    }

    private static boolean usesMutedWord(StoryPage page, List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder(page.headline() == null ? "" : page.headline());
        if (!page.sections().isEmpty()) {
            page.sections().get(0).sentences().forEach(s -> text.append(' ').append(s.text()));
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.matcher(lower).find());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(LINES.split(text));
    }

    private static List<String> cleaned(List<String> entries) {
        Set<String> out = new LinkedHashSet<>();
        if (entries != null) {
            for (String e : entries) {
                String s = e == null ? "" : e.strip().replaceAll("\\p{Cntrl}", "");
                if (!s.isEmpty() && s.length() <= MAX_LENGTH && out.size() < MAX_ENTRIES
                        && out.stream().noneMatch(s::equalsIgnoreCase)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }
}
