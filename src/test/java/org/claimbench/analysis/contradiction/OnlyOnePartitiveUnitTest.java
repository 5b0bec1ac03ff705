package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "The only point of agreement was …": the exclusive particle on a partitive noun restricts the noun after "of" (one agreement
 * alone), which meets "reached several agreements": round 77 of issue 11. Sentences of our own.
 */
class OnlyOnePartitiveUnitTest {

    private static final String ONE = "The only point of agreement at the harbour talks was a shared timetable for the ferries";

    /** The focus patterns between two claims of two sources on one event. */
    private static List<String> focus(String first, String second) {
        return between(claim(1, first, "Press"), claim(2, second, "Council")).stream().map(Signal::pattern)
                .filter(p -> p.startsWith("focus:")).toList();
    }

    @Test
    void thePartitiveCountsTheNounAfterOf() {
        assertEquals("agreement", claim(1, ONE, "Press").focus.only());
        assertEquals("news", claim(2, "The only item of news from the harbour talks was the ferry timetable", "Press").focus.only());
        assertEquals("point", claim(3, "The only point raised at the harbour talks was the ferry timetable", "Press").focus.only(),
                "no of-phrase: the noun itself");
    }

    @Test
    void oneAgreementAloneAgainstSeveralIsAConflictOfScope() {
        assertEquals(List.of("focus:agreement"),
                focus(ONE, "The harbour talks reached several agreements, including a shared timetable for the ferries"));
        assertEquals(List.of(), focus(ONE, "The harbour talks reached an agreement on a shared timetable for the ferries"),
                "one agreement in both");
    }
}
