package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.storyline.time.Lexicon.MONTH_WORDS;
import static dev.storyline.time.Lexicon.NUMBER_WORDS;
import static dev.storyline.time.Lexicon.UNIT_WORDS;
import static dev.storyline.time.Lexicon.WEEKDAY_WORDS;

/**
 * Finds date and time expressions in English news text and resolves each against a reference date (the
 * article's publication date) to a TIMEX3 value: a day, month, year, decade or century, a week or quarter,
 * a time of day, a duration ({@code P3Y}), a set ({@code P1D} for "daily") or a vague reference
 * ({@code PAST_REF}). News conventions decide the relative forms: a bare weekday is the nearest such day on or
 * before the publication date unless its clause points forward ("will", "is scheduled", "next") and no verb in
 * the past tense comes just before it ("said Tuesday"); a month without a year is the most recent one unless
 * the clause points forward or it is one of the next two months (then it is the coming one, as in "payable in
 * January" written in November); a day without a year is the nearest such day, a day on the far side of the
 * clause's direction counting three times its distance. A range such as "March 3-5" gives two expressions, one
 * per end, as TimeML annotates it. Durations are typed {@code DURATION} and never give a calendar date. Counts
 * that are ages ("45-year-old"), amounts ("$2,010", "2010 people") or rates ("$5 a year") are not expressions.
 *
 * <p>With no reference date, relative expressions keep TIMEX3 unknowns ({@code XXXX-WXX-2} for "Tuesday",
 * {@code XXXX-10} for "October"), which {@link TimeExpression#date()} does not turn into a calendar date;
 * absolute ones resolve as usual.
 *
 * <p>Thread-safe: one instance can serve every thread (each thread keeps its own pattern matchers). A call
 * costs a scan of the text, one lookup per word and a few anchored pattern tries at the words that can start
 * an expression: tens of thousands of sentences per second on one core.
 */
public final class TemporalTagger {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String MONTH = "(?<mon>" + MONTH_WORDS + ")";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1[0-9]{3}|20[0-9]{2})";
    private static final String END = "(?![\\w]|['’](?!s\\b))";
    private static final String MOD = "(?:(?<mod>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of"
            + "|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of|end-)[\\s-]*)?";
    private static final String PART = "(?<part>morning|afternoon|evening|night)";
    /** The day a clock time may name after it: "5 p.m. Thursday", "noon, Nov. 9". */
    private static final String DAY_AFTER = "(?:\\s*,?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY_WORDS
            + "|today|yesterday|tomorrow)|(?<mon>" + MONTH_WORDS + ")\\s+(?<day>[0-3]?\\d)(?![\\d:])))?";

    private static final Set<String> COUNT_NOUNS = Set.of("people", "persons", "troops", "soldiers", "workers",
            "employees", "jobs", "shares", "students", "cases", "deaths", "votes", "miles", "kilometers",
            "kilometres", "km", "meters", "metres", "feet", "tons", "tonnes", "barrels", "units", "cars", "homes",
            "houses", "acres", "pounds", "dollars", "euros", "yen", "points", "residents", "members", "police",
            "officers", "patients", "children", "men", "women", "passengers", "lives", "civilians", "percent",
            "families", "users", "customers", "copies", "signatures", "rounds", "vehicles", "flights", "hectares");
    private static final Set<String> AMOUNT_BEFORE = Set.of("$", "€", "£", "¥", "no.", "no", "#", "number",
            "about", "some", "nearly", "almost", "than", "approximately", "roughly", "least", "only", "just",
            "page", "route", "flight", "room", "model", "version", "top", "ranked", "over", "under");

    private static final Pattern AMOUNT = Pattern.compile("[$€£¥]?\\d[\\d,.]*(?:%|m|bn|k)?");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?:the\\s+)?(?:a|one)\\s+year\\s+(?:ago|earlier)|(?:the\\s+)?year-(?:ago|earlier)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern QUARTER_WORD = Pattern.compile("\\bquarter\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:profits?|earnings|revenues?|sales|results"
            + "|income|economy|economic|growth|GDP|fiscal|quarterly|dividends?|shares|stocks?|percent|%|billion"
            + "|million)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAME_WORDS = Pattern.compile("\\b(?:game|games|match|play|played|scored?|points"
            + "|touchdowns?|goals?|halftime|quarterback|yards?|innings?|overtime|lead|led|rally|rallied|deficit"
            + "|victory|win|won|defense|offense|field|basket|rebounds?|penalty|kick)\\b", Pattern.CASE_INSENSITIVE);
    /** How many months after the publication month a bare month name may still mean this year's. */
    private static final int NEAR_MONTHS = 2;
    private static final Set<String> MONTH_BACK = Set.of("since", "last");
    private static final Set<String> RATE_BEFORE = Set.of("once", "twice", "million", "billion", "trillion",
            "thousand", "times", "percent", "%", "cents", "dollars", "euros", "pounds", "yen", "miles", "hours",
            "days", "meals", "barrels", "tons", "tonnes", "shares", "units", "visitors", "passengers", "people",
            "calls", "patients", "rate", "bpd");
    /** Words that make "hours" or "days" a kind of time rather than a length: "office hours", "peak days". */
    private static final Set<String> HOURS_OF = Set.of("office", "business", "peak", "rush", "school", "happy",
            "man", "after", "small", "wee", "dog", "glory", "salad", "olden", "good", "old", "bad");
    private static final Set<String> MONTH_INTRODUCERS = Set.of("in", "of", "since", "until", "by", "early",
            "late", "mid", "through", "from", "to", "before", "after", "during", "between", "and", "or", "last",
            "next", "this", "end", "on", "till", "around", "throughout", "the");

    private final List<Rule> rules = List.of(
            new Rule("iso", "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d)"
                    + "(?::\\d\\d)?)?(?![\\w-])", this::iso),
            new Rule("slash", "(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![\\w/])", this::slash),
            new Rule("weekday", "(?:(?<rel>last|this|next|past|coming|on)\\s+)?(?<wd>" + WEEKDAY_WORDS + ")"
                    + "(?:\\s*,?\\s*(?<mon>" + MONTH_WORDS + ")\\s+" + DAY + "(?:\\s*,\\s*" + YEAR + ")?)?"
                    + "(?:\\s+" + PART + ")?" + END, this::weekday),
            new Rule("monthDay", MOD + "(?:(?<rel>last|this|next|past|coming)\\s+)?(?<mon>" + MONTH_WORDS + ")\\s*"
                    + DAY
                    + "(?:\\s*(?:-|–|to|through|and)\\s*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?"
                    + "(?:\\s*,?\\s*" + YEAR + ")?" + END, this::monthDay),
            new Rule("dayMonth", DAY + "(?:\\s*(?:-|–)\\s*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?"
                    + MONTH + "(?:\\s*,?\\s*" + YEAR + ")?" + END, this::dayMonth),
            new Rule("monthPairYear", MOD + MONTH + "\\s+(?:and|or|to|through|-|–)\\s+(?<mon2>" + MONTH_WORDS
                    + "),?\\s+(?:of\\s+)?" + YEAR + END, this::monthPairYear),
            new Rule("monthRelYear", MOD + MONTH + ",?\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year" + END,
                    this::monthRelativeYear),
            new Rule("monthYear", MOD + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + END, this::monthYear),
            new Rule("month", MOD + "(?:(?<rel>last|this|next|past|coming)\\s+)?" + MONTH
                    + "(?![\\w-]|['’](?!s\\b))", this::month),
            new Rule("season", MOD + "(?:(?<rel>last|this|next|past|coming|the)\\s+)?"
                    + "(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?" + YEAR + ")?" + END,
                    this::season),
            new Rule("year", MOD + "(?<fiscal>(?:the\\s+)?(?:fiscal|calendar)(?:\\s+year)?\\s+|FY\\s*)?" + YEAR
                    + "(?![\\w%'’]|,\\d|\\.\\d|-year|-member|\\s*(?:%|percent))", this::year),
            new Rule("decade", "(?:the\\s+)?" + MOD + "(?:(?<cent>1[0-9]|20)(?<dec>\\d)0|['’](?<dec2>\\d)0)['’]?s"
                    + END, this::decade),
            new Rule("century", "(?:the\\s+)?" + MOD + "(?<ord>\\d{1,2}(?:st|nd|rd|th)|twentieth|nineteenth"
                    + "|eighteenth|twenty-first)[\\s-]+century" + END, this::century),
            new Rule("dayword", "(?<w>today|tonight|yesterday|tomorrow)(?:\\s+" + PART + ")?" + END, this::dayWord),
            new Rule("partOfDay", "(?<rel>this|last|tomorrow|yesterday|late|early)\\s+" + PART + END,
                    this::partOfDay),
            new Rule("clock", "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?:(?<ap>[ap])\\.?m\\.?(?![\\w])"
                    + "|(?<oclock>o'clock))(?::\\d\\d)?"
                    + "(?:\\s+(?<tz>GMT|UTC|[ECMP][SD]T|BST|CET))?" + DAY_AFTER + "(?![\\w])", this::clock),
            new Rule("clock24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)\\s+(?<tz>GMT|UTC)" + DAY_AFTER + END,
                    this::clock),
            new Rule("noon", "(?<w>noon|midnight|midday)" + DAY_AFTER + END, this::noon),
            // "current" and "recent" qualify nouns that are mostly no times ("current account"): left out
            new Rule("present", "(?<w>now|nowadays|currently|presently|at\\s+present|the\\s+present\\s+day"
                    + "|these\\s+days|right\\s+now)" + END, m -> m.one(Type.DATE, "PRESENT_REF")),
            new Rule("pastRef", "(?<w>recently|lately|the\\s+past|at\\s+the\\s+time)" + END,
                    m -> m.one(Type.DATE, "PAST_REF")),
            new Rule("futureRef", "(?<w>the\\s+(?:near\\s+)?future|the\\s+days\\s+ahead)" + END,
                    m -> m.one(Type.DATE, "FUTURE_REF")),
            new Rule("relUnit", MOD.replace("end-", "end-|earlier|later")
                    + "(?<rel>this\\s+past|this\\s+coming|this|last|next|past|previous|coming|current|the\\s+last"
                    + "|the\\s+past|the\\s+previous|the\\s+next|the\\s+coming|the\\s+current|the\\s+following"
                    + "|the\\s+same)"
                    + "\\s+(?<fiscal>fiscal\\s+)?(?<unit>week|weekend|month|year|quarter"
                    + "|decade|century|half)" + END, this::relativeUnit),
            new Rule("endOfUnit", "(?<mod>the\\s+(?:end|beginning|start|middle)\\s+of)\\s+(?:the\\s+)?"
                    + "(?<unit>year|month|week|quarter|decade|century)" + END, this::endOfUnit),
            new Rule("yearEnd", "(?:around\\s+)?(?:year[\\s-]end|year['’]s\\s+end)" + END, this::yearEnd),
            new Rule("spokenYear", "(?:the\\s+year\\s+)?(?<y>nineteen|two\\s+thousand(?:\\s+and)?)(?:[\\s-]+(?<rest>"
                    + Lexicon.NUMBER_WORDS.replace("|a|an|", "|") + "))?" + END, this::spokenYear),
            new Rule("spokenDecade", "the\\s+(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties"
                    + "|nineties)" + END, this::spokenDecade),
            new Rule("theWeekend", "the\\s+weekend" + END, this::theWeekend),
            new Rule("quarter", "(?:the\\s+)?(?:(?:" + YEAR + "|fiscal\\s+(?<fy>\\d{4})|this\\s+year)['’]?s?\\s+)?"
                    + "(?:fiscal[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?"
                    + "(?<unit>quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y2>\\d{4})|(?<rel>this|last|next)\\s+year"
                    + "|the\\s+(?:current|same|previous|following)\\s+year))?" + END, this::quarter),
            new Rule("latestQuarter", "the\\s+(?:(?<q>latest|most\\s+recent|year-ago|year-earlier)\\s+)?"
                    + "(?<unit>quarter|period)" + END, this::latestQuarter),
            new Rule("yearAgo", "(?:the\\s+)?year-(?:earlier|ago)" + END, this::yearAgo),
            new Rule("duration", "(?<pre>(?:the\\s+)?(?:past|last|next|coming|previous|first|final|following"
                    + "|recent|latest|entire|full|same)\\s+|the\\s+(?=\\w+[\\s-]+" + UNIT_WORDS + "))?"
                    + "(?<approx>(?:almost|nearly|up\\s+to|less\\s+than)\\s+)?(?<num>" + NUMBER_WORDS
                    + ")(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?[\\s-]+(?:more\\s+|trading\\s+|business\\s+|working\\s+"
                    + "|additional\\s+|consecutive\\s+|straight\\s+|full\\s+)?(?<unit>" + UNIT_WORDS + ")"
                    + "(?<post>\\s+(?:ago|earlier|later|before|after|from\\s+now|old|of\\s+age)|-long|\\s*-\\s*old)?"
                    + "(?![\\w'’-])", this::duration),
            new Rule("vagueDuration", "(?<pre>(?:the\\s+)?(?:past|last|next|coming|previous|recent|following)"
                    + "\\s+)?(?:(?:few|several|many)\\s+)?(?<unit>seconds|minutes|hours|days|weeks|months|years"
                    + "|decades|centuries)(?<post>\\s+ago)?(?![\\w'’-])", this::vagueDuration),
            new Rule("set", "(?:every|each|per)\\s+(?:(?<num>other|" + NUMBER_WORDS + ")\\s+)?(?<unit>"
                    + UNIT_WORDS + "|" + PART.substring(7, PART.length() - 1) + "|" + WEEKDAY_WORDS
                    + "|spring|summer|fall|autumn|winter)" + END, this::set),
            new Rule("adverbSet", "(?<w>daily|weekly|monthly|nightly|hourly)" + END,
                    this::adverbSet),
            new Rule("holiday", "(?<w>Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year['’]s\\s+(?:Day|Eve)"
                    + "|Thanksgiving(?:\\s+Day)?|Halloween|Independence\\s+Day)(?:\\s*,?\\s*" + YEAR + ")?" + END,
                    this::holiday));

    private final WordIndex<int[]> wordRules;
    private final int[] digitRules = rulesFor("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private final int[] apostropheRules = rulesFor("'", "’");
    /** Each thread's matchers, one per rule, reset onto each new text rather than made anew. */
    private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(() -> {
        Matcher[] all = new Matcher[rules.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = rules.get(r).pattern.matcher("").useTransparentBounds(true);
        }
        return all;
    });

    /** A tagger; build one and share it (compiling the rules takes a few milliseconds). */
    public TemporalTagger() {
        Map<String, int[]> index = new HashMap<>();
        for (String word : Lexicon.TRIGGERS) {
            int[] r = rulesFor(word);
            if (r != null) {
                index.put(word, r);
            }
        }
        wordRules = new WordIndex<>(index);
    }

    /**
     * Finds the expressions in {@code text}, in text order, with offsets into {@code text}.
     *
     * @param text      one sentence (the clause around an expression decides its direction) or a longer text
     * @param reference the date the text was written, or {@code null} when unknown
     */
    public List<TimeExpression> tag(String text, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<TimeExpression> found = new ArrayList<>();
        Matcher[] matchers = this.matchers.get();
        boolean[] onText = new boolean[matchers.length];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !(c == '\'' || c == '’') && c != '$') {
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < n && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int[] candidates = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    ? rulesStartingWith(text, i, wordEnd) : null;
            if (candidates != null) {
                Candidate best = null;
                for (int r : candidates) {
                    Rule rule = rules.get(r);
                    if (!onText[r]) {
                        matchers[r].reset(text);
                        onText[r] = true;
                    }
                    Matcher m = matchers[r];
                    m.region(i, n);
                    if (m.lookingAt() && (best == null || m.end() > best.end)) {
                        List<TimeExpression> got = rule.resolver.resolve(new Match(m, rule, text, reference));
                        if (got != null) {
                            best = new Candidate(m.end(), got);
                        }
                    }
                }
                if (best != null) {
                    found.addAll(best.expressions);
                    i = best.end;
                    continue;
                }
            }
            i = wordEnd;
        }
        for (int r = 0; r < matchers.length; r++) {
            if (onText[r]) {
                matchers[r].reset(""); // let go of the text: a thread's matchers outlive the call
            }
        }
        return anchorYearBefore(found, text, reference);
    }

    /**
     * In a sentence about a quarter's results, "a year ago" and "year-earlier" mean the same quarter of the
     * year before, not the whole year.
     */
    private static List<TimeExpression> anchorYearBefore(List<TimeExpression> found, String text, LocalDate ref) {
        int yearBefore = -1;
        String quarter = null;
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            if (yearBefore < 0 && t.type() == Type.DATE && t.value().length() == 4
                    && YEAR_BEFORE.matcher(t.text()).matches()) {
                yearBefore = i;
            } else if (quarter == null && QUARTER_VALUE.matcher(t.value()).matches()) {
                quarter = t.value();
            }
        }
        if (yearBefore < 0) {
            return found;
        }
        if (quarter == null) {
            if (ref == null || !QUARTER_WORD.matcher(text).find()) {
                return found;
            }
            quarter = CalendarUnit.QUARTER.dateAtGrain(ref.minusMonths(3));
        }
        Matcher q = QUARTER_VALUE.matcher(quarter);
        if (!q.matches()) {
            return found;
        }
        TimeExpression t = found.get(yearBefore);
        String value = (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
        found.set(yearBefore, new TimeExpression(t.start(), t.end(), t.text(), t.type(), value));
        return found;
    }

    /**
     * The rules that can match at a word, or null when none can: a word that starts no expression costs one
     * hash lookup. The index is built once per tagger from the words that can start one.
     */
    private int[] rulesStartingWith(String text, int start, int end) {
        char c = text.charAt(start);
        if (Character.isDigit(c)) {
            return digitRules;
        }
        if (c == '\'' || c == '’') {
            return apostropheRules;
        }
        if (end - start > 12) {
            return null;
        }
        return wordRules.get(text, start, end);
    }

    /** Rules whose pattern matches, or could match given more text, from the start of one of the probes. */
    private int[] rulesFor(String... probes) {
        List<Integer> which = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String probe : probes) {
                Matcher m = rules.get(r).pattern.matcher(probe);
                if (m.lookingAt() || m.hitEnd()) {
                    which.add(r);
                    break;
                }
            }
        }
        return which.isEmpty() ? null : which.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------------------------------------- resolvers

    private List<TimeExpression> iso(Match m) {
        LocalDate d = m.date(m.num("y"), m.num("m"), m.num("d"));
        if (d == null) {
            return null;
        }
        if (m.group("h") != null) {
            return m.one(Type.TIME, d + "T" + m.group("h") + ":" + m.group("mi"));
        }
        return m.one(Type.DATE, d.toString());
    }

    private List<TimeExpression> slash(Match m) {
        int y = m.num("y");
        if (m.group("y").length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate d = m.date(y, m.num("m"), m.num("d"));
        return d == null ? null : m.one(Type.DATE, d.toString());
    }

    private List<TimeExpression> weekday(Match m) {
        if (!m.capitalised("wd")) {
            return null;
        }
        String rel = m.lower("rel");
        int trim = "on".equals(rel) ? m.groupStart("wd") : m.start();
        String value;
        if (m.group("mon") != null) {
            Integer mon = m.monthIfValid("mon", true);
            if (mon == null) {
                return null;
            }
            Integer y = m.group("year") != null ? m.num("year") : null;
            value = dayValue(m, mon, m.num("day"), y, m.direction());
            if (value == null) {
                return null;
            }
        } else {
            value = weekdayValue(m, Lexicon.weekday(m.group("wd")), "on".equals(rel) ? null : rel);
        }
        if (m.group("part") != null) {
            return m.span(trim, m.end(), Type.TIME, value + "T" + partCode(m.group("part")));
        }
        if (m.group("mon") != null) {
            // "Thursday, Jan. 6" is two names of one day, which TimeML marks one by one
            List<TimeExpression> both = new ArrayList<>(m.span(trim, m.groupEnd("wd"), Type.DATE, value));
            both.addAll(m.span(m.groupStart("mon"), m.end(), Type.DATE, value));
            return both;
        }
        return m.span(trim, m.end(), Type.DATE, value);
    }

    private static String weekdayValue(Match m, int weekday, String rel) {
        LocalDate ref = m.reference;
        if (ref == null) {
            return "XXXX-WXX-" + weekday;
        }
        DayOfWeek dow = DayOfWeek.of(weekday);
        boolean forward = "next".equals(rel) || "coming".equals(rel)
                || (rel == null || "this".equals(rel)) && m.direction() == Direction.FUTURE;
        LocalDate d;
        if ("last".equals(rel) || "past".equals(rel)) {
            d = ref.with(TemporalAdjusters.previous(dow));
        } else if ("next".equals(rel)) {
            d = ref.with(TemporalAdjusters.next(dow));
        } else {
            d = forward ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
        }
        return d.toString();
    }

    private List<TimeExpression> monthDay(Match m) {
        Integer mon = m.monthIfValid("mon", true);
        if (mon == null || m.num("day") < 1 || m.num("day") > 31) {
            return null;
        }
        Integer y = m.group("year") != null ? m.num("year") : null;
        String rel = m.lower("rel");
        Direction dir = rel == null || rel.equals("this") ? m.direction()
                : rel.equals("last") || rel.equals("past") ? Direction.PAST : Direction.FUTURE;
        if (rel != null && y == null && m.reference != null) {
            // "last Oct. 23" is the latest one before the publication date, "next Jan. 5" the first after it
            LocalDate d = m.date(m.reference.getYear(), mon, m.num("day"));
            if (d != null) {
                if (dir == Direction.PAST && !d.isBefore(m.reference)) {
                    y = m.reference.getYear() - 1;
                } else if (dir == Direction.FUTURE && !d.isAfter(m.reference)) {
                    y = m.reference.getYear() + 1;
                } else {
                    y = m.reference.getYear();
                }
            }
        }
        String first = dayValue(m, mon, m.num("day"), y, dir);
        if (first == null) {
            return null;
        }
        if (m.group("day2") == null) {
            return m.one(Type.DATE, first);
        }
        int d2 = m.num("day2");
        if (d2 <= m.num("day") || d2 > 31) {
            return null;
        }
        String second = first.substring(0, 8) + String.format("%02d", d2);
        if (!first.startsWith("X") && m.date(Integer.parseInt(first.substring(0, 4)), mon, d2) == null) {
            return null;
        }
        List<TimeExpression> both = new ArrayList<>();
        int dayEnd = m.groupEnd("day");
        while (dayEnd < m.end() && Character.isLetter(m.text.charAt(dayEnd))) {
            dayEnd++;
        }
        both.addAll(m.span(m.start(), dayEnd, Type.DATE, first));
        both.addAll(m.span(m.groupStart("day2"), m.end(), Type.DATE, second));
        return both;
    }

    private List<TimeExpression> dayMonth(Match m) {
        Integer mon = m.monthIfValid("mon", true);
        int day = m.num("day");
        if (mon == null || day < 1 || day > 31 || m.precededBy("$", ".", ",")) {
            return null;
        }
        Integer y = m.group("year") != null ? m.num("year") : null;
        String second = dayValue(m, mon, m.group("day2") != null ? m.num("day2") : day, y, m.direction());
        if (second == null) {
            return null;
        }
        if (m.group("day2") == null) {
            return m.one(Type.DATE, second);
        }
        if (m.num("day2") <= day) {
            return null;
        }
        String first = second.substring(0, 8) + String.format("%02d", day);
        List<TimeExpression> both = new ArrayList<>(m.span(m.start(), m.groupEnd("day"), Type.DATE, first));
        both.addAll(m.span(m.groupStart("day2"), m.end(), Type.DATE, second));
        return both;
    }

    /** A day of a month, in the given year or else in the year the news conventions give it. */
    private static String dayValue(Match m, int month, int day, Integer year, Direction dir) {
        if (year != null) {
            LocalDate d = m.date(year, month, day);
            return d == null ? null : d.toString();
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return day <= 31 ? String.format("XXXX-%02d-%02d", month, day) : null;
        }
        // Without a year, the day is the one nearest the publication date, a day on the far side of the
        // clause's direction counting three times its distance: "Dec. 15" in a November dividend notice is
        // next month's, "Dec. 15" in a report of what happened is last year's only when far from November.
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = m.date(y, month, day);
            if (d == null) {
                continue;
            }
            long diff = d.toEpochDay() - ref.toEpochDay();
            boolean against = dir == Direction.PAST ? diff > 0 : diff < 0;
            long cost = Math.abs(diff) * (against ? 3 : 1);
            if (cost < bestCost) {
                best = d;
                bestCost = cost;
            }
        }
        return best == null ? null : best.toString();
    }

    /** "between September and October of 2007": the year belongs to both months. */
    private List<TimeExpression> monthPairYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        Integer mon2 = m.monthIfValid("mon2", false);
        if (mon == null || mon2 == null) {
            return null;
        }
        int year = m.num("year");
        List<TimeExpression> both = new ArrayList<>(m.span(m.start(), m.groupEnd("mon"), Type.DATE,
                String.format("%04d-%02d", mon > mon2 ? year - 1 : year, mon)));
        both.addAll(m.span(m.groupStart("mon2"), m.end(), Type.DATE, String.format("%04d-%02d", year, mon2)));
        return both;
    }

    /** "June last year", "in April next year". */
    private List<TimeExpression> monthRelativeYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        if (m.reference == null) {
            return m.one(Type.DATE, String.format("XXXX-%02d", mon));
        }
        int shift = switch (m.lower("rel")) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return m.one(Type.DATE, String.format("%04d-%02d", m.reference.getYear() + shift, mon));
    }

    private List<TimeExpression> monthYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        return m.one(Type.DATE, String.format("%04d-%02d", m.num("year"), mon));
    }

    private List<TimeExpression> month(Match m) {
        boolean qualified = m.group("rel") != null || m.group("mod") != null;
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        String word = m.group("mon");
        if ((mon == 5 || mon == 3) && !qualified) {
            // "may" and "march" are also a verb and a noun: take them as months only after a word that
            // introduces a date.
            String prev = m.previousWord();
            if (!MONTH_INTRODUCERS.contains(prev)) {
                return null;
            }
        }
        if (word.length() <= 4 && !word.endsWith(".") && !word.equalsIgnoreCase("june")
                && !word.equalsIgnoreCase("july") && !word.equalsIgnoreCase("may")) {
            return null;
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, String.format("XXXX-%02d", mon));
        }
        String rel = m.lower("rel");
        int y = ref.getYear();
        int rm = ref.getMonthValue();
        if ("last".equals(rel) || "past".equals(rel)) {
            y = mon < rm ? y : y - 1;
        } else if ("next".equals(rel) || "coming".equals(rel)) {
            y = mon > rm ? y : y + 1;
        } else if ("since".equals(m.previousWord())) {
            y = mon <= rm ? y : y - 1;
        } else if (!"this".equals(rel)) {
            if (m.direction() == Direction.FUTURE) {
                y = mon >= rm ? y : y + 1;
            } else {
                // Measured on TimeBank: a month just ahead of the publication month ("payable in January"
                // written in November) is the coming one far more often than one of a year ago.
                int ahead = (mon - rm + 12) % 12;
                if (ahead > 0 && ahead <= NEAR_MONTHS && !MONTH_BACK.contains(m.previousWord())) {
                    y = mon > rm ? y : y + 1;
                } else {
                    y = mon <= rm ? y : y - 1;
                }
            }
        }
        return m.one(Type.DATE, String.format("%04d-%02d", y, mon));
    }

    private List<TimeExpression> season(Match m) {
        String rel = m.lower("rel");
        String s = m.lower("season");
        if (rel == null && m.group("year") == null && m.group("mod") == null) {
            return null;
        }
        if ("the".equals(rel) && m.group("year") == null) {
            return null;
        }
        String code = switch (s) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
        if (m.group("year") != null) {
            return m.one(Type.DATE, m.group("year") + "-" + code);
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, "XXXX-" + code);
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int y = ref.getYear();
        int rm = ref.getMonthValue();
        if ("last".equals(rel) || "past".equals(rel)) {
            y = startMonth + 2 < rm ? y : y - 1;
        } else if ("next".equals(rel) || "coming".equals(rel)) {
            y = startMonth > rm ? y : y + 1;
        } else if (rel == null) {
            y = startMonth <= rm || m.direction() == Direction.FUTURE ? y : y - 1;
        }
        return m.one(Type.DATE, y + "-" + code);
    }

    private List<TimeExpression> year(Match m) {
        int y = m.num("year");
        boolean marked = m.group("fiscal") != null || m.group("mod") != null;
        if (!marked) {
            if (y < 1600 || y > 2099) {
                return null;
            }
            if (m.precededBy("$", "€", "£", "¥", "#", ",", ".", "-", "/", ":")) {
                return null;
            }
            String prev = m.previousWord();
            if (AMOUNT_BEFORE.contains(prev)) {
                return null;
            }
            String next = m.nextWord();
            if (COUNT_NOUNS.contains(next)) {
                return null;
            }
        }
        return m.one(Type.DATE, String.format("%04d", y));
    }

    private List<TimeExpression> decade(Match m) {
        String value;
        if (m.group("dec2") != null) {
            value = "19" + m.group("dec2");
        } else if (m.group("dec").equals("0") && m.group("cent") != null) {
            value = m.group("cent");
        } else {
            value = m.group("cent") + m.group("dec");
        }
        return m.one(Type.DATE, value);
    }

    private List<TimeExpression> century(Match m) {
        String ord = m.lower("ord");
        int n = switch (ord) {
            case "twentieth" -> 20;
            case "nineteenth" -> 19;
            case "eighteenth" -> 18;
            case "twenty-first" -> 21;
            default -> Integer.parseInt(ord.replaceAll("\\D", ""));
        };
        return m.one(Type.DATE, String.format("%02d", n - 1));
    }

    private List<TimeExpression> dayWord(Match m) {
        String w = m.lower("w");
        if (m.group("part") == null && m.previousWord().equals("of") && !w.equals("tonight")) {
            return null; // "the people of tomorrow", "the youth of today": no day meant
        }
        int shift = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String day = m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(shift).toString();
        if (w.equals("tonight")) {
            return m.one(Type.TIME, day + "TNI");
        }
        if (m.group("part") != null) {
            return m.one(Type.TIME, day + "T" + partCode(m.group("part")));
        }
        return m.one(Type.DATE, day);
    }

    private List<TimeExpression> partOfDay(Match m) {
        String rel = m.lower("rel");
        String part = partCode(m.group("part"));
        int shift = switch (rel) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "last" -> part.equals("NI") || part.equals("EV") ? -1 : 0;
            default -> 0;
        };
        if (rel.equals("late") || rel.equals("early")) {
            return null;
        }
        String day = m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(shift).toString();
        return m.one(Type.TIME, day + "T" + part);
    }

    private static String partCode(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private List<TimeExpression> clock(Match m) {
        int h = m.num("h");
        int mi = m.group("mi") == null ? 0 : m.num("mi");
        String ap = m.group("ap");
        if (ap != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            if (ap.equalsIgnoreCase("p") && h < 12) {
                h += 12;
            } else if (ap.equalsIgnoreCase("a") && h == 12) {
                h = 0;
            }
        } else if (m.group("oclock") != null && (h < 1 || h > 12)) {
            return null;
        }
        String day = trailingDay(m);
        return day == null ? null : m.one(Type.TIME, String.format("%sT%02d:%02d", day, h, mi));
    }

    /** The day a clock time names after it ("5 p.m. Thursday", "noon, Nov. 9"), else the reference day. */
    private static String trailingDay(Match m) {
        String wd = m.lower("wd");
        if (m.group("mon") != null) {
            Integer mon = m.monthIfValid("mon", true);
            return mon == null ? null : dayValue(m, mon, m.num("day"), null, m.direction());
        }
        if (wd == null || wd.equals("today")) {
            return m.reference == null ? "XXXX-XX-XX" : m.reference.toString();
        }
        if (wd.equals("yesterday") || wd.equals("tomorrow")) {
            return m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(wd.equals("tomorrow") ? 1 : -1).toString();
        }
        return weekdayValue(m, Lexicon.weekday(wd), null);
    }

    private List<TimeExpression> noon(Match m) {
        String day = trailingDay(m);
        if (day == null) {
            return null;
        }
        return m.one(Type.TIME, day + (m.lower("w").equals("midnight") ? "T24:00" : "T12:00"));
    }

    private List<TimeExpression> relativeUnit(Match m) {
        String rel = m.lower("rel").replaceAll("\\s+", " ")
                .replace("this past", "last").replace("this coming", "next");
        String unit = m.lower("unit");
        boolean isThe = rel.startsWith("the ");
        String bare = isThe ? rel.substring(4) : rel;
        // TimeML reads "the past year", "the next month" as stretches of time measured from now, and "last
        // year", "next month" as the calendar period itself.
        if ((bare.equals("past") || bare.equals("next") && isThe || bare.equals("coming") && isThe
                || bare.equals("following")) && !unit.equals("weekend") && !unit.equals("half")) {
            CalendarUnit u = CalendarUnit.of(unit);
            return m.one(Type.DURATION, u.duration(1.0));
        }
        LocalDate ref = m.reference;
        int shift = switch (bare) {
            case "last", "previous", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (unit.equals("weekend")) {
            if (ref == null) {
                return m.one(Type.DATE, "XXXX-WXX-WE");
            }
            LocalDate d = ref.plusWeeks(shift);
            return m.one(Type.DATE, CalendarUnit.week(d) + "-WE");
        }
        if (unit.equals("half")) {
            if (ref == null) {
                return m.one(Type.DATE, "XXXX-HX");
            }
            LocalDate d = ref.plusMonths(6L * shift);
            return m.one(Type.DATE, d.getYear() + "-H" + (d.getMonthValue() <= 6 ? 1 : 2));
        }
        if (bare.equals("same")) {
            return null;
        }
        CalendarUnit u = CalendarUnit.of(unit);
        if (ref == null) {
            return m.one(Type.DATE, switch (u) {
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
                default -> "XXXX";
            });
        }
        return m.one(Type.DATE, u.dateAtGrain(u.shift(ref, shift)));
    }

    private List<TimeExpression> endOfUnit(Match m) {
        CalendarUnit unit = CalendarUnit.of(m.group("unit"));
        if (m.reference == null) {
            return null;
        }
        return m.one(Type.DATE, unit.dateAtGrain(m.reference));
    }

    private List<TimeExpression> yearEnd(Match m) {
        return m.one(Type.DATE, m.reference == null ? "XXXX" : Integer.toString(m.reference.getYear()));
    }

    private List<TimeExpression> spokenYear(Match m) {
        String rest = m.group("rest");
        if (m.lower("y").startsWith("nineteen")) {
            Double n = rest == null ? null : Lexicon.number(rest);
            if (n == null || n < 10 || n > 99 || !m.group().toLowerCase(Locale.ROOT).matches("(?s).*[a-z]$")) {
                return null; // "nineteen" alone is a count
            }
            return m.one(Type.DATE, String.format("19%02d", n.intValue()));
        }
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the year") && rest == null) {
            return null; // "two thousand" alone is an amount
        }
        Double n = rest == null ? Double.valueOf(0) : Lexicon.number(rest);
        if (n == null || n > 99) {
            return null;
        }
        if (COUNT_NOUNS.contains(m.nextWord())) {
            return null;
        }
        return m.one(Type.DATE, String.format("20%02d", n.intValue()));
    }

    private List<TimeExpression> spokenDecade(Match m) {
        int tens = switch (m.lower("d")) {
            case "twenties" -> 2;
            case "thirties" -> 3;
            case "forties" -> 4;
            case "fifties" -> 5;
            case "sixties" -> 6;
            case "seventies" -> 7;
            case "eighties" -> 8;
            default -> 9;
        };
        return m.one(Type.DATE, "19" + tens);
    }

    private List<TimeExpression> theWeekend(Match m) {
        if (m.reference == null) {
            return m.one(Type.DATE, "XXXX-WXX-WE");
        }
        LocalDate d = m.reference;
        if (m.direction() == Direction.PAST && d.getDayOfWeek().getValue() < 6) {
            d = d.minusWeeks(1);
        }
        return m.one(Type.DATE, CalendarUnit.week(d) + "-WE");
    }

    private List<TimeExpression> quarter(Match m) {
        int q = Lexicon.ordinal(m.group("ord"));
        boolean half = m.lower("unit").equals("half");
        if (half && q > 2) {
            return null;
        }
        String ys = m.group("year") != null ? m.group("year") : m.group("fy") != null ? m.group("fy") : m.group("y2");
        if (ys == null && m.group("rel") == null && !m.group().toLowerCase(Locale.ROOT).contains("year")
                && isAboutAGame(m)) {
            return List.of(); // "in the second half", "late in the fourth quarter" of a match
        }
        LocalDate ref = m.reference;
        String year;
        if (ys != null) {
            year = ys;
        } else if (ref == null) {
            year = "XXXX";
        } else if (m.group("rel") != null) {
            int shift = switch (m.lower("rel")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            year = Integer.toString(ref.getYear() + shift);
        } else {
            int y = ref.getYear();
            int current = half ? (ref.getMonthValue() <= 6 ? 1 : 2) : (ref.getMonthValue() - 1) / 3 + 1;
            year = Integer.toString(q > current ? y - 1 : y);
        }
        return m.one(Type.DATE, year + (half ? "-H" : "-Q") + q);
    }

    /** Whether the words around a quarter or half without a year are about a match rather than money. */
    private static boolean isAboutAGame(Match m) {
        String around = m.text.substring(Math.max(0, m.start() - 200), Math.min(m.text.length(), m.end() + 200));
        return !MONEY_WORDS.matcher(around).find() && GAME_WORDS.matcher(around).find();
    }

    private List<TimeExpression> latestQuarter(Match m) {
        if (m.group("q") == null && m.lower("unit").equals("period")) {
            return null;
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, "XXXX-QX");
        }
        LocalDate d = ref.minusMonths(3);
        String text = m.group().toLowerCase(Locale.ROOT);
        if (text.contains("year-")) {
            d = d.minusYears(1);
        }
        return m.one(Type.DATE, CalendarUnit.QUARTER.dateAtGrain(d));
    }

    private List<TimeExpression> yearAgo(Match m) {
        return m.one(Type.DATE, m.reference == null ? "XXXX" : Integer.toString(m.reference.getYear() - 1));
    }

    private List<TimeExpression> duration(Match m) {
        String post = m.lower("post");
        if (post != null && (post.contains("old") || post.contains("age"))) {
            return List.of(); // an age: consumed so that its unit is not read as a vague duration
        }
        String numText = m.group("num");
        String unitText = m.group("unit");
        CalendarUnit unit = CalendarUnit.of(unitText);
        if (unit == null) {
            return null;
        }
        Double count = Lexicon.number(numText);
        if (count != null && m.group("half") != null) {
            count += 0.5;
        }
        boolean plural = unitText.toLowerCase(Locale.ROOT).endsWith("s") || unit == CalendarUnit.CENTURY
                && unitText.toLowerCase(Locale.ROOT).endsWith("ies");
        String nl = numText.toLowerCase(Locale.ROOT);
        if ((nl.equals("a") || nl.equals("an")) && plural) {
            return null;
        }
        if (unit == CalendarUnit.SECOND && !plural && m.group("pre") == null && count != null && count == 1
                && !nl.equals("one")) {
            return null; // "a second" is an ordinal more often than a length
        }
        if (count != null && count > 10_000) {
            return null;
        }
        if ((nl.equals("a") || nl.equals("an")) && m.group("pre") == null && m.group("post") == null
                && (RATE_BEFORE.contains(m.previousWord()) || AMOUNT.matcher(m.previousWord()).matches())) {
            return List.of(); // a rate: "$5 a year", "twice a day"
        }
        if (unit == CalendarUnit.QUARTER && (m.nextWord().equals("of") || m.group().contains("-"))) {
            return List.of(); // a fraction: "a quarter of", "three-quarters"
        }
        if (Character.isDigit(numText.charAt(0)) && m.precededBy("$", "€", "£", ".", ",")) {
            return null;
        }
        if (post != null && !post.equals("-long")) {
            String p = post.trim();
            boolean back = p.equals("ago") || p.equals("earlier") || p.equals("before");
            if (p.equals("before") || p.equals("after")) {
                // "hours after the blast": a length measured from another event, not from the publication date
                return m.span(m.start(), m.groupEnd("unit"), Type.DURATION, unit.duration(count));
            }
            if (count == null) {
                return m.one(Type.DATE, back ? "PAST_REF" : "FUTURE_REF");
            }
            if (m.reference == null || count != Math.rint(count)) {
                return m.one(Type.DATE, back ? "PAST_REF" : "FUTURE_REF");
            }
            LocalDate d = unit.shift(m.reference, (long) (back ? -count : count));
            String value = switch (unit) {
                case SECOND, MINUTE, HOUR -> d.toString();
                case DECADE, CENTURY, MILLENNIUM -> CalendarUnit.YEAR.dateAtGrain(d);
                default -> unit.dateAtGrain(d);
            };
            return m.one(Type.DATE, value);
        }
        int end = post != null ? m.groupEnd("unit") : m.end();
        int start = m.start();
        if (m.group("approx") == null && m.group("pre") == null) {
            start = m.groupStart("num");
        }
        return m.span(start, end, Type.DURATION, unit.duration(count));
    }

    private List<TimeExpression> vagueDuration(Match m) {
        CalendarUnit unit = CalendarUnit.of(m.group("unit"));
        if (m.start() == m.groupStart("unit")) {
            // A bare plural unit is a length only where nothing else claims it: not "minutes apart", "weeks of
            // sparring", "a matter of days", nor a title such as "60 Minutes".
            String next = m.nextWord();
            String before = m.text.substring(Math.max(0, m.start() - 10), m.start()).toLowerCase(Locale.ROOT);
            String previous = m.previousWord();
            if (next.equals("apart") || next.equals("of") || next.equals("when") || before.endsWith("matter of ")
                    || (unit == CalendarUnit.HOUR || unit == CalendarUnit.DAY)
                    && (previous.endsWith("ing") || HOURS_OF.contains(previous))
                    || Character.isUpperCase(m.text.charAt(m.start())) && m.start() > 0) {
                return List.of();
            }
        }
        if (m.group("post") != null) {
            return m.one(Type.DATE, "PAST_REF");
        }
        return m.one(Type.DURATION, unit.duration(null));
    }

    private List<TimeExpression> set(Match m) {
        String u = m.lower("unit");
        CalendarUnit unit = CalendarUnit.of(u);
        String numText = m.group("num");
        Double count = numText == null ? Double.valueOf(1) : numText.equalsIgnoreCase("other") ? Double.valueOf(2)
                : Lexicon.number(numText);
        if (unit != null) {
            return m.one(Type.SET, unit.duration(count == null ? 1.0 : count));
        }
        int wd = Lexicon.weekday(u);
        if (wd > 0) {
            return m.one(Type.SET, "XXXX-WXX-" + wd);
        }
        return switch (u) {
            case "morning", "afternoon", "evening", "night" -> m.one(Type.SET, "XXXX-XX-XXT" + partCode(u));
            case "spring" -> m.one(Type.SET, "XXXX-SP");
            case "summer" -> m.one(Type.SET, "XXXX-SU");
            case "fall", "autumn" -> m.one(Type.SET, "XXXX-FA");
            default -> m.one(Type.SET, "XXXX-WI");
        };
    }

    private List<TimeExpression> adverbSet(Match m) {
        return m.one(Type.SET, switch (m.lower("w")) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            default -> "P1D";
        });
    }

    private List<TimeExpression> holiday(Match m) {
        String w = m.lower("w").replaceAll("\\s+", " ").replace('’', '\'');
        if (!Character.isUpperCase(m.group("w").charAt(0))) {
            return null;
        }
        Integer year = m.group("year") != null ? m.num("year") : null;
        if (w.startsWith("thanksgiving")) {
            int y = year != null ? year : m.reference == null ? -1 : m.reference.getYear();
            if (y < 0) {
                return m.one(Type.DATE, "XXXX-11");
            }
            LocalDate d = LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            if (year == null && m.direction() == Direction.PAST && d.isAfter(m.reference)) {
                d = LocalDate.of(y - 1, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            }
            return m.one(Type.DATE, d.toString());
        }
        int[] md = switch (w) {
            case "christmas eve" -> new int[]{12, 24};
            case "christmas", "christmas day" -> new int[]{12, 25};
            case "new year's day" -> new int[]{1, 1};
            case "new year's eve" -> new int[]{12, 31};
            case "halloween" -> new int[]{10, 31};
            default -> new int[]{7, 4};
        };
        String v = dayValue(m, md[0], md[1], year, m.direction());
        return v == null ? null : m.one(Type.DATE, v);
    }

    // ------------------------------------------------------------------------------------------ rule plumbing

    private interface Resolver {
        /**
         * The expressions a match stands for; {@code null} when the match is no expression (another rule may
         * still take the words); empty when the words are known not to be one (an age) and must not be read again.
         */
        List<TimeExpression> resolve(Match m);
    }

    private record Rule(String name, Pattern pattern, Resolver resolver, Map<String, Integer> groups) {
        Rule(String name, String regex, Resolver resolver) {
            this(name, Pattern.compile(regex, FLAGS), resolver);
        }

        private Rule(String name, Pattern pattern, Resolver resolver) {
            this(name, pattern, resolver, pattern.namedGroups());
        }
    }

    private record Candidate(int end, List<TimeExpression> expressions) {
    }

    /** One pattern match with the text and reference date around it. */
    private static final class Match {
        private final Matcher m;
        private final Rule rule;
        private final String text;
        private final LocalDate reference;
        private Direction direction;

        Match(Matcher m, Rule rule, String text, LocalDate reference) {
            this.m = m;
            this.rule = rule;
            this.text = text;
            this.reference = reference;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        String group() {
            return m.group();
        }

        /** The named group's text; null when it did not take part or this rule's pattern has no such group. */
        String group(String name) {
            Integer index = rule.groups.get(name);
            return index == null ? null : m.group(index);
        }

        int groupStart(String name) {
            return m.start(name);
        }

        int groupEnd(String name) {
            return m.end(name);
        }

        String lower(String name) {
            String g = m.group(name);
            return g == null ? null : g.toLowerCase(Locale.ROOT);
        }

        int num(String name) {
            return Integer.parseInt(m.group(name));
        }

        boolean capitalised(String name) {
            return Character.isUpperCase(m.group(name).charAt(0));
        }

        /** The month a group names, if it is written as a month name is: capitalised, abbreviations dotted. */
        Integer monthIfValid(String name, boolean dayFollows) {
            String w = m.group(name);
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            if (!dayFollows && w.length() <= 4 && !w.endsWith(".") && w.length() == 3
                    && !w.equalsIgnoreCase("may")) {
                return null;
            }
            int month = Lexicon.month(w);
            return month == 0 ? null : month;
        }

        Direction direction() {
            if (direction == null) {
                direction = Direction.of(text, m.start(), m.end());
            }
            return direction;
        }

        LocalDate date(int y, int mo, int d) {
            if (mo < 1 || mo > 12 || d < 1 || d > 31) {
                return null;
            }
            try {
                return LocalDate.of(y, mo, d);
            } catch (RuntimeException e) {
                return null;
            }
        }

        boolean precededBy(String... marks) {
            int i = m.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            if (i < 0) {
                return false;
            }
            String c = String.valueOf(text.charAt(i));
            for (String mark : marks) {
                // a comma or period counts only right against the number ("1,998", ".5"), other marks across a space
                boolean adjacent = m.start() - i == 1;
                if (mark.equals(c) && (adjacent || !mark.equals(",") && !mark.equals("."))) {
                    return true;
                }
            }
            return false;
        }

        String previousWord() {
            int i = m.start() - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            int end = i + 1;
            while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        }

        String nextWord() {
            int i = m.end();
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            return text.substring(start, i).toLowerCase(Locale.ROOT);
        }

        List<TimeExpression> one(Type type, String value) {
            return span(m.start(), m.end(), type, value);
        }

        List<TimeExpression> span(int start, int end, Type type, String value) {
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.'
                    && text.charAt(end - 1) != '\'') {
                end--;
            }
            return List.of(new TimeExpression(start, end, text.substring(start, end), type, value));
        }
    }
}
