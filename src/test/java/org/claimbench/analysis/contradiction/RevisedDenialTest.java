package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 42: a denial the claim bounds to an earlier time and revises in a later clause ("had not approved the lease
 * earlier, but … approved it") tells that the act was done, later ({@link RevisedDenial}): against an account of the act that
 * names no day it is no denial; against one that dates the act its earlier time still answers; a denial with no earlier time,
 * or a later clause that denies again or tells another act, stays a denial.
 */
class RevisedDenialTest {

    private static final String REVISED = "The harbour council initially did not approve the dredging lease, yet it approved the"
            + " lease once the storm damage to the quays had been counted.";

    private static boolean conflict(List<Signal> s) {
        return s.stream().anyMatch(x -> x.name().equals("status") || x.name().equals("denial"));
    }

    /** The signals between an undated account that the lease was approved and the claim given. */
    private static List<Signal> againstUndatedApproval(String text) {
        return between(claim(1, "The harbour council approved the dredging lease, the port's manager said", "Port"),
                claim(2, text, "Press"));
    }

    @Test
    void onlyADenialBoundedToAnEarlierTimeAndRevisedIsVoid() {
        List<Signal> atFirst = againstUndatedApproval("The harbour council did not approve the dredging lease at first, but it"
                + " later approved the lease after a vote");
        assertFalse(conflict(atFirst), atFirst.toString());
        // No earlier time: the denial stands, whatever follows. The later clause denies again, or tells another act.
        for (String stands : List.of("The harbour council has not approved the dredging lease, but the planning board approved it",
                "The harbour council had not approved the dredging lease earlier, but it has not approved it since either",
                "The harbour council had not approved the dredging lease earlier, but it then signed a dredging contract")) {
            List<Signal> s = againstUndatedApproval(stands);
            assertTrue(conflict(s), stands + ": " + s);
        }
    }

    @Test
    void aRevisedDenialDeniesNothingToAnUndatedAccountOfTheAct() {
        List<Signal> s = between(claim(1, "Members of the harbour council voted to approve the dredging lease, its chairwoman told"
                + " a local radio station", "Harbour council"), claim(2, REVISED, "Press"));
        assertFalse(conflict(s), s.toString());
    }

    @Test
    void aRevisedDenialStillAnswersAnAccountThatDatesTheAct() {
        List<Signal> s = between(claim(1, "Members of the harbour council approved the dredging lease on Monday by a show of hands",
                "Harbour council"), claim(2, REVISED, "Press"));
        assertTrue(conflict(s), s.toString());
    }

    @Test
    void aDayAfterAVerbOfAgreeingStillDatesTheAct() {
        String revised = "The ferry union previously had not accepted the new rota; then, after a second ballot, its members"
                + " accepted it by a wide margin.";
        List<Signal> undated = between(claim(1, "The ferry union accepted the new rota, the port's manager said", "Port"),
                claim(2, revised, "Press"));
        assertFalse(conflict(undated), undated.toString());
        List<Signal> dated = between(claim(3, "The ferry union agreed on Monday to the new rota for the winter crossings", "Port"),
                claim(4, revised, "Press"));
        assertTrue(conflict(dated), dated.toString());
    }

    @Test
    void aDenialWithNoEarlierTimeStillConflicts() {
        List<Signal> s = between(claim(1, "Members of the harbour council voted to approve the dredging lease, its chairwoman told"
                + " a local radio station", "Harbour council"), claim(2, "The harbour council has not approved the dredging lease,"
                + " a spokesman for the quay tenants said.", "Press"));
        assertTrue(conflict(s), s.toString());
    }
}
