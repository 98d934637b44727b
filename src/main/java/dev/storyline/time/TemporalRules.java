package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.util.List;

import static dev.storyline.time.Lexicon.MONTH_WORDS;
import static dev.storyline.time.Lexicon.NUMBER_WORDS;
import static dev.storyline.time.Lexicon.UNIT_WORDS;
import static dev.storyline.time.Lexicon.WEEKDAY_WORDS;

/**
 * The tagger's rule table: every pattern it tries, in order, each with the resolver that reads it. Tuning what
 * the tagger finds happens here; tuning what a found expression means happens in the resolver families
 * ({@link CalendarDays}, {@link CalendarPeriods}, {@link Weekdays}, {@link DeicticTimes}, {@link FiscalPeriods},
 * {@link Durations}). Immutable, shared by every tagger.
 */
final class TemporalRules {
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


    /** The rules in the order they are tried: at one place the longest match wins, the earlier rule on a tie. */
    static final List<Rule> ALL = List.of(
            new Rule("iso", "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d)"
                    + "(?::\\d\\d)?)?(?![\\w-])", CalendarDays::iso),
            new Rule("slash", "(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![\\w/])", CalendarDays::slash),
            new Rule("weekday", "(?:(?<rel>this\\s+coming|this\\s+past|last|this|next|past|coming|on)\\s+)?(?<wd>" + WEEKDAY_WORDS + ")"
                    + "(?:\\s*,?\\s*(?<mon>" + MONTH_WORDS + ")\\s+" + DAY + "(?:\\s*,\\s*" + YEAR + ")?)?"
                    + "(?:\\s+" + PART + ")?" + END, Weekdays::weekday),
            new Rule("monthDay", MOD + "(?:(?<rel>last|this|next|past|coming)\\s+)?(?<mon>" + MONTH_WORDS + ")\\s*"
                    + DAY
                    + "(?:\\s*(?:-|–|to|through|and)\\s*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?"
                    + "(?:\\s*,?\\s*" + YEAR + ")?" + END, CalendarDays::monthDay),
            new Rule("dayMonth", DAY + "(?:\\s*(?:-|–)\\s*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?"
                    + MONTH + "(?:\\s*,?\\s*" + YEAR + ")?" + END, CalendarDays::dayMonth),
            new Rule("monthPairYear", MOD + MONTH + "\\s+(?:and|or|to|through|-|–)\\s+(?<mon2>" + MONTH_WORDS
                    + "),?\\s+(?:of\\s+)?" + YEAR + END, CalendarPeriods::monthPairYear),
            new Rule("monthRelYear", MOD + MONTH + ",?\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year" + END,
                    CalendarPeriods::monthRelativeYear),
            new Rule("monthYear", MOD + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + END, CalendarPeriods::monthYear),
            new Rule("month", MOD + "(?:(?<rel>last|this|next|past|coming)\\s+)?" + MONTH
                    + "(?![\\w-]|['’](?!s\\b))", CalendarPeriods::month),
            new Rule("season", MOD + "(?:(?<rel>last|this|next|past|coming|the)\\s+)?"
                    + "(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?" + YEAR + ")?" + END,
                    CalendarPeriods::season),
            new Rule("year", MOD + "(?<fiscal>(?:the\\s+)?(?:fiscal|calendar)(?:\\s+year)?\\s+|FY\\s*)?" + YEAR
                    + "(?![\\w%'’]|,\\d|\\.\\d|-year|-member|\\s*(?:%|percent))", CalendarPeriods::year),
            new Rule("decade", "(?:the\\s+)?" + MOD + "(?:(?<cent>1[0-9]|20)(?<dec>\\d)0|['’](?<dec2>\\d)0)['’]?s"
                    + END, CalendarPeriods::decade),
            new Rule("century", "(?:the\\s+)?" + MOD + "(?<ord>\\d{1,2}(?:st|nd|rd|th)|twentieth|nineteenth"
                    + "|eighteenth|twenty-first)[\\s-]+century" + END, CalendarPeriods::century),
            new Rule("dayword", "(?<w>today|tonight|yesterday|tomorrow)(?:\\s+" + PART + ")?" + END, DeicticTimes::dayWord),
            new Rule("partOfDay", "(?<rel>this|last|tomorrow|yesterday|late|early)\\s+" + PART + END,
                    DeicticTimes::partOfDay),
            new Rule("clock", "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?:(?<ap>[ap])\\.?m\\.?(?![\\w])"
                    + "|(?<oclock>o'clock))(?::\\d\\d)?"
                    + "(?:\\s+(?<tz>GMT|UTC|[ECMP][SD]T|BST|CET))?" + DAY_AFTER + "(?![\\w])", DeicticTimes::clock),
            new Rule("clock24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)\\s+(?<tz>GMT|UTC)" + DAY_AFTER + END,
                    DeicticTimes::clock),
            new Rule("noon", "(?<w>noon|midnight|midday)" + DAY_AFTER + END, DeicticTimes::noon),
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
                    + "|decade|century|half)" + END, DeicticTimes::relativeUnit),
            new Rule("endOfUnit", "(?<mod>the\\s+(?:end|beginning|start|middle)\\s+of)\\s+(?:the\\s+)?"
                    + "(?<unit>year|month|week|quarter|decade|century)" + END, DeicticTimes::endOfUnit),
            new Rule("yearEnd", "(?:around\\s+)?(?:year[\\s-]end|year['’]s\\s+end)" + END, DeicticTimes::yearEnd),
            new Rule("spokenYear", "(?:the\\s+year\\s+)?(?<y>nineteen|two\\s+thousand(?:\\s+and)?)(?:[\\s-]+(?<rest>"
                    + Lexicon.NUMBER_WORDS.replace("|a|an|", "|") + "))?" + END, CalendarPeriods::spokenYear),
            new Rule("spokenDecade", "the\\s+(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties"
                    + "|nineties)" + END, CalendarPeriods::spokenDecade),
            new Rule("anchoredDay", "the\\s+(?:(?<rel>next|following|previous)\\s+day|day\\s+(?<rel2>before|after)"
                    + "(?=\\s*[,.;—–]))" + END, DeicticTimes::anchoredDay),
            new Rule("theWeekend", "the\\s+weekend" + END, DeicticTimes::theWeekend),
            new Rule("quarter", "(?:the\\s+)?(?:(?:" + YEAR + "|fiscal\\s+(?<fy>\\d{4})|this\\s+year)['’]?s?\\s+)?"
                    + "(?:fiscal[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?"
                    + "(?<unit>quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y2>\\d{4})|(?<rel>this|last|next)\\s+year"
                    + "|the\\s+(?:current|same|previous|following)\\s+year))?" + END, FiscalPeriods::quarter),
            new Rule("latestQuarter", "the\\s+(?:(?<q>latest|most\\s+recent|year-ago|year-earlier)\\s+)?"
                    + "(?<unit>quarter|period)" + END, FiscalPeriods::latestQuarter),
            new Rule("yearAgo", "(?:the\\s+)?year-(?:earlier|ago)" + END, FiscalPeriods::yearAgo),
            new Rule("duration", "(?<pre>(?:the\\s+)?(?:past|last|next|coming|previous|first|final|following"
                    + "|recent|latest|entire|full|same)\\s+|the\\s+(?=\\w+[\\s-]+" + UNIT_WORDS + "))?"
                    + "(?<approx>(?:almost|nearly|up\\s+to|less\\s+than)\\s+)?(?<num>" + NUMBER_WORDS
                    + ")(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?[\\s-]+(?:more\\s+|trading\\s+|business\\s+|working\\s+"
                    + "|additional\\s+|consecutive\\s+|straight\\s+|full\\s+)?(?<unit>" + UNIT_WORDS + ")"
                    + "(?<post>\\s+(?:ago|earlier|later|before|after|from\\s+now|old|of\\s+age)|-long|\\s*-\\s*old)?"
                    + "(?![\\w'’-])", Durations::duration),
            new Rule("vagueDuration", "(?<pre>(?:the\\s+)?(?:past|last|next|coming|previous|recent|following)"
                    + "\\s+)?(?:(?:few|several|many)\\s+)?(?<unit>seconds|minutes|hours|days|weeks|months|years"
                    + "|decades|centuries)(?<post>\\s+ago)?(?![\\w'’-])", Durations::vagueDuration),
            new Rule("set", "(?:every|each|per)\\s+(?:(?<num>other|" + NUMBER_WORDS + ")\\s+)?(?<unit>"
                    + UNIT_WORDS + "|" + PART.substring(7, PART.length() - 1) + "|" + WEEKDAY_WORDS
                    + "|spring|summer|fall|autumn|winter)" + END, Durations::set),
            new Rule("adverbSet", "(?<w>daily|weekly|monthly|nightly|hourly)" + END,
                    Durations::adverbSet),
            new Rule("holiday", "(?<w>Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year['’]s\\s+(?:Day|Eve)"
                    + "|Thanksgiving(?:\\s+Day)?|Halloween|Independence\\s+Day)(?:\\s*,?\\s*" + YEAR + ")?" + END,
                    CalendarDays::holiday));

    private TemporalRules() {
    }
}
