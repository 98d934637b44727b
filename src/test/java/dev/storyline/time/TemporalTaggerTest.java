package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemporalTaggerTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();
    /** A Wednesday. */
    private static final LocalDate WED_14_JAN_2026 = LocalDate.of(2026, 1, 14);
    private static final LocalDate FRI_22_MAR_2013 = LocalDate.of(2013, 3, 22);

    private static List<String> values(String text, LocalDate ref) {
        return TAGGER.tag(text, ref).stream().map(TimeExpression::value).toList();
    }

    private static TimeExpression only(String text, LocalDate ref) {
        List<TimeExpression> found = TAGGER.tag(text, ref);
        assertThat(found).as("expressions in %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void absoluteDatesResolveWithoutAReference() {
        assertThat(values("The deal closed on Mar. 4, 2025 in Paris.", null)).containsExactly("2025-03-04");
        assertThat(values("It was signed 4 March 2025.", null)).containsExactly("2025-03-04");
        assertThat(values("Filed 2025-03-04 by the clerk.", null)).containsExactly("2025-03-04");
        assertThat(values("Sales fell in May 2010.", null)).containsExactly("2010-05");
        assertThat(values("The war ended in 1945.", null)).containsExactly("1945");
    }

    @Test
    void absoluteSpanCoversTheWholeDate() {
        TimeExpression t = only("The deal closed on Mar. 4, 2025 in Paris.", null);
        assertThat(t.text()).isEqualTo("Mar. 4, 2025");
        assertThat(t.type()).isEqualTo(Type.DATE);
        assertThat(t.date()).contains(new CalendarDate(2025, 3, 4));
    }

    @Test
    void dayAndMonthWithoutYearTakeTheMostRecentPastOne() {
        assertThat(values("Police said the attack happened on 4 March.", FRI_22_MAR_2013)).containsExactly("2013-03-04");
        assertThat(values("The plant closed on Dec. 20.", WED_14_JAN_2026)).containsExactly("2025-12-20");
    }

    @Test
    void dayAndMonthWithoutYearLookForwardWhenTheClauseDoes() {
        assertThat(values("The vote will take place on April 7.", FRI_22_MAR_2013)).containsExactly("2013-04-07");
        assertThat(values("The summit is scheduled for Jan. 5.", LocalDate.of(2025, 12, 20))).containsExactly("2026-01-05");
    }

    @Test
    void lastOrNextBeforeADayFixesItsYear() {
        assertThat(values("He was shot last Oct. 23 at his home.", LocalDate.of(1999, 3, 10))).containsExactly("1998-10-23");
        assertThat(values("He was shot last March 3.", LocalDate.of(1999, 3, 10))).containsExactly("1999-03-03");
        assertThat(values("It reopens next Jan. 5.", LocalDate.of(1999, 3, 10))).containsExactly("2000-01-05");
    }

    @Test
    void midYearAndDecadesAndCenturies() {
        TimeExpression mid = only("Output should recover by mid-2025, analysts said.", null);
        assertThat(mid.value()).isEqualTo("2025");
        assertThat(mid.text()).isEqualTo("mid-2025");
        assertThat(values("Prices soared in the 1990s.", null)).containsExactly("199");
        assertThat(values("It was the bloodiest war of the 20th century.", null)).containsExactly("19");
    }

    @Test
    void aDayRangeGivesBothEnds() {
        List<TimeExpression> found = TAGGER.tag("The festival will run March 3-5 in Austin.", LocalDate.of(2025, 2, 10));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("March 3", "2025-03-03"), tuple("5", "2025-03-05"));
    }

    @Test
    void bareWeekdayIsTheNearestPastOneOrTheDayItself() {
        assertThat(values("The minister resigned Tuesday.", WED_14_JAN_2026)).containsExactly("2026-01-13");
        assertThat(values("Talks began on Wednesday.", WED_14_JAN_2026)).containsExactly("2026-01-14");
        assertThat(values("Talks began on Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-08");
        TimeExpression on = only("Talks began on Wednesday.", WED_14_JAN_2026);
        assertThat(on.text()).isEqualTo("Wednesday");
    }

    @Test
    void weekdayInAClauseAboutTheFutureIsTheNextOne() {
        assertThat(values("The board will meet Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-15");
        assertThat(values("A vote is scheduled for Monday.", WED_14_JAN_2026)).containsExactly("2026-01-19");
        assertThat(values("They meet again next Tuesday.", WED_14_JAN_2026)).containsExactly("2026-01-20");
        assertThat(values("The talks collapsed last Wednesday.", WED_14_JAN_2026)).containsExactly("2026-01-07");
    }

    @Test
    void aPassiveAfterBeIsNoPastTenseSoAFutureClauseLooksForward() {
        assertThat(values("The summit will be held Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-15");
        assertThat(values("Results will be announced on Friday.", WED_14_JAN_2026)).containsExactly("2026-01-16");
        assertThat(values("The deal is expected to be signed Friday.", WED_14_JAN_2026)).containsExactly("2026-01-16");
        assertThat(values("The summit was held Tuesday.", WED_14_JAN_2026)).containsExactly("2026-01-13");
        assertThat(values("The summit was held Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-08");
    }

    @Test
    void aScheduleInThePresentTenseLooksForward() {
        assertThat(values("The council is meeting Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-15");
        assertThat(values("The trial begins Monday.", WED_14_JAN_2026)).containsExactly("2026-01-19");
        assertThat(values("Talks resume Monday.", WED_14_JAN_2026)).containsExactly("2026-01-19");
        assertThat(values("The law takes effect Friday.", WED_14_JAN_2026)).containsExactly("2026-01-16");
        assertThat(values("The hearing was adjourned until Monday.", WED_14_JAN_2026)).containsExactly("2026-01-19");
        assertThat(values("The board met Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-08");
        assertThat(values("Talks resumed Monday.", WED_14_JAN_2026)).containsExactly("2026-01-12");
    }

    @Test
    void thisComingAndThisPastWeekdaysPointTheirWayAndKeepTheirWords() {
        TimeExpression coming = only("They meet this coming Thursday.", WED_14_JAN_2026);
        assertThat(coming.text()).isEqualTo("this coming Thursday");
        assertThat(coming.value()).isEqualTo("2026-01-15");
        TimeExpression past = only("The strike ended this past Monday.", WED_14_JAN_2026);
        assertThat(past.text()).isEqualTo("this past Monday");
        assertThat(past.value()).isEqualTo("2026-01-12");
    }

    @Test
    void weekdayAfterAReportingVerbIsPastEvenInAFutureClause() {
        assertThat(values("The plant will close, the company said Monday.", WED_14_JAN_2026)).containsExactly("2026-01-12");
    }

    @Test
    void dayWords() {
        assertThat(values("Shares fell yesterday and rose today.", WED_14_JAN_2026)).containsExactly("2026-01-13", "2026-01-14");
        assertThat(values("He will testify tomorrow.", WED_14_JAN_2026)).containsExactly("2026-01-15");
        assertThat(only("Fighting continued last night.", WED_14_JAN_2026).value()).isEqualTo("2026-01-13TNI");
    }

    @Test
    void lastMonthNameCrossesTheYearBoundary() {
        assertThat(values("Inflation peaked last December.", WED_14_JAN_2026)).containsExactly("2025-12");
        assertThat(values("Inflation peaked last October.", WED_14_JAN_2026)).containsExactly("2025-10");
        assertThat(values("Inflation peaked in December.", WED_14_JAN_2026)).containsExactly("2025-12");
        assertThat(values("Talks resumed in April.", WED_14_JAN_2026)).containsExactly("2025-04");
        assertThat(values("Talks have stalled since February.", WED_14_JAN_2026)).containsExactly("2025-02");
        assertThat(values("The dividend is payable in February.", WED_14_JAN_2026)).containsExactly("2026-02");
        assertThat(values("Talks will resume in February.", WED_14_JAN_2026)).containsExactly("2026-02");
        assertThat(values("The trial opens next March.", WED_14_JAN_2026)).containsExactly("2026-03");
    }

    @Test
    void theNextTwoMonthsWrapOverTheYearsEnd() {
        assertThat(values("The dividend is payable in January.", LocalDate.of(2025, 11, 20))).containsExactly("2026-01");
        assertThat(values("Sales slumped in March.", LocalDate.of(2025, 11, 20))).containsExactly("2025-03");
    }

    @Test
    void aYearAfterTwoMonthsBelongsToBoth() {
        assertThat(values("The index rose between September and October of 2007.", WED_14_JAN_2026))
                .containsExactly("2007-09", "2007-10");
        assertThat(values("From December to February 2010 it snowed.", WED_14_JAN_2026))
                .containsExactly("2009-12", "2010-02");
    }

    @Test
    void yearAgoInASentenceAboutAQuarterIsThatQuarterAYearBefore() {
        assertThat(values("Third-quarter profit rose 5% from a year ago.", LocalDate.of(1989, 10, 26)))
                .containsExactly("1989-Q3", "1988-Q3");
        assertThat(values("Profit rose 5% from a year ago.", LocalDate.of(1989, 10, 26))).containsExactly("1988");
    }

    @Test
    void quartersTakeTheYearTheTextGivesOrTheLatestOne() {
        assertThat(values("It lost $2 billion in the third quarter of this year.", LocalDate.of(2009, 10, 16)))
                .containsExactly("2009-Q3");
        assertThat(values("In the first quarter of last year, it lost money.", LocalDate.of(2009, 5, 7)))
                .containsExactly("2008-Q1");
        assertThat(values("Fourth-quarter profit fell.", LocalDate.of(2010, 1, 28))).containsExactly("2009-Q4");
    }

    @Test
    void aHalfOrQuarterOfAMatchIsNoDate() {
        assertThat(TAGGER.tag("He scored twice in the second half to win the game.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("Late in the fourth quarter, the Colts took the lead.", WED_14_JAN_2026)).isEmpty();
        assertThat(values("Sales rose 4% in the fourth quarter.", WED_14_JAN_2026)).containsExactly("2025-Q4");
    }

    @Test
    void aRateIsNotADuration() {
        assertThat(TAGGER.tag("The plant makes $5 million a year.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("They meet twice a week.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("The two blasts came minutes apart.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("Opening hours were cut.", WED_14_JAN_2026)).isEmpty();
    }

    @Test
    void mayAndMarchAsWordsAreNotMonths() {
        assertThat(TAGGER.tag("Officials may march on the capital.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("May I ask a question?", WED_14_JAN_2026)).isEmpty();
        assertThat(values("Elections were held in May.", WED_14_JAN_2026)).containsExactly("2025-05");
    }

    @Test
    void relativeUnits() {
        assertThat(values("Sales rose this week.", FRI_22_MAR_2013)).containsExactly("2013-W12");
        assertThat(values("Sales rose last week.", FRI_22_MAR_2013)).containsExactly("2013-W11");
        assertThat(values("Sales rose earlier this month.", FRI_22_MAR_2013)).containsExactly("2013-03");
        assertThat(values("Sales will rise next year.", FRI_22_MAR_2013)).containsExactly("2014");
        assertThat(values("Sales fell last year.", WED_14_JAN_2026)).containsExactly("2025");
        assertThat(values("Sales fell last month.", WED_14_JAN_2026)).containsExactly("2025-12");
        assertThat(values("Crowds gathered this past weekend.", WED_14_JAN_2026)).containsExactly("2026-W02-WE");
    }

    @Test
    void agoCountsBackAtTheGrainOfItsUnit() {
        assertThat(values("He left two weeks ago.", WED_14_JAN_2026)).containsExactly("2026-W01");
        assertThat(values("He left two years ago.", FRI_22_MAR_2013)).containsExactly("2011");
        assertThat(values("He left three days ago.", WED_14_JAN_2026)).containsExactly("2026-01-11");
        assertThat(values("He left six months ago.", WED_14_JAN_2026)).containsExactly("2025-07");
    }

    @Test
    void sinceAMonthIsThatMonth() {
        TimeExpression t = only("Prices have risen since June.", WED_14_JAN_2026);
        assertThat(t.text()).isEqualTo("June");
        assertThat(t.value()).isEqualTo("2025-06");
    }

    @Test
    void durationsAreTypedButAreNotDates() {
        TimeExpression minutes = only("The meeting lasted 45 minutes.", WED_14_JAN_2026);
        assertThat(minutes.type()).isEqualTo(Type.DURATION);
        assertThat(minutes.value()).isEqualTo("PT45M");
        assertThat(minutes.date()).isEmpty();
        TimeExpression years = only("They celebrated 50 years of partnership.", WED_14_JAN_2026);
        assertThat(years.type()).isEqualTo(Type.DURATION);
        assertThat(years.value()).isEqualTo("P50Y");
        assertThat(years.date()).isEmpty();
        assertThat(values("a two-year contract", null)).containsExactly("P2Y");
        assertThat(values("over the past three years", null)).containsExactly("P3Y");
        assertThat(values("in recent weeks", null)).containsExactly("PXW");
        assertThat(values("for a decade", null)).containsExactly("P10Y");
    }

    @Test
    void wordsThatLookLikeDatesButAreNot() {
        assertThat(TAGGER.tag("She won three straight terms.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("A 45-year-old man was arrested.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("The 26 - year - old actress checked in.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("The victim, 45 years old, was a teacher.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("The company paid $2010 in fees.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("About 2000 people marched.", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag("The index rose 1,998 points.", WED_14_JAN_2026)).isEmpty();
    }

    @Test
    void presentAndPastReferences() {
        assertThat(values("The company is now bankrupt.", WED_14_JAN_2026)).containsExactly("PRESENT_REF");
        assertThat(values("It recently changed hands.", WED_14_JAN_2026)).containsExactly("PAST_REF");
    }

    @Test
    void setsAndClockTimes() {
        TimeExpression daily = only("The paper is published daily.", WED_14_JAN_2026);
        assertThat(daily.type()).isEqualTo(Type.SET);
        assertThat(daily.value()).isEqualTo("P1D");
        assertThat(values("Voting will close at 8 p.m. Thursday.", WED_14_JAN_2026)).containsExactly("2026-01-15T20:00");
        assertThat(values("Shares closed at 15:30 GMT on Friday.", WED_14_JAN_2026)).containsExactly("2026-01-09T15:30");
    }

    @Test
    void withoutAReferenceRelativeFormsGetUnknownValues() {
        assertThat(values("He resigned Tuesday.", null)).containsExactly("XXXX-WXX-2");
        assertThat(values("Prices fell in October.", null)).containsExactly("XXXX-10");
        TimeExpression yesterday = only("They met yesterday.", null);
        assertThat(yesterday.date()).isEmpty();
    }

    @Test
    void oneTaggerServesManyThreadsAlike() throws Exception {
        String text = "The minister resigned Tuesday, two weeks after the vote of Dec. 30, 2025.";
        List<TimeExpression> expected = TAGGER.tag(text, WED_14_JAN_2026);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<TimeExpression>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String other = i % 2 == 0 ? text : "Prices fell 3% in March and rose in the 1990s.";
                results.add(pool.submit(() -> TAGGER.tag(other, WED_14_JAN_2026)));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anyMixOfCalendarWordsAndNumbersIsTaggedWithoutFailing() {
        String[] words = {"the", "a", "last", "next", "this", "early", "mid-", "late", "March", "May", "Dec.", "Sept",
                "Tuesday", "Friday's", "night", "morning", "at", "noon", "8", "15:30", "GMT", "p.m.", "2025", "1990s",
                "'90s", "3-5", "31", "of", "year", "years", "ago", "quarter", "third", "half", "ago", "since", "will",
                "said", "$", "2,000", "people", "-", ",", ".", "1/2", "and", "a half", "every", "each", "daily",
                "the end of", "nineteen", "ninety-six", "century", "20th", "fiscal", "week", "weekend", "today",
                "yesterday", "tonight", "o'clock", "12/31/99", "2025-02-30", "Christmas", "Thanksgiving", "old"};
        java.util.Random random = new java.util.Random(42);
        for (LocalDate ref : new LocalDate[]{WED_14_JAN_2026, LocalDate.of(2024, 2, 29), null}) {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder b = new StringBuilder();
                for (int w = random.nextInt(12); w >= 0; w--) {
                    b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                String text = b.toString();
                List<TimeExpression> found = TAGGER.tag(text, ref);
                for (TimeExpression t : found) {
                    assertThat(text.substring(t.start(), t.end())).as(text).isEqualTo(t.text());
                    t.date(); // must not throw either
                }
            }
        }
    }

    @Test
    void emptyAndNullTextGiveNothing() {
        assertThat(TAGGER.tag("", WED_14_JAN_2026)).isEmpty();
        assertThat(TAGGER.tag(null, WED_14_JAN_2026)).isEmpty();
    }
}
