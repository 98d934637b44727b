package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.text.Words;

import java.text.BreakIterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a story's headline: the source title that the other titles and the leading fact agree with
 * most, newer titles first among near-equals, cleaned of site names, labels such as "(Update)", datelines
 * and date stamps, at most 110 characters. A title that is only the article's first sentence, a fragment,
 * or a tentative claim ("still in talks", "expected to") that newer sources on the page have moved past is
 * not taken. When no title is usable, the headline is composed from the leading fact: who did what
 * (see {@link SectionHeading}), and where. Stateless.
 */
public final class Headline {

    static final int MAX_CHARS = 110;
    private static final int FALLBACK_FACTS = 6;
    /** Shortest cut at a clause boundary or a space that still reads as a headline. */
    private static final int MIN_CUT = 40;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:]|::)\\s+[^|\\-–—]{2,40}$");
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(?i)^(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}.*|\\d{1,2}\\s?[/.]\\s?\\d{1,2}\\s?[/.]\\s?\\d{2,4}.*|updated.*|published.*|home|news|page \\d+)$");

    /** Labels that sell the article rather than name the event. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:breaking(?: news)?|update[d]?(?: \\d+)?|exclusive|watch|video|photos?|pictures|live|opinion|analysis|just in)\\s*[:|\\-–—]\\s*");
    /** "(Update)", "(UPDATE 2)", "[Video]", "(Photos)" anywhere in the title. */
    private static final Pattern BRACKETED_LABEL = Pattern.compile(
            "(?i)\\s*[(\\[](?:update[d]?(?: \\d+)?|corrected|video|photos?|pictures|live|watch|audio|graphic|infographic|exclusive|opinion)[)\\]]\\s*");
    /** "date 2026-01-13", "- Jan 13, 2026", "| 11/09/2010", "13.01.2026": a date stamp, not news. */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "(?i)\\s*(?:[|\\-–—,:]\\s*)?(?:\\bdate[d]?\\s*:?\\s*)?(?:\\d{4}-\\d{2}-\\d{2}(?:[t ][\\d:]+z?)?|\\d{1,2}\\s?[/.]\\s?\\d{1,2}\\s?[/.]\\s?\\d{2,4}"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4})\\s*$");
    private static final Pattern CLICKBAIT = Pattern.compile(
            "(?i)you won'?t believe|here'?s (?:why|what|how)|this is why|what you need to know|\\bshocking\\b|jaw-dropping|!{2,}");
    /** A closing single quote with no opening one: the start of the quotation was cut off. */
    private static final Pattern HALF_QUOTED = Pattern.compile("^(?!.*(?:^|\\s)['‘]\\p{L}).*\\p{L}['’](?:\\s|$)(?<!s['’]\\s)(?<!s['’]$).*");
    /** A claim of a state of things still open: newer sources on the page may have moved past it. */
    private static final Pattern TENTATIVE = Pattern.compile(
            "(?i)\\b(?:still|in talks|in (?:\\w+ )?negotiations?|negotiating|expected to|set to|poised to|plans? to|may|might|could|considering|mulls?|eyes|rumou?r(?:ed|s)?|reportedly|in line to|tipped to)\\b");
    /** "South Sudan: "Sudan bombed refugee camp"": a label and someone's words, not the event named. */
    private static final Pattern QUOTED_CLAIM = Pattern.compile("^[^\"“”]{0,40}[:\\-–—]?\\s*[\"“'‘].*[\"”'’]$");
    /**
     * "X is a celeb favorite -- it's also where ...", "Oh, it's been so long since we ...": a title that is a
     * lede, written as a sentence of the article, not as a headline. Headlines do not join clauses with
     * "--", talk to the reader ("we", "you"), open on an interjection or say "it's also".
     */
    private static final Pattern LEDE = Pattern.compile(
            "--|(?i:\\bit['’]s also\\b|^(?:oh|well|so|ah|yes|no|wow|ok|okay)\\b,)|(?:^|\\s)(?:[Ww]e|[Ww]e['’](?:re|ve)|[Yy]ou|[Yy]ou['’]re|I['’]m|I['’]ve|[Oo]ur)\\b");
    /** Words at most in a title that ends on a full stop: longer, it is a sentence of the article. */
    private static final int MAX_SENTENCE_TITLE_WORDS = 12;
    /** A composed clause whose verb states a state, not an event. */
    private static final Pattern STATE = Pattern.compile("^\\S+(?: \\S+){0,5}? (?:is|are|was|were|has|have|remains|remain) ");
    private static final Pattern PLACE = Pattern.compile("\\b(in|at|off|near|outside) (?:(?:a|an|the) )?(\\p{Lu}[\\p{L}.'’-]*(?: (?:of |de |)\\p{Lu}[\\p{L}.'’-]*){0,3})");

    private Headline() {
    }

    /**
     * @param articles     the story's articles, oldest first
     * @param leadingFacts the page's sentences, most important first; the fallback when no source
     *                     headline is usable
     */
    public static String choose(List<AnalyzedArticle> articles, List<String> leadingFacts) {
        String leadingFact = leadingFacts.isEmpty() ? null : leadingFacts.get(0);
        List<String> titles = articles.stream().map(a -> clean(a.article().title(), a.article().publisher())).toList();
        Map<String, Integer> wordFreq = new HashMap<>();
        titles.forEach(t -> new HashSet<>(stems(t)).forEach(w -> wordFreq.merge(w, 1, Integer::sum)));
        Set<String> factWords = new HashSet<>(stems(leadingFact == null ? "" : leadingFact));
        String best = null;
        double bestScore = 0;
        String bestOvertaken = null;
        double bestOvertakenScore = 0;
        for (int i = 0; i < articles.size(); i++) {
            String t = titles.get(i);
            if (!usable(t) || isFirstSentence(t, articles.get(i))) {
                continue;
            }
            Set<String> ws = new HashSet<>(stems(t));
            double score = 0;
            for (String w : ws) {
                score += wordFreq.getOrDefault(w, 0) - 1 + (factWords.contains(w) ? 1 : 0);
            }
            // agreement first; among near-equals the newer title, which knows more
            score = score / Math.sqrt(ws.size() + 1) + 0.01 + 0.3 * i / Math.max(1, articles.size() - 1);
            boolean revised = i < articles.size() - 1 && (TENTATIVE.matcher(t).find()
                    || !figuresHoldLater(t, articles.subList(i + 1, articles.size())));
            if (revised || overtaken(t, i, titles, articles)) {
                // however many titles repeat an overtaken claim, it is the headline only when every title is overtaken
                if (score > bestOvertakenScore) {
                    bestOvertakenScore = score;
                    bestOvertaken = t;
                }
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best != null || bestOvertaken != null) {
            return best != null ? best : bestOvertaken;
        }
        // titles that are first sentences still say what happened: they join the facts to compose from
        List<String> candidates = new java.util.ArrayList<>(leadingFacts.subList(0, Math.min(FALLBACK_FACTS, leadingFacts.size())));
        titles.stream().filter(t -> !t.isBlank()).forEach(candidates::add);
        return composed(candidates, wordFreq).orElseGet(() -> leadingFact == null ? "" : shorten(leadingFact));
    }

    /**
     * The leading fact as a headline: of the first facts, the one that shares most words with the sources'
     * titles, compressed to who did what, with the place it names when the compression left it out.
     */
    private static java.util.Optional<String> composed(List<String> leadingFacts, Map<String, Integer> wordFreq) {
        String bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String fact : leadingFacts) {
            String h = fact.strip();
            if (SentenceQuality.isQuote(h) || Fragments.surfaceProblem(h.matches(".*[.!?]$") ? h : h + ".").isPresent()) {
                continue;
            }
            Set<String> ws = new HashSet<>(stems(h));
            double score = 0;
            for (String w : ws) {
                score += wordFreq.getOrDefault(w, 0);
            }
            score = score / Math.sqrt(ws.size() + 1) - 0.3 * leadingFacts.indexOf(fact);
            java.util.Optional<String> who = SectionHeading.compress(SectionHeading.tagged(h))
                    .filter(w -> !w.contains("\"") && !w.contains("“") && !w.contains("”") && HeadingGrammar.reads(w));
            if (who.isEmpty()) {
                continue;
            }
            if (STATE.matcher(who.get()).find()) {
                // "Promises is celeb favorite": a headline names what happened, not what something is
                score -= 1;
            }
            String text = withPlace(who.get(), h);
            if (score > bestScore) {
                bestScore = score;
                bestText = text;
            }
        }
        return java.util.Optional.ofNullable(bestText).map(Headline::shorten);
    }

    /** "Indian navy captures 23 pirates" and "... in the Gulf of Aden" give "... in Gulf of Aden". */
    private static String withPlace(String headline, String fact) {
        var m = PLACE.matcher(fact);
        while (m.find()) {
            List<String> words = new java.util.ArrayList<>(List.of(m.group(2).replaceAll("[.,;:]+$", "").split(" ")));
            while (!words.isEmpty() && SectionHeading.isTimeWord(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            String place = String.join(" ", words);
            // "at a Los Angeles area hospital" places the event in Los Angeles
            String preposition = m.group(1).equals("at") && !m.group().startsWith("at " + m.group(2)) ? "in" : m.group(1);
            if (!place.isEmpty() && !headline.contains(place) && !SectionHeading.isTimeWord(place)
                    && headline.length() + place.length() + 4 <= MAX_CHARS) {
                return headline + " " + preposition + " " + place;
            }
        }
        return headline;
    }

    /** True when another source's title has moved past this one: a later stage, or (newer) a negation. */
    private static boolean overtaken(String title, int index, List<String> titles, List<AnalyzedArticle> articles) {
        boolean tentative = TENTATIVE.matcher(title).find();
        Set<String> mine = nameWords(articles.get(index));
        for (int j = 0; j < titles.size(); j++) {
            if (j == index) {
                continue;
            }
            Set<String> shared = new HashSet<>();
            if (j > index) {
                shared.addAll(nameWords(articles.get(j)));
                shared.retainAll(mine);
            }
            if (Overtaken.by(title, titles.get(j), j > index, tentative, shared)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased words of the names an article mentions. */
    private static Set<String> nameWords(AnalyzedArticle a) {
        Set<String> words = new HashSet<>();
        a.entities().forEach(e -> words.addAll(Words.contentWords(e)));
        return words;
    }

    /** True when every figure of the title also appears in a newer article: the later reports did not revise it. */
    private static boolean figuresHoldLater(String title, List<AnalyzedArticle> newer) {
        List<String> figures = Words.numbers(title);
        if (figures.isEmpty()) {
            return true;
        }
        for (AnalyzedArticle a : newer) {
            Set<String> theirs = new HashSet<>(Words.numbers(a.article().title() + " " + a.article().text()));
            if (!theirs.containsAll(figures) && !Words.numbers(a.article().title()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** True when the "title" is the article's first sentence, or its opening: a feed or corpus without titles. */
    private static boolean isFirstSentence(String title, AnalyzedArticle a) {
        if (a.sentences().isEmpty()) {
            return false;
        }
        List<String> t = Headings.words(title);
        List<String> first = Headings.words(a.sentences().get(0).text());
        return t.size() >= 4 && first.size() >= t.size() && first.subList(0, t.size()).equals(t);
    }

    static String clean(String title, String publisher) {
        String t = title == null ? "" : dev.storyline.text.SplitRepair.respace(title.strip().replaceAll("\\s+", " "));
        // "Direct'Hunger Games' Sequel": a tokenising source lost the space before an opening quote
        t = t.replaceAll("(\\p{Ll})(['‘\"“])(\\p{Lu})", "$1 $2$3");
        t = LABEL.matcher(t).replaceFirst("");
        t = BRACKETED_LABEL.matcher(t).replaceAll(" ").strip();
        if (publisher != null && !publisher.isBlank()) {
            String p = Pattern.quote(publisher.strip());
            t = t.replaceAll("(?i)\\s*[|\\-–—:]\\s*" + p + "\\s*$", "").replaceAll("(?i)^" + p + "\\s*[|\\-–—:]\\s*", "");
        }
        t = DATE_STAMP.matcher(t).replaceFirst("");
        var m = SITE_SUFFIX.matcher(t);
        if (m.find() && m.start() > 25) {
            t = t.substring(0, m.start());
        }
        t = DATE_STAMP.matcher(t).replaceFirst("");
        String undated = SentenceQuality.clean(t);
        return (undated.length() >= MIN_CUT / 2 ? undated : t).strip();
    }

    private static boolean usable(String t) {
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words >= 4 && t.length() <= MAX_CHARS && !NOT_A_HEADLINE.matcher(t).matches()
                && !CLICKBAIT.matcher(t).find() && SentenceQuality.balancedQuotes(t) && !HALF_QUOTED.matcher(t).matches()
                && !t.endsWith("?") && !Headings.endsWeak(t) && !QUOTED_CLAIM.matcher(t).matches() && !Character.isLowerCase(t.codePointAt(0))
                && !ledeLike(t);
    }

    /** True when the title reads as a sentence of an article's opening, not as a headline. */
    static boolean ledeLike(String title) {
        String outside = title.replaceAll("[\"“][^\"”]*[\"”]", " ");
        if (LEDE.matcher(outside).find()) {
            return true;
        }
        int words = title.split("\\s+").length;
        long commas = outside.chars().filter(c -> c == ',').count();
        return title.matches(".*\\p{Ll}{2,}[.!]$") && words > MAX_SENTENCE_TITLE_WORDS || commas >= 3 && words > 14;
    }

    /**
     * Cuts a sentence to a headline: whole when it fits, else up to the last clause boundary that fits,
     * else at the last space, else (a script written without spaces) at the last whole grapheme cluster,
     * with an ellipsis so that the cut shows. Never splits a character, a surrogate pair or a cluster.
     */
    static String shorten(String sentence) {
        String s = sentence == null ? "" : sentence.strip().replaceAll("[.。]$", "");
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(", ", MAX_CHARS);
        if (cut >= MIN_CUT) {
            return s.substring(0, cut).strip();
        }
        int space = s.lastIndexOf(' ', MAX_CHARS - 1);
        if (space >= MIN_CUT) {
            return s.substring(0, space).strip() + "…";
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(s);
        int end = graphemes.preceding(MAX_CHARS);
        if (end <= 0) {
            // a single cluster longer than a headline: keep it whole rather than break it
            end = graphemes.following(0);
            return end >= s.length() ? s : s.substring(0, end) + "…";
        }
        return s.substring(0, end).strip() + "…";
    }

    private static List<String> stems(String s) {
        return Words.contentWords(s).stream().map(Words::stem).toList();
    }
}
