package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How long people talked or met, or how long "it" lasted, is the length of the event: a call's or a meeting's. */
class DurationHeadsTest {

    private static boolean figures(String a, String b) {
        return names(between(claim(1, a, "Harbour board"), claim(2, b, "Ferry union"))).contains("numeric mismatch");
    }

    @Test
    void peopleWhoTalkedOrMetForATimeGiveTheEventsLength() {
        assertTrue(figures("The two mayors spoke for two hours", "the call lasted 40 minutes"));
        assertTrue(figures("They talked for three hours", "the harbour summit ended after six hours of talks"));
        assertTrue(figures("It lasted barely half an hour", "the two-hour phone call"));
        assertTrue(figures("The delegations met for three hours", "the harbour summit lasted four hours"), "meeting is the summit's verb");
    }

    @Test
    void otherThingsThatLastOrOtherVerbsWithForDoNot() {
        assertFalse(figures("the hearing lasted an hour", "the call lasted three hours"), "a hearing is no call");
        assertFalse(figures("The ferry sailed for two hours", "the call lasted 40 minutes"), "sailing is no talk");
        assertFalse(figures("The mayors waited for two hours", "the call lasted 40 minutes"), "waiting is no talk");
        // Verbs of communication or social life that are not the event's own: what those people did lasted that long.
        assertFalse(figures("The dock workers protested for two hours", "the call lasted 40 minutes"), "a protest is no call");
        assertFalse(figures("The councillors voted for two hours", "the call lasted 40 minutes"), "voting is no call");
        assertFalse(figures("The crews worked for ten days without pay", "the call lasted 40 minutes"), "work is no call");
    }
}
