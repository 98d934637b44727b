package dev.storyline.cluster;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer knows of one article: the few signals that tell which event it reports. Small
 * enough to keep in memory for every article of a large store.
 *
 * @param id          article id
 * @param vector      unit-length embedding of title and lead
 * @param terms       stemmed content words with their (sublinear) weights in the article
 * @param entities    normalised names the article mentions, with their counts
 * @param years       the calendar years its text mentions
 * @param published   publication time, or {@code null}
 * @param publisher   publication name, or {@code null}
 * @param leadNames   normalised names of the title and first sentences: who and where the event is
 * @param leadNumbers figures of the title and first sentences other than years (ages, tolls, magnitudes),
 *                    written without spaces or thousands separators
 * @param months      the months its dates point at, as {@code year * 100 + month}
 * @param eventYears  the years the title and lead date, with the year of a stated publication date
 * @param magnitudes  the magnitudes the title and lead give (of a quake), times ten
 * @param eventPlaces where the title and the first sentence stating a place say the event happened, as
 *                    {@link Places} readings ({@code CC} or {@code CC/REGION}); empty when they state none
 * @param placeNames  the names of those places, in lowercase
 */
public record ArticleFeatures(String id, float[] vector, Map<String, Double> terms, Map<String, Integer> entities,
                              Set<Integer> years, Instant published, String publisher, Set<String> leadNames,
                              Set<String> leadNumbers, Set<Integer> months, Set<Integer> eventYears,
                              Set<Integer> magnitudes, Set<String> eventPlaces,
                              Set<String> placeNames) {

    public ArticleFeatures {
        leadNames = leadNames == null ? Set.of() : leadNames;
        leadNumbers = leadNumbers == null ? Set.of() : leadNumbers;
        months = months == null ? Set.of() : months;
        eventYears = eventYears == null ? Set.of() : eventYears;
        magnitudes = magnitudes == null ? Set.of() : magnitudes;
        eventPlaces = eventPlaces == null ? Set.of() : eventPlaces;
        placeNames = placeNames == null ? Set.of() : placeNames;
    }

    /** Features without the event's places. */
    public ArticleFeatures(String id, float[] vector, Map<String, Double> terms, Map<String, Integer> entities,
                           Set<Integer> years, Instant published, String publisher, Set<String> leadNames,
                           Set<String> leadNumbers, Set<Integer> months, Set<Integer> eventYears,
                           Set<Integer> magnitudes) {
        this(id, vector, terms, entities, years, published, publisher, leadNames, leadNumbers, months, eventYears,
                magnitudes, Set.of(), Set.of());
    }

    /** Features without the event's years and magnitudes. */
    public ArticleFeatures(String id, float[] vector, Map<String, Double> terms, Map<String, Integer> entities,
                           Set<Integer> years, Instant published, String publisher, Set<String> leadNames,
                           Set<String> leadNumbers, Set<Integer> months) {
        this(id, vector, terms, entities, years, published, publisher, leadNames, leadNumbers, months, Set.of(), Set.of());
    }

    /** Features without the lead's names and figures or the months (a story seen as one article). */
    public ArticleFeatures(String id, float[] vector, Map<String, Double> terms, Map<String, Integer> entities,
                           Set<Integer> years, Instant published, String publisher) {
        this(id, vector, terms, entities, years, published, publisher, Set.of(), Set.of(), Set.of());
    }
}
