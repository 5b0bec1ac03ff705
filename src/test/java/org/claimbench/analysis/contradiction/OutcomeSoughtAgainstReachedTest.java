package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An outcome still sought in one account, already reached in the other (OutcomeSoughtAgainstReached). */
class OutcomeSoughtAgainstReachedTest {

    private static final String SOUGHT = "The ferry company wants talks with the harbour board to reach a solution acceptable to the crews";
    private static final String APPROVED = "The harbour board chairman thanked the ferry company for the approval of the timetable";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("status:outcome-sought"));
    }

    @Test
    void anOutcomeSoughtAgainstOneReachedIsAConflictBothWays() {
        List<Signal> s = between(claim(1, SOUGHT, "Ferry company"), claim(2, APPROVED, "Harbour board"));
        assertTrue(fires(s), s.toString());
        assertEquals("“solution” still sought in one claim, “approval” in the other: one account tells the outcome as still to be "
                + "reached, the other as already reached.", s.stream().filter(x -> x.pattern().equals("status:outcome-sought"))
                .findFirst().orElseThrow().explanation());
        assertTrue(fires(between(claim(3, APPROVED, "Harbour board"), claim(4, SOUGHT, "Ferry company"))));
        // "to reach a settlement" (a kind of agreement) against a deal struck; "hope to achieve an agreement" against "agreed to".
        assertTrue(fires(between(claim(5, "The crews asked the board to resume negotiations to reach a settlement on night fares", "Crews"),
                claim(6, "The board announced a settlement on night fares with the crews on Friday", "Harbour board"))));
        assertTrue(fires(between(claim(7, "The crews hope to achieve an agreement with the board before the winter timetable", "Crews"),
                claim(8, "The board said the crews agreed to the winter timetable on Friday", "Harbour board"))));
        // A modal in the verb group of "result in".
        assertTrue(fires(between(claim(9, "The ferry company said the talks could result in a solution for the crews", "Ferry company"),
                claim(10, APPROVED, "Harbour board"))));
    }

    @Test
    void anOutcomeNotSoughtOrNotReachedIsNone() {
        // Reached in both: "reached a settlement" states it as fact.
        assertFalse(fires(between(claim(1, "The crews reached a settlement with the board on night fares", "Crews"),
                claim(2, "The board announced a settlement on night fares with the crews on Friday", "Harbour board"))));
        // Sought in both: a deal that could be signed is not reached.
        assertFalse(fires(between(claim(3, "The crews hope to reach a deal with the board on night fares", "Crews"),
                claim(4, "The board said a deal on night fares could be signed next week", "Harbour board"))));
        // Denied: no approval was given (a denial is the negation signal's, not a reached outcome).
        assertFalse(fires(between(claim(5, SOUGHT, "Ferry company"),
                claim(6, "The harbour board chairman said there was no approval of the timetable", "Harbour board"))));
        // A predicate of volition in another clause: the talks were aimed at calm, their result is told as fact.
        assertFalse(fires(between(claim(9, "Talks with the harbour board aimed at calm on the quays have resulted in a solution for the crews",
                "Ferry company"), claim(10, APPROVED, "Harbour board"))));
        // "The will of the crews" is a noun, no modal.
        assertFalse(fires(between(claim(11, "The ferry company respects the will of the crews and has reached a solution with them",
                "Ferry company"), claim(12, APPROVED, "Harbour board"))));
        // A verb of another meaning before the noun: "discuss a solution" seeks nothing.
        assertFalse(fires(between(claim(7, "The ferry company would discuss a solution with the harbour board", "Ferry company"),
                claim(8, APPROVED, "Harbour board"))));
    }

    @Test
    void anOutcomeSoughtOfAnotherTopicOrByOneSourceOrInAnotherEventIsNone() {
        String ofFares = "The crews want talks with the board to reach a settlement of the fares dispute";
        assertFalse(fires(between(claim(1, ofFares, "Crews"),
                claim(2, "The board announced a settlement with the crews on the winter timetable", "Harbour board"))));
        assertTrue(fires(between(claim(3, ofFares, "Crews"),
                claim(4, "The board announced a settlement of the fares dispute with the crews", "Harbour board"))));
        assertFalse(fires(between(claim(5, SOUGHT, "Ferry company"), claim(6, APPROVED, "Ferry company"))));
        assertFalse(fires(between(claim(7, SOUGHT, "Ferry company", "another event"), claim(8, APPROVED, "Harbour board", "the same event"))));
    }
}
