package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Round 64 of issue 11 (stop 60): "the first … since …" ends a gap and numbers no series, so two such firsts counted from
 * different points are not one event, and a report whose only time is such a first is placed by what it speaks of. Texts of
 * our own (invented leaders, countries and towns).
 */
class FirstSinceOrdinalsTest {

    private final EventInference inference = new EventInference();

    /** A visit told with no day at all, only as the first since a killing, its principals named without their titles. */
    private static final String VISIT = """
            Marrow hosts the Tessian regent at the palace

            Ida Marrow sat across from Olaf Brann in the Quarry Palace as the regent pledged new harbour investment. The \
            visit, the first official visit by the Tessian regent since the 2019 killing of a harbour reporter, was billed as \
            a reset of ties between Velmar and Tessia.
            Marrow praised the harbour investment pledge and said the reporter's killing was a closed matter.""";

    /** A second report of the same visit, dated. */
    private static final String VISIT_DATED = """
            Regent Brann pledges harbour investment at the palace

            Chancellor Ida Marrow welcomed Regent Olaf Brann to the Quarry Palace on Tuesday and the regent pledged new \
            harbour investment worth twelve billion crowns.
            Marrow said questions about the reporter's killing were a closed matter and praised the harbour investment \
            pledge as a reset of ties.""";

    /** Another event of other sides, a week earlier, also told as a first since something else. */
    private static final String TALKS = """
            Ostria and the river agency agree on inspections at Corvel

            Ostrian Foreign Minister Lars Eke held talks with agency chief Mira Tal in Corvel on Tuesday, the first direct \
            meeting between the two sides since the flood at the Tarn dam.
            The two signed an arrangement on inspections of the dams and on reports about the flooded sites.""";

    private static Map<Long, EventGroups.Assigned> assign(List<String> texts, List<Optional<LocalDate>> published) {
        return UndatedReportOfASplitEventTest.assign(texts, published);
    }

    @Test
    void twoFirstsSinceDifferentPointsAreNotOneEvent() {
        EventProfile visit = inference.infer(VISIT, Optional.empty());
        EventProfile talks = inference.infer(TALKS, Optional.of(LocalDate.of(2031, 3, 4)));
        assertEquals(OptionalInt.of(1), visit.ordinal());
        assertEquals(Optional.of("meeting"), visit.kind());
        assertEquals(OptionalInt.of(1), talks.ordinal());
        assertNotEquals(EventProfile.Relation.SAME, visit.relation(talks));
        assertNotEquals(EventProfile.Relation.SAME, talks.relation(visit));
    }

    @Test
    void aReportWhoseOnlyTimeIsAFirstSinceJoinsTheEventItSpeaksOfNotAnotherFirst() {
        Map<Long, EventGroups.Assigned> events = assign(List.of(TALKS, VISIT_DATED, VISIT),
                List.of(Optional.of(LocalDate.of(2031, 3, 4)), Optional.of(LocalDate.of(2031, 3, 11)), Optional.empty()));
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "two events a week apart");
        assertEquals(events.get(2L).label(), events.get(3L).label(), "the undated report of the visit joins the visit");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "not the talks, though both are a first since something");
        assertFalse(events.get(1L).keys().contains("meeting#1"), "a first since a point is no key of its event: " + events.get(1L).keys());
    }

    @Test
    void twoFirstsSinceOnePointAreStillOneCount() {
        EventProfile a = inference.infer("Regent Brann in Velmar\n\nRegent Olaf Brann arrived in Velmar for talks, the first visit "
                + "by a Tessian regent since 1961.", Optional.empty());
        EventProfile b = inference.infer("Tessian regent visits\n\nThe talks marked the first visit to Velmar by a Tessian head of "
                + "state since Tessia left the union in 1961.", Optional.empty());
        assertEquals(Set.of("1961"), a.firstSince());
        assertTrue(b.firstSince().contains("1961"), b.firstSince().toString());
        assertEquals(EventProfile.Relation.SAME, a.relation(b));
    }

    @Test
    void otherOrdinalsAreReadAsBefore() {
        assertEquals(Set.of(), EventOrdinals.firstSince("The two presidents held their first meeting in Corvel on Monday.",
                Optional.of("meeting")), "a first with no 'since' still counts");
        assertEquals(OptionalInt.of(1), EventOrdinals.ordinal("The two presidents held their first meeting in Corvel on Monday.",
                Optional.of("meeting")));
        assertEquals(Set.of(), EventOrdinals.firstSince("The presidents spoke by phone, their fourth call since March.",
                Optional.of("call")), "a higher ordinal since a point still numbers a series");
        assertEquals(OptionalInt.of(4), EventOrdinals.ordinal("The presidents spoke by phone, their fourth call since March.",
                Optional.of("call")));
        assertEquals(Set.of(), EventOrdinals.firstSince("The ministers held their first meeting on Monday, and trade has grown "
                + "since then.", Optional.of("meeting")), "a 'since' after the ordinal's clause is another clause's");
    }
}
