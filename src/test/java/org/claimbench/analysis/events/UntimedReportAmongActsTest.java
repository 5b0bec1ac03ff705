package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Review of round 74 (stop 64, mend64b, finding 6): in {@code EventGroups.placeUntimed} a group that an untimed report's act
 * sets apart still competes for it (an act may be misread), so the runner-up does not win by default; only hard times or the
 * user's event take a group out of the running. Texts of our own.
 */
class UntimedReportAmongActsTest {

    private static final String MET = "Chancellor Oda Brenn and President Kai Mott met at the river palace of Essen to talk about "
            + "export quotas for oak, beech and pine from the northern forests.";
    private static final String SIGNING = MET + " Brenn and Mott signed the timber agreement at the palace.";
    private static final String OTHER_VISIT = MET + " Brenn and Mott toured the sawmills by the river.";
    private static final String UNDATED_CONCLUSION = MET + " Brenn and Mott agreed the timber deal at the palace.";

    @Test
    void aGroupSetApartOnlyByAnActStillKeepsTheRunnerUpFromWinning() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(SIGNING, OTHER_VISIT, UNDATED_CONCLUSION),
                Arrays.asList(Optional.of(LocalDate.of(2033, 9, 6)), Optional.of(LocalDate.of(2033, 3, 1)), Optional.empty()));
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "months apart: two events");
        assertNotEquals(events.get(2L).label(), events.get(3L).label(), "not the other visit by default");
        assertEquals("", events.get(3L).label(), "left unplaced between the two");
    }

    @Test
    void anUndatedReportOfTheSigningStillJoinsTheSigningsGroup() {
        // The positive: the same report telling the signing, and clearly nearer the signing's group than the other visit.
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(SIGNING, OTHER_VISIT,
                        MET + " Brenn and Mott signed the timber agreement at the palace by the river."),
                Arrays.asList(Optional.of(LocalDate.of(2033, 9, 6)), Optional.of(LocalDate.of(2033, 3, 1)), Optional.empty()));
        assertEquals(events.get(1L).label(), events.get(3L).label());
    }
}
