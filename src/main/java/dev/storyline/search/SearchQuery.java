package dev.storyline.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a reader types into a Lucene query: words (every one required, with a fallback to any),
 * {@code "phrases"}, Lucene's own syntax where it parses, and {@code publisher:name} or
 * {@code publisher:"two words"} taken out as a filter (as is a publisher given apart). Text that is not
 * valid query syntax (a lone quote, a trailing {@code AND}) is searched as plain words. Thread-safe.
 */
final class SearchQuery {

    /** Longer text is cut: a search box is not a document. */
    static final int MAX_CHARS = 500;
    private static final Pattern PUBLISHER = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])publisher:(?:\"([^\"]*)\"?|(\\S+))");
    private static final String[] FIELDS = {SearchDocuments.HEADLINE, SearchDocuments.SECTIONS, SearchDocuments.TITLES, SearchDocuments.TEXT};

    /**
     * The query with every word required, and the same with any word enough ({@code null} when that would
     * be the same query).
     */
    record Parsed(Query allWords, Query anyWord) {
    }

    /** Empty when the text holds neither a word nor a publisher. */
    Optional<Parsed> parse(String text, String publisher) {
        String input = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> publishers = new ArrayList<>();
        if (publisher != null && !publisher.isBlank()) {
            publishers.add(publisher);
        }
        Matcher m = PUBLISHER.matcher(input);
        StringBuilder words = new StringBuilder();
        while (m.find()) {
            publishers.add(m.group(1) != null ? m.group(1) : m.group(2));
            m.appendReplacement(words, " ");
        }
        m.appendTail(words);
        String rest = words.toString().strip();
        List<Query> filters = new ArrayList<>();
        for (String p : publishers) {
            Query filter = publisherFilter(p);
            if (filter == null) {
                return Optional.empty();
            }
            filters.add(filter);
        }
        if (rest.isEmpty()) {
            return filters.isEmpty() ? Optional.empty() : Optional.of(new Parsed(filtered(new MatchAllDocsQuery(), filters), null));
        }
        Query all = words(rest, QueryParser.Operator.AND);
        Query any = words(rest, QueryParser.Operator.OR);
        if (all == null) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(filtered(all, filters), any == null || any.equals(all) ? null : filtered(any, filters)));
    }

    private static Query words(String text, QueryParser.Operator operator) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, SearchDocuments.analyzer(), SearchDocuments.BOOSTS);
        parser.setDefaultOperator(operator);
        parser.setAllowLeadingWildcard(false);
        try {
            return nonEmpty(parser.parse(text));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            try {
                // lower case too: AND, OR and NOT are operators only in capitals
                return nonEmpty(parser.parse(QueryParserBase.escape(text.toLowerCase(Locale.ROOT))));
            } catch (ParseException | IndexSearcher.TooManyClauses again) {
                return null;
            }
        }
    }

    /** Null for a query of stop words only, which the parser turns into an empty boolean query. */
    private static Query nonEmpty(Query q) {
        return q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
    }

    private static Query filtered(Query query, List<Query> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** The publisher's words in order within one publisher name; null when the name has no word. */
    private static Query publisherFilter(String name) {
        List<String> terms = new ArrayList<>();
        Analyzer analyzer = SearchDocuments.analyzer();
        try (TokenStream tokens = analyzer.tokenStream(SearchDocuments.PUBLISHER, name)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.isEmpty() ? null : new PhraseQuery(SearchDocuments.PUBLISHER, terms.toArray(String[]::new));
    }
}
