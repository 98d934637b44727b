package dev.storyline.time;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of the tagger's table: a name, an anchored pattern (matched case-insensitively from a word that can
 * start an expression) and the resolver that turns its match into TIMEX3 expressions. Immutable.
 *
 * @param name     what the rule reads, for a reader of the table
 * @param pattern  the compiled pattern
 * @param resolver what a match stands for
 * @param groups   the pattern's named groups, so a resolver can ask for a group another rule has
 */
record Rule(String name, Pattern pattern, Resolver resolver, Map<String, Integer> groups) {

    Rule(String name, String regex, Resolver resolver) {
        this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
    }

    private Rule(String name, Pattern pattern, Resolver resolver) {
        this(name, pattern, resolver, pattern.namedGroups());
    }

    /** Turns one match of a rule into the expressions it stands for. */
    interface Resolver {
        /**
         * The expressions a match stands for; {@code null} when the match is no expression (another rule may
         * still take the words); empty when the words are known not to be one (an age) and must not be read again.
         */
        List<TimeExpression> resolve(Match m);
    }
}
