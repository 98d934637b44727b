package dev.storyline.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Penn-Treebank-style re-tokenisation of a system sentence, step by step as
 * {@code ../shared/tools/tls_score.py} does it before ROUGE ("(" becomes {@code -LRB-}, "doesn't"
 * {@code does n't}, punctuation split off); text that is tokenised already (Timeline17's) is left as it is.
 * Stateless.
 */
final class PtbTokens {

    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Map<String, String> BRACKETS = Map.of("(", "-LRB-", ")", "-RRB-", "[", "-LSB-", "]", "-RSB-",
            "{", "-LCB-", "}", "-RCB-");
    private static final String CLITIC = "('s|'re|'ve|'ll|'d|'m|'S|'RE|'VE|'LL|'D|'M)";
    private static final Pattern BRACKET = Pattern.compile("[()\\[\\]{}]");
    private static final Pattern OPEN_QUOTE = Pattern.compile("(^|(?<=[\\s(\\[{]))\"", U);
    private static final Pattern CURLY_OPEN = Pattern.compile("[\u201c\u2018](?=\\w)", U);
    private static final Pattern CURLY_CLOSE = Pattern.compile("[\u201d]");
    private static final Pattern SINGLE_OPEN = Pattern.compile(
            "(^|\\s)'(?!(s|re|ve|ll|d|m|t|em|cause|n|til|tis|twas|\\d0s|S|RE|VE|LL|D|M|T)\\b)(?=\\w)", U);
    private static final Pattern NOT = Pattern.compile("(\\w)(n't|N'T)\\b", U);
    private static final Pattern CLITICS = Pattern.compile("(\\w)" + CLITIC + "(?=\\s|$|[^\\w'])", U);
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(\\w)'(?=\\s|$|[,.;:!?])", U);
    private static final Pattern SLASH = Pattern.compile("(?<!\\\\)/");
    private static final Pattern STAR = Pattern.compile("(?<!\\\\)\\*");
    private static final Pattern BANG = Pattern.compile("[!?]+|;");
    private static final Pattern COMMA = Pattern.compile("(?<!\\d),|,(?!\\d)", U);
    private static final Pattern COLON = Pattern.compile("(?<!\\d):|:(?!\\d)", U);
    private static final Pattern DOLLAR = Pattern.compile("\\$(?=\\d)", U);
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d)%", U);
    private static final Pattern DASHES = Pattern.compile("--+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.");
    private static final Pattern FINAL_AFTER_ABBREVIATION = Pattern.compile("(?<=\\w\\.)\\.(?=(\\s*(''|'|-RRB-|-RSB-))*\\s*$)", U);
    private static final Pattern FINAL = Pattern.compile("(?<!\\.)\\.(?=(\\s*(''|'|-RRB-|-RSB-))*\\s*$)", U);
    private static final Pattern SPACES = Pattern.compile("\\s+", U);

    private PtbTokens() {
    }

    static String tokenize(String sentence) {
        String s = BRACKET.matcher(sentence).replaceAll(m -> " " + BRACKETS.get(m.group()) + " ");
        s = OPEN_QUOTE.matcher(s).replaceAll(" `` ");
        s = s.replace("\"", " '' ");
        s = CURLY_OPEN.matcher(s).replaceAll(" `` ");
        s = CURLY_CLOSE.matcher(s).replaceAll(" '' ");
        s = s.replace('\u2019', '\'');
        s = SINGLE_OPEN.matcher(s).replaceAll("$1` ");
        s = NOT.matcher(s).replaceAll("$1 $2");
        s = CLITICS.matcher(s).replaceAll("$1 $2");
        s = PLURAL_POSSESSIVE.matcher(s).replaceAll("$1 '");
        s = SLASH.matcher(s).replaceAll(Matcher.quoteReplacement("\\/"));
        s = STAR.matcher(s).replaceAll(Matcher.quoteReplacement("\\*"));
        s = BANG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" " + m.group() + " "));
        s = COMMA.matcher(s).replaceAll(" , ");
        s = COLON.matcher(s).replaceAll(" : ");
        s = DOLLAR.matcher(s).replaceAll(Matcher.quoteReplacement("$ "));
        s = PERCENT.matcher(s).replaceAll(" %");
        s = DASHES.matcher(s).replaceAll(m -> " " + m.group() + " ");
        s = ELLIPSIS.matcher(s).replaceAll(" ... ");
        s = FINAL_AFTER_ABBREVIATION.matcher(s).replaceAll(" . ");
        s = FINAL.matcher(s).replaceAll(" . ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
