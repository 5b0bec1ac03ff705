package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Review of round 74 (stop 64, mend64b, must-fix 1): a group that holds both acts of an agreement, concluded and signed on one
 * occasion, is compatible with a report of either act; it never locks out an undated report of its own occasion. Texts of our
 * own (invented countries, leaders and a pact).
 */
class GroupHoldingBothActsTest {

    private static final LocalDate DAY = LocalDate.of(2033, 9, 6);

    private static final String CONCLUDED = """
            Dravia and Lunmark agree timber pact

            The governments of Dravia and Lunmark agreed a timber deal today at the river palace of Essen, settling export quotas \
            for oak, beech and pine after a long night of talks between their forestry ministers.""";
    private static final String SIGNED = """
            Dravia and Lunmark sign timber pact

            Dravian Chancellor Oda Brenn and Lunmark's President Kai Mott signed the timber agreement today at the river palace of \
            Essen, settling export quotas for oak, beech and pine after a long night of talks.""";
    private static final String UNDATED_SIGNING = """
            Brenn and Mott sign timber agreement

            Chancellor Oda Brenn and President Kai Mott signed the timber agreement at the river palace of Essen, settling \
            export quotas for oak, beech and pine for the forestry ministers of Dravia and Lunmark.""";

    @Test
    void anUndatedReportOfEitherActJoinsTheGroupThatHoldsBoth() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(CONCLUDED, SIGNED, UNDATED_SIGNING),
                Arrays.asList(Optional.of(DAY), Optional.of(DAY), Optional.empty()));
        assertEquals(events.get(1L).label(), events.get(2L).label(), "concluded and signed on one day: one occasion");
        assertFalse(events.get(3L).label().isEmpty(), "placed");
        assertEquals(events.get(2L).label(), events.get(3L).label());
    }

    @Test
    void anUndatedReportJoinsTheUsersEventThatHoldsBothActs() {
        List<ArticleEvents.Input> in = List.of(new ArticleEvents.Input(1, CONCLUDED, Optional.empty(), "Timber pact"),
                new ArticleEvents.Input(2, SIGNED, Optional.empty(), "Timber pact"),
                new ArticleEvents.Input(3, UNDATED_SIGNING, Optional.empty(), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertEquals("Timber pact", events.get(1L).label());
        assertEquals("Timber pact", events.get(3L).label(), "the third report, of the signing, joins the user's event");
    }

    @Test
    void aGroupOfOneActAloneStillKeepsAnUndatedReportOfTheOtherAway() {
        // The negative: the conclusion alone, dated, and an undated report of the signing: two acts, two events.
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(CONCLUDED, UNDATED_SIGNING),
                Arrays.asList(Optional.of(DAY), Optional.empty()));
        assertFalse(events.get(1L).label().equals(events.get(2L).label()));
    }
}
