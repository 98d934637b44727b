package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Months and days named without a year take their year from the tense of their clause, and days counted from
 * another day ("two days later", "the next day") count from the day the sentence names.
 */
class DatesByTenseAndAnchorTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();
    /** A Monday in mid-October. */
    private static final LocalDate MON_15_OCT_2012 = LocalDate.of(2012, 10, 15);
    /** A Monday in early April. */
    private static final LocalDate MON_9_APR_2012 = LocalDate.of(2012, 4, 9);

    private static List<String> values(String text, LocalDate ref) {
        return TAGGER.tag(text, ref).stream().map(TimeExpression::value).toList();
    }

    @Test
    void aMonthToldInThePastIsTheLatestNotAfterPublication() {
        assertThat(values("The factory was closed in August after the fire.", MON_15_OCT_2012))
                .containsExactly("2012-08");
        // a month just ahead of publication, told in the past, is last year's, not the coming one
        assertThat(values("The mayor resigned in November amid the inquiry.", MON_15_OCT_2012))
                .containsExactly("2011-11");
        assertThat(values("Prices were raised in October, the company said.", MON_15_OCT_2012))
                .containsExactly("2012-10");
    }

    @Test
    void aMonthAnnouncedOrScheduledIsTheNextOne() {
        assertThat(values("The plant will reopen in August.", MON_15_OCT_2012)).containsExactly("2013-08");
        assertThat(values("Voters go to the polls next August.", MON_15_OCT_2012)).containsExactly("2013-08");
        // a schedule in the present tense looks ahead although no "will" is there
        assertThat(values("The sequel begins shooting in August with a new script.", MON_9_APR_2012))
                .containsExactly("2012-08");
    }

    @Test
    void aMonthAndDayFollowTheTenseToo() {
        assertThat(values("He was arrested on November 2 at his home.", MON_15_OCT_2012))
                .containsExactly("2011-11-02");
        assertThat(values("The court will hear the case on October 3.", MON_15_OCT_2012))
                .containsExactly("2013-10-03");
        assertThat(values("The bridge was opened on October 3.", MON_15_OCT_2012)).containsExactly("2012-10-03");
        // a day of slack for a report dated in another time zone than the event
        assertThat(values("The storm hit the coast on October 16.", MON_15_OCT_2012)).containsExactly("2012-10-16");
    }

    @Test
    void daysLaterCountFromTheDayTheSentenceNames() {
        assertThat(TAGGER.tag("The suspect fled on March 3 and was caught two days later in Ohio.", MON_9_APR_2012))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("March 3", "2012-03-03"), tuple("two days later", "2012-03-05"));
        assertThat(values("Fire broke out on June 2, 2011; the next day the roof fell in.", MON_9_APR_2012))
                .containsExactly("2011-06-02", "2011-06-03");
        assertThat(values("The ship sank on Jan. 10 and the crew was found the following day.", MON_9_APR_2012))
                .containsExactly("2012-01-10", "2012-01-11");
        assertThat(values("Talks collapsed on March 20, a week later.", MON_9_APR_2012))
                .containsExactly("2012-03-20", "2012-03-27");
    }

    @Test
    void withoutADayToCountFromLaterIsALengthAndTheNextDayNoDate() {
        List<TimeExpression> found = TAGGER.tag("Fourteen months later, he was arrested outside Las Vegas.",
                MON_9_APR_2012);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
                .containsExactly(tuple("Fourteen months", Type.DURATION, "P14M"));
        assertThat(found.get(0).date()).isEmpty();
        assertThat(TAGGER.tag("The next day the roof fell in.", MON_9_APR_2012)).isEmpty();
        // "ago" still counts from the publication date
        assertThat(values("He left two days ago.", MON_9_APR_2012)).containsExactly("2012-04-07");
    }

    @Test
    void aWeekdayAfterANamedDayInSequenceIsTheOneAfterIt() {
        // Tuesday after Thursday March 1, 2012, not the Tuesday before publication
        assertThat(values("Police arrested him on March 1 and then charged him on Tuesday.", MON_9_APR_2012))
                .containsExactly("2012-03-01", "2012-03-06");
        // no word of sequence: the weekday counts from publication as usual
        assertThat(values("Smith, arrested on March 1, appeared in court on Tuesday.", MON_9_APR_2012))
                .containsExactly("2012-03-01", "2012-04-03");
        // a named day in another sentence is no anchor
        assertThat(values("He was arrested on March 1. He then appeared in court on Tuesday.", MON_9_APR_2012))
                .containsExactly("2012-03-01", "2012-04-03");
        // looking ahead, the weekday stays ahead of publication
        assertThat(values("He was charged on March 1 and will appear in court on Tuesday.", MON_9_APR_2012))
                .containsExactly("2012-03-01", "2012-04-10");
    }
}
