package dev.storyline.cluster;

import java.util.Set;

/**
 * Evidence that two reports are about two events of one kind, not one event: where both leads say it,
 * they date the event in other years (the year of the event, not of the report: a report of 2013 may
 * date a 2008 event), or give a quake another magnitude. Places were tried as a third signal (a capitalised
 * name after "in" or in a dateline that the other report never mentions) and cost more joins of one event
 * than they saved on ECB+ topics 1 to 20: one person's event moves between places.
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
