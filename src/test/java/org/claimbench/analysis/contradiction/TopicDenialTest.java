package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicDenialTest {

    private static final String SUGGESTED = "The mayor suggested that the county take over the ferries";

    @Test
    void aProposalSaidNotToHaveBeenDiscussedDeniesAnAccountOfOneBeingMade() {
        assertTrue(names(between(claim(1, SUGGESTED, "City"),
                claim(2, "According to the council, no such proposal was discussed at the meeting", "Council"))).contains("denial"));
        assertTrue(names(between(claim(3, "The mayor proposed selling the old depot to a bus company", "City"),
                claim(4, "No offer of that kind came up, the councillors said", "Council"))).contains("denial"), "come up: FrameNet's Topic");
    }

    @Test
    void noProposalNamedOneSourceOrAProposalNotMadeIsNoSuchDenial() {
        assertFalse(names(between(claim(1, SUGGESTED, "City"),
                claim(2, "No new bridge was discussed at the meeting", "Council"))).contains("denial"), "no proposal named");
        assertFalse(names(between(claim(3, SUGGESTED, "Council"),
                claim(4, "According to the council, no such proposal was discussed at the meeting", "Council"))).contains("denial"),
                "one source's two accounts");
        assertFalse(names(between(claim(5, "The mayor did not suggest that the county take over the ferries", "City"),
                claim(6, "According to the council, no such proposal was discussed at the meeting", "Council"))).contains("denial"),
                "both deny it");
    }
}
