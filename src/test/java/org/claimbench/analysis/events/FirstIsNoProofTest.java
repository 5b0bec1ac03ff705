package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Mends of round 75 (stop 65, mend65b): "first" is what any two sides' meetings are called, so a shared ordinal 1 proves no
 * one event, whether the reports are dated by their publication or not dated at all; only leads that meet do. Texts of our own
 * (invented sides, places and people).
 */
class FirstIsNoProofTest {

    private final EventInference inference = new EventInference();

    /** An inaugural summit of two blocs, dated by its dateline. */
    private static final String SUMMIT = """
            Harbour League and Tarn Union sign fisheries pact

            TARN, 19 May 2031 - The Harbour League and the Tarn Union signed a fisheries pact and a pledge on port fees at \
            the first summit of the two blocs.
            League chair Mira Tal said the pact would open the northern banks to both fleets.""";

    /** Resumed talks of two other sides, three days earlier, dated by their dateline. */
    private static final String TALKS = """
            Ostria and Vell envoys trade lists of detained fishermen

            CORVEL, 16 May 2031 - Envoys of Ostria and Vell traded lists of detained sailors and agreed to meet again, in \
            the first direct talks between the two sides since the border war of 2027.
            Ostrian envoy Lars Eke said the lists held two hundred names.""";

    /** The same summit, dated by its dateline a day later, told in other words. */
    private static final String SUMMIT_AGAIN = """
            Fleets cheer northern banks deal

            TARN, 20 May 2031 - Fleets of the Harbour League and the Tarn Union will share the northern banks under the \
            fisheries pact their leaders signed at the first summit of the two blocs, League chair Mira Tal said.""";

    @Test
    void twoDatedFirstsOfOtherSidesDaysApartAreTwoEvents() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(SUMMIT, TALKS, SUMMIT_AGAIN),
                List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        EventProfile summit = inference.infer(SUMMIT, Optional.empty());
        EventProfile talks = inference.infer(TALKS, Optional.empty());
        assertEquals(EventProfile.Relation.SAME, summit.relation(talks), "three days apart, dated by publication: within reach");
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "a shared 'first' is no proof: the leads share nothing");
        assertEquals(events.get(1L).label(), events.get(3L).label(), "one summit told twice: the leads meet");
    }

    @Test
    void twoFirstsByPublicationDatesAloneNeedTheirLeadsToMeet() {
        EventProfile summit = inference.infer(SUMMIT, Optional.of(LocalDate.of(2031, 5, 19)));
        EventProfile talks = inference.infer(TALKS, Optional.of(LocalDate.of(2031, 5, 16)));
        assertEquals(true, EventGroups.byPublicationDate(summit, talks), "ordinal 1 of both: no proof of one event");
        assertEquals(false, EventGroups.toldAsOneTime(summit, talks));
    }

    @Test
    void aLengthOfTimeThatIsNoGapEndedByTheFirstIsNotRead() {
        assertEquals(Set.of(), EventOrdinals.firstSince("Their first meeting ended without a deal and the envoys will meet again in "
                + "two weeks.", Optional.of("meeting")), "a later 'in' of the clause tells a time to come");
        assertEquals(Set.of(), EventOrdinals.firstSince("It was the first of four meetings in three weeks.", Optional.of("meeting")),
                "the span of a counted set, not a gap");
        assertEquals(Set.of(), EventOrdinals.firstSince("The two will hold their first summit in a year's time.",
                Optional.of("meeting")), "'in a year's time' is a time to come");
        assertEquals(Set.of(), EventOrdinals.firstSince("Their first meeting with the rebels will be in two weeks.",
                Optional.of("meeting")), "a verb between the noun and 'in': no phrase of the noun");
    }

    @Test
    void aLengthOfTimeRightAfterTheNounOrItsPhraseOfTheSidesIsAGap() {
        assertEquals(Set.of("in three year"), EventOrdinals.firstSince("The envoys held the first direct talks between Ostria and Vell "
                + "in more than three years.", Optional.of("meeting")));
        assertEquals(Set.of("in two year"), EventOrdinals.firstSince("They met for the first summit in two years.", Optional.of("meeting")));
    }

    @Test
    void anUndatedFirstIsNotJoinedToADatedFirstBeforeTheReportsItsLeadMeets() {
        EventProfile summit = inference.infer(SUMMIT, Optional.empty());
        EventProfile undated = inference.infer("Envoys meet\n\nThe envoys held the first summit of the two blocs.", Optional.empty());
        assertEquals(EventProfile.Relation.SAME, summit.relation(undated), "both the first of their kind");
        assertEquals(false, EventGroups.toldAsOneTime(summit, undated), "'first' alone tells no one time: no priority join");
    }
}
