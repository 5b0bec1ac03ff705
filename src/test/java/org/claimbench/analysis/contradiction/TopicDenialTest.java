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

    @Test
    void aTopicSaidNotToHaveBeenDiscussedDeniesAnAccountOfItToldToSomeone() {
        assertTrue(names(between(claim(1, "The governor told Mayor Hallberg that tolls would pay for the new bridge", "State"),
                claim(2, "We certainly did not discuss the question of tolls with the governor", "Town"))).contains("denial"));
        assertTrue(names(between(claim(3, "The governor suggested to Hallberg that the state take ownership of the ferry line", "State"),
                claim(4, "The mayor said the matter of ownership was not raised at all", "Town"))).contains("denial"),
                "a passive: the topic is its subject; 'ownership' read as an adjective by the tagger is still a noun");
    }

    @Test
    void aTopicNamedWithoutAnAddresseeOrOnlyTheInterlocutorIsNoSuchDenial() {
        assertFalse(explanations(between(claim(1, "The mayor suggested that the town could set tolls of its own", "Town"),
                claim(2, "We did not discuss tolls with the governor", "State"))).contains("a topic said never"),
                "no one told: the tolls may be spoken of elsewhere (round 15)");
        assertFalse(explanations(between(claim(3, "The governor told Hallberg that the bridge would open in May", "State"),
                claim(4, "We did not discuss anything with the governor", "Town"))).contains("a topic said never"),
                "the interlocutor after 'with' is no topic");
    }

    private static String explanations(java.util.List<Signal> signals) {
        return signals.stream().map(Signal::explanation).collect(java.util.stream.Collectors.joining(" | "));
    }
}
