package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Round 75 of issue 11 (stop 65): a first told with "in" and a length of time ("the first direct talks in more than three
 * years") or with "after"/"following" right after its noun ends a gap as "since" does, and a first after a gap is not the same
 * count as a first that opens a series ("the first summit of the two blocs"). Texts of our own (invented sides and places).
 */
class FirstAfterAGapTest {

    private final EventInference inference = new EventInference();

    /** Resumed talks of two sides, dated by a dateline. */
    private static final String TALKS_DATED = """
            Ostria and Vell end first round of talks in Corvel

            CORVEL, 12 March 2031 - Delegations of Ostria and Vell ended talks in Corvel on Wednesday with an agreement to \
            swap two hundred detained fishermen, the first direct talks between the two sides in over three years.
            Ostrian envoy Lars Eke said the swap would happen within days and that the talks on the border would go on.""";

    /** The same talks, undated, with the weekday and the place. */
    private static final String TALKS_UNDATED = """
            Fishermen swap agreed as Ostria and Vell meet

            On Wednesday, the first direct talks between Ostria and Vell in more than three years ended in Corvel with a deal \
            to swap two hundred detained fishermen.
            Ostrian envoy Lars Eke said the swap would happen within days; the Vell delegation said the border would be \
            discussed at the next round.""";

    /** An inaugural summit of two other blocs, a few days later, with no gap. */
    private static final String SUMMIT = """
            Harbour League and Tarn Union seal tariff deal at first summit

            TARN, 15 March 2031 - Leaders of the Harbour League and the Tarn Union met on Saturday for the first summit of the \
            two blocs and sealed a deal on grain tariffs and port fees.
            League chair Mira Tal called the deal a new chapter for the ports.""";

    /** The profile of a short undated report: a headline of our own, then the sentence. */
    private EventProfile undated(String sentence) {
        return inference.infer("Envoys and leaders meet\n\n" + sentence, Optional.empty());
    }

    @Test
    void aLengthOfTimeAfterInIsTheGapAFirstEnds() {
        assertEquals(Set.of("in three year"), EventOrdinals.firstSince(
                "The envoys held the first direct talks between the two sides in more than three years.", Optional.of("meeting")));
        assertEquals(Set.of("in three year"), EventOrdinals.firstSince(
                "It was the first meeting of the envoys in over three years.", Optional.of("meeting")));
        assertEquals(Set.of("in a decade"), EventOrdinals.firstSince(
                "The two held their first summit in a decade on the island.", Optional.of("meeting")));
        assertEquals(Set.of("ceasefire"), EventOrdinals.firstSince(
                "The cabinet gathered in the capital for its first meeting following the ceasefire.", Optional.of("meeting")));
    }

    @Test
    void aPlaceAfterInOrAnAfterLaterInTheClauseIsNoGap() {
        assertEquals(Set.of(), EventOrdinals.firstSince("The envoys held their first talks in Corvel on Monday.",
                Optional.of("meeting")), "a place after 'in' is no length of time");
        assertEquals(Set.of(), EventOrdinals.firstSince("The first round of talks ended after three hours.",
                Optional.of("meeting")), "'after' further on tells the round's own time");
        assertEquals(OptionalInt.of(1), EventOrdinals.ordinal("The first round of talks ended after three hours.",
                Optional.of("meeting")));
    }

    @Test
    void twoFirstsInTheSameLengthOfTimeAreOneCountAndASinceIsAnother() {
        EventProfile more = undated("The envoys held the first direct talks in more than three years.");
        assertEquals(EventProfile.Relation.SAME, undated("Envoys met for the first direct talks in over three years.").relation(more));
        assertNotEquals(EventProfile.Relation.SAME, undated("The envoys held the first direct talks since the 2028 flood.")
                .relation(more), "since a point against a length of time: two points");
    }

    @Test
    void aFirstAfterAGapIsNotTheCountOfAFirstThatOpensASeries() {
        EventProfile resumed = undated("The envoys held the first direct talks in more than three years.");
        EventProfile inaugural = undated("The leaders met for the first summit of the two blocs.");
        EventProfile inauguralAgain = undated("It was the first summit of the league and the union.");
        assertEquals(OptionalInt.of(1), resumed.ordinal());
        assertEquals(OptionalInt.of(1), inaugural.ordinal());
        assertNotEquals(EventProfile.Relation.SAME, resumed.relation(inaugural));
        assertNotEquals(EventProfile.Relation.SAME, inaugural.relation(resumed));
        assertEquals(EventProfile.Relation.SAME, inaugural.relation(inauguralAgain), "two firsts with no gap are read as before");
        assertEquals(EventProfile.Relation.SAME, undated("The two ministers held their first meeting since Eke took office in May.")
                .relation(inaugural), "a first since a point may count from the series' opening: read as before");
    }

    /** The inaugural summit told again, undated, by another outlet in its own words. */
    private static final String SUMMIT_UNDATED = """
            Ports cheer grain tariff cut

            The Harbour League and the Tarn Union agreed to cut grain tariffs and port fees at the first summit of the two \
            blocs, and League chair Mira Tal said the ports had waited years for the deal.""";

    /** The first summit of two other sides, undated, that shares no words with it. */
    private static final String OTHER_FIRST = """
            Velmar and Ostria open a new chapter

            Chancellor Ida Marrow received President Lars Eke for the first summit between Velmar and Ostria, where both \
            pledged a railway link and a joint fund for schools.""";

    @Test
    void twoFirstsAreOneEventOnlyWhenTheirLeadsMeet() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(SUMMIT, OTHER_FIRST, SUMMIT_UNDATED),
                List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(EventProfile.Relation.SAME, inference.infer(OTHER_FIRST, Optional.empty())
                .relation(inference.infer(SUMMIT, Optional.empty())), "both the first summit of their sides");
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "two sides' firsts whose leads share nothing");
        assertEquals(events.get(1L).label(), events.get(3L).label(), "one summit told twice: the leads meet");
    }

    @Test
    void anUndatedReportOfResumedTalksJoinsThemNotAnInauguralSummitDaysLater() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(TALKS_DATED, SUMMIT, TALKS_UNDATED),
                List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "two events of other sides");
        assertEquals(events.get(1L).label(), events.get(3L).label(), "the undated report joins the talks it names");
        assertNotEquals(events.get(2L).label(), events.get(3L).label());
    }
}
