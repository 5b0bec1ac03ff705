package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Reactions that tell no time of their event (undated, or dated only by the weekday of a statement) are placed in the event
 * whose reports speak of what they speak of, even when another such reaction speaks of it too: a group that tells no event
 * is no event to be told apart from (round 40 of issue 11). Texts written for the test.
 */
class UndatedReactionsPlacedTest {

    private static final String DEAL = "Ferry deal reached\n\nHALVIK, 3 March 2026 — The port boards of Halvik and Norrby signed a "
            + "ferry deal on Tuesday after two days of talks, promising three crossings a day to the islands.";
    private static final String STRIKE = "Rail strike ends\n\nBRENNA, 20 April 2026 — Train drivers in Brenna ended their strike on "
            + "Friday after the rail company raised their wages by four percent.";
    private static final String DOUBT = "Islanders doubt ferry deal\n\nThe island council doubts that the ferry deal of the Halvik and "
            + "Norrby port boards will bring three crossings a day to the islands, its chairman said.";
    private static final String DENIAL = "Islanders reject ferry deal\n\nClaims that the island council had accepted a ferry deal "
            + "promising three crossings a day after two days of talks are false, a spokesman for the council said on Monday.";
    private static final String DRIVERS = "Drivers unhappy with wage rise\n\nTrain drivers in Brenna say the four percent the rail company "
            + "offered them is too little, their union wrote.";

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        return StatementWeekdaysTest.assign(texts);
    }

    @Test
    void twoReactionsToOneDealJoinItThoughEachSpeaksOfTheOther() {
        Map<Long, EventGroups.Assigned> events = assign(DEAL, STRIKE, DOUBT, DENIAL);
        String deal = events.get(1L).label();
        assertFalse(deal.isEmpty());
        assertEquals(deal, events.get(3L).label(), "the undated doubt is about the deal");
        assertEquals(deal, events.get(4L).label(), "Monday's denial is about the deal, not an event of its own");
    }

    @Test
    void eachReactionJoinsTheEventItSpeaksOf() {
        Map<Long, EventGroups.Assigned> events = assign(DEAL, STRIKE, DENIAL, DRIVERS);
        assertEquals(events.get(1L).label(), events.get(3L).label());
        assertEquals(events.get(2L).label(), events.get(4L).label(), "the drivers' complaint is about the strike's end");
    }

    @Test
    void aReactionWithNoEventNearStaysUnknown() {
        Map<Long, EventGroups.Assigned> events = assign(DEAL, STRIKE, "Museum reopens\n\nThe town museum reopened its west wing, "
                + "its director said, with a new hall of old maps.");
        assertEquals("", events.get(3L).label());
    }
}
