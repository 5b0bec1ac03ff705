package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A status said of a subject with a post-modifier is the head noun's ("a hearing between the ministries … agreed": the hearing). */
class StatusOfThePhrasesHeadTest {

    @Test
    void aStatusIsOfTheSubjectsHeadNotOfTheNounInItsPrepositionalPhrase() {
        ClaimFeatures agreed = claim(1, "A hearing between the two ministries has been agreed upon", "Ministry");
        assertEquals("hearing", agreed.statuses.get(0).target(), agreed.statuses.toString());
        ClaimFeatures chain = claim(2, "The review of the ports in the south was cancelled", "Press");
        assertEquals("review", chain.statuses.get(0).target(), "a chain of post-modifiers: " + chain.statuses);
    }

    @Test
    void agreedUponAgainstCanBeOrganisedIsAStatusConflict() {
        List<Signal> s = between(claim(1, "A hearing between the two ministries has been agreed upon", "Ministry"),
                claim(2, "A hearing between the two ministries can be organised", "Press"));
        assertTrue(names(s).contains("status"), s.toString());
        assertTrue(s.get(names(s).indexOf("status")).explanation().contains("hearing"), s.toString());
    }

    @Test
    void statusesOfTheHeadAndOfTheNounAfterItAreOfTwoThings() {
        assertFalse(names(between(claim(1, "The report of the auditors was approved by the board", "Board"),
                claim(2, "The auditors were rejected by the board", "Press"))).contains("status"),
                "the report approved, the auditors rejected: both can hold");
    }

    @Test
    void theStatusOfANounCompoundIsItsLastNounsNotTheFirsts() {
        ClaimFeatures f = claim(1, "The council cancelled the night market for good", "Council");
        assertTrue(f.statuses.stream().anyMatch(x -> x.target().equals("market")), f.statuses.toString());
        ClaimFeatures g = claim(2, "The port postponed the ferry fare review until May", "Port");
        assertTrue(g.statuses.stream().anyMatch(x -> x.target().equals("review")), g.statuses.toString());
    }
}
