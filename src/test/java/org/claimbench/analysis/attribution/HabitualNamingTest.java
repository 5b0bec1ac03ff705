package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 50: a verb of naming (VerbNet 3.4 dub-29.3.2) in the simple present in a relative clause ("Solvang, who calls her
 * rival a friend, …") tells what its subject habitually calls something, no utterance: no cue. The past and a main clause
 * stay cues. Sentences written for this test.
 */
class HabitualNamingTest {

    @Test
    void aVerbOfNamingInARelativeClauseInThePresentIsNoCue() {
        // Before: "Solvang | calls | her rival a friend" (the claim suggested: "Solvang, who calls her rival a friend").
        assertEquals(List.of(), AttributionText.byCue("Solvang, who calls her rival a friend, left the meeting early.", "calls"));
        assertEquals(List.of(), AttributionText.byCue("The wardens, who call the old pier a relic, want it gone.", "call"));
    }

    @Test
    void thePastOrAMainClauseStaysACue() {
        assertEquals(1, AttributionText.byCue("Solvang, who called the plan reckless, left the meeting early.", "called").size());
        assertEquals(1, AttributionText.byCue("Solvang calls the plan reckless.", "calls").size());
    }
}
