package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * One rule's pattern match with the text and reference date around it: what a resolver reads (the named
 * groups, the words either side, the clause's direction) and how it makes its expressions (trimmed spans).
 * Lives for one try of one rule at one place.
 */
final class Match {
    private final Matcher m;
    private final Rule rule;
    final String text;
    final LocalDate reference;
    /**
     * The latest day named earlier in the same sentence ("On March 3 ..."), from which "two days later" and
     * "the next day" count; null when none is.
     */
    final Anchor anchor;
    /**
     * The day the article named last in an earlier sentence (its running anchor), from which "the next day"
     * counts when the sentence itself names none; null when unknown.
     */
    final LocalDate carried;
    private Direction direction;

    /** A day named in the text, and where its expression ends. */
    record Anchor(LocalDate day, int end) {
    }

    Match(Matcher m, Rule rule, String text, LocalDate reference, Anchor anchor, LocalDate carried) {
        this.m = m;
        this.rule = rule;
        this.text = text;
        this.reference = reference;
        this.anchor = anchor;
        this.carried = carried;
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
        Integer index = rule.groups().get(name);
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

    /** The direction of a month or a day named without a year: {@link Direction#ofPeriod}. */
    Direction periodDirection() {
        return Direction.ofPeriod(text, m.start(), m.end());
    }

    /** Whether the clause is told in the past tense: {@link Direction#toldAsPast}. */
    boolean toldAsPast() {
        return Direction.toldAsPast(text, m.start(), m.end());
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
