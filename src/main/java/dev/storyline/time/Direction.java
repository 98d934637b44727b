package dev.storyline.time;

import java.util.regex.Pattern;

/**
 * Which way a clause points in time, as far as its words tell: it decides whether a bare weekday or a month
 * without a year lies before or after the publication date. Stateless.
 */
public enum Direction {
    /** The clause reports what happened (the news default). */
    PAST,
    /** The clause announces what will happen ("will", "is scheduled", "next", "plans to"). */
    FUTURE;

    private static final Pattern FUTURE_CUE = Pattern.compile("\\b(?:will|won't|shall|'ll"
            + "|(?:is|are|was|were)\\s+(?:scheduled|expected|set|due|slated|going)"
            + "|due(?!\\s+to\\s+(?:the|a|an|its|his|her|their|this|that)\\b)|not\\s+until"
            + "|plans?\\s+to|planned|planning|scheduled|set\\s+to|ready\\s+to|intends?\\s+to|as\\s+soon\\s+as"
            + "|payable|of\\s+record|upcoming|coming|next"
            + "|to\\s+be\\s+(?:held|released|published|announced|heard)|(?:is|are)\\s+to\\s+\\w+"
            + "|would\\s+(?:begin|start|take\\s+effect|open|close|end))\\b", Pattern.CASE_INSENSITIVE);
    /** A verb in the past tense just before the expression: "said Tuesday", "was announced Wednesday". */
    private static final Pattern REPORTED_BEFORE = Pattern.compile(
            "(?:\\w{2,}ed|said|says|told|met|began|spoke|wrote|left|won|lost|held|sent|made|took|gave|went|came"
                    + "|ran|rose|fell|struck|hit|shot|put|set|saw|found|became|broke|brought|led|last)"
                    + "(?:\\s+out)?(?:\\s+on)?\\s+$", Pattern.CASE_INSENSITIVE);
    /** A participle after "be" is a passive, not a past tense: "will be held Thursday", "to be signed Friday". */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:be|been|being)\\s+\\w+(?:\\s+on)?\\s+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A verb that announces a schedule just before the expression: the present progressive ("is meeting
     * Thursday", "is being held Friday") and the present tense of verbs news uses for what is planned ("the trial
     * begins Monday", "talks resume Monday", "the law takes effect Friday"), or a date something is put off to
     * ("adjourned until Monday").
     */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile("\\b(?:(?:is|are|am)\\s+(?:being\\s+)?\\w+ing"
            + "|(?:is|are)\\s+being\\s+\\w+|begins?|starts|opens|closes|ends|meets|resumes?|(?:re)?convenes?|reopens?"
            + "|returns|arrives|departs|expires?|kicks?\\s+off|takes?\\s+effect|goe?s?\\s+into\\s+effect"
            + "|comes?\\s+into\\s+force|(?:postponed|delayed|adjourned|deferred|rescheduled|put\\s+off|pushed\\s+back)"
            + "\\s+(?:until|till|to))(?:\\s+on)?\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * A verb of the past tense in the clause: "was", "had", "said", "arrested". Future cues are tested first,
     * so that "scheduled" or "expected" never count here.
     */
    private static final Pattern PAST_VERB = Pattern.compile(
            "\\b(?!(?:hundred|speed|indeed|proceed|succeed|exceed|breed|bleed|greed)\\b)(?:was|were|had|did|said"
            + "|told|met|began|spoke|wrote|left|won|lost|held|sent|made|took|gave|went|came|ran|rose|fell|struck"
            + "|hit|shot|saw|found"
            + "|became|broke|brought|led|fled|died|killed|\\p{Ll}{3,}ed)\\b");
    /**
     * A verb of the present tense that news uses for what is planned, anywhere before the date in its clause:
     * "Catching Fire begins shooting in August", "the law takes effect in March".
     */
    private static final Pattern SCHEDULE_IN_CLAUSE = Pattern.compile("\\b(?:begins|starts|opens|resumes|reopens"
            + "|convenes|kicks\\s+off|takes\\s+effect|goes\\s+into\\s+effect|comes\\s+into\\s+force|expires)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * How firmly the clause around {@code [start, end)} is told in the past: true when its direction is past
     * and a verb of the past tense before the date governs it ("was held in August", "arrested him on March
     * 3"), no word of deadline or plan ("until", "by", "would") standing between them. Then a
     * month or day without a year is the latest one not after the publication date, not merely the nearest.
     */
    static boolean toldAsPast(String text, int start, int end) {
        if (of(text, start, end) != PAST) {
            return false;
        }
        int from = clauseStart(text, start);
        java.util.regex.Matcher verb = PAST_VERB.matcher(text).region(from, start);
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        // Measured on TimeBank: a date after "until", "by" or "to", after a verb of the present, or naming a
        // noun ("the Jan. 14 deadline") is mostly a deadline or plan that a past verb only reports ("said they
        // would appeal by Jan. 14"); a participle after "be" ("would be held on April 24") is no past tense.
        return verbEnd >= 0 && !NOT_GOVERNED.matcher(text).region(verbEnd, start).find()
                && !BE_BEFORE.matcher(text).region(from, verbStart).find()
                && !ATTRIBUTIVE.matcher(text).region(from, start).find();
    }

    /** "be" right before a participle: "would be held", "to be completed". */
    private static final Pattern BE_BEFORE = Pattern.compile("\\b(?:be|been|being)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A date that names a noun after an article or possessive: "the Jan. 14 deadline", "its May meeting". */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("\\b(?:the|a|an|its|his|her|their|this|that)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** Words between a past verb and a date that show the date is not what the verb dates. */
    private static final Pattern NOT_GOVERNED = Pattern.compile("\\b(?:would|could|should|might|may|will|to|until"
            + "|till|by|through|from|before|after|effective|deadline|due|expects?|if|when|unless|than|is|are|am|has"
            + "|have)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The direction of a clause that dates a month or a day without a year: as {@link #of}, and also ahead
     * when a verb of schedule in the present tense comes before the date in its clause ("begins shooting in
     * August"), which for a bare weekday would too often be the historical present.
     */
    static Direction ofPeriod(String text, int start, int end) {
        Direction d = of(text, start, end);
        if (d == PAST && SCHEDULE_IN_CLAUSE.matcher(text).region(clauseStart(text, start), start).find()
                && !PAST_VERB.matcher(text).region(clauseStart(text, start), start).find()) {
            return FUTURE;
        }
        return d;
    }

    /**
     * The direction of the clause around {@code [start, end)} in {@code text}. An expression right after a verb
     * in the past tense ("said Tuesday", "announced on Friday") or owning a noun ("Wednesday's ruling") is past
     * whatever the rest of the clause says, because what it dates has happened; a participle after "be" ("will be
     * held Friday") is no past tense. One right after a schedule in the present tense ("begins Monday", "is
     * meeting Thursday") is future.
     */
    static Direction of(String text, int start, int end) {
        int from = clauseStart(text, start);
        int to = clauseEnd(text, end);
        String before = text.substring(Math.max(from, start - 20), start);
        if (REPORTED_BEFORE.matcher(before).find() && !PASSIVE_BEFORE.matcher(before).find()) {
            return PAST;
        }
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's') {
            return PAST; // "Wednesday's ruling": a named day owning a thing that exists already
        }
        if (SCHEDULED_BEFORE.matcher(before).find()) {
            return FUTURE;
        }
        return FUTURE_CUE.matcher(text).region(from, to).find() ? FUTURE : PAST;
    }

    // A clause ends at a comma too: measured on TimeBank, a "will" two commas away more often belongs to
    // another event than to the date.
    private static int clauseStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == '!' || c == '?' || c == ',') {
                return i + 1;
            }
            if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || !Character.isUpperCase(text.charAt(Math.max(0, i - 3))))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == '!' || c == '?' || c == ',') {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
