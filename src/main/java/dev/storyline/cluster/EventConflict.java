package dev.storyline.cluster;

import java.util.Set;

/**
 * Evidence that two reports are about two events of one kind, not one event: where both leads say it,
 * they date the event in other years (the year of the event, not of the report: a report of 2013 may
 * date a 2008 event), give a quake another magnitude, or place the event in places that lie apart (Iran
 * is not China; Malibu lies in California). Only the place of the event is compared, the one the title
 * and the first sentence that says where give ({@link Places}): the places a report goes on to mention
 * are background, and one person's event moves between them. A report that states no place is no evidence.
 */
final class EventConflict {

    /** Difference of magnitudes (times ten) beyond which two quakes are two: first figures get revised. */
    private static final int MAGNITUDE_APART = 3;

    private EventConflict() {
    }

    /** True when the two reports' leads conflict on the year or the magnitude of the event. */
    static boolean between(ArticleFeatures a, ArticleFeatures b) {
        return date(a, b) || magnitude(a, b);
    }

    /**
     * Both reports state where the event happened, the places lie apart, and neither report mentions the
     * other's place at all: a name of two places ("Surrey", "Wellington") is read as the larger one, and
     * a report that names the other's place knows of it.
     */
    static boolean place(ArticleFeatures a, ArticleFeatures b) {
        return Places.apart(a.eventPlaces(), b.eventPlaces()) && !mentions(a, b.placeNames()) && !mentions(b, a.placeNames());
    }

    private static boolean mentions(ArticleFeatures f, Set<String> names) {
        for (String n : names) {
            if (f.entities().containsKey(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both leads date the event and share no year. Days are not compared: a lead dates the steps of one
     * event (the arrest, the charge) weeks apart as often as it dates two events.
     */
    static boolean date(ArticleFeatures a, ArticleFeatures b) {
        return !a.eventYears().isEmpty() && !b.eventYears().isEmpty() && disjoint(a.eventYears(), b.eventYears());
    }

    /** Both leads give a magnitude and no two lie within {@link #MAGNITUDE_APART} tenths. */
    static boolean magnitude(ArticleFeatures a, ArticleFeatures b) {
        if (a.magnitudes().isEmpty() || b.magnitudes().isEmpty()) {
            return false;
        }
        for (int x : a.magnitudes()) {
            for (int y : b.magnitudes()) {
                if (Math.abs(x - y) <= MAGNITUDE_APART) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (int x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
