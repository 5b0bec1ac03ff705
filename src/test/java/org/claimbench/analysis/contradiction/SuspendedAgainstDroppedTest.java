package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 37: a thing "on hold" is deferred (WordNet's noun "hold", a postponement), a thing "dropped" as one stops pursuing
 * it is not so (WordNet's verb "drop", "stop pursuing or acting"), and what a threat or a promise is of takes the status the
 * threat or the promise is given ({@link Factuality#onHold}, {@link Factuality#abandoned}, {@link Factuality#commitment}).
 */
class SuspendedAgainstDroppedTest {

    private static List<String> statuses(String text) {
        return claim(1, text, "Board").statuses.stream().map(s -> s.value() + " " + s.cue() + " " + s.target()).toList();
    }

    private static boolean status(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.name().equals("status"));
    }

    @Test
    void onHoldIsDeferredAndDroppingAPlanIsNotSo() {
        assertTrue(statuses("The new harbour levies will stay on hold until the spring").contains("DEFERRED hold levy"),
                statuses("The new harbour levies will stay on hold until the spring").toString());
        assertTrue(statuses("The port authority dropped its plan for new levies").contains("NOT drop plan"),
                statuses("The port authority dropped its plan for new levies").toString());
        // A thing dropped is let fall, not given up ("dropped leaflets", "prices dropped"): no status.
        assertEquals(List.of(), statuses("The aircraft dropped leaflets over the harbour"));
        assertEquals(List.of(), statuses("Harbour levies dropped sharply in the spring"));
        // "hold" as a verb keeps its own status ("held talks": done), "a hold on" something is no deferral of it.
        assertFalse(statuses("The union has a firm hold on the dock committee").stream().anyMatch(s -> s.startsWith("DEFERRED")));
    }

    @Test
    void aThreatDroppedAgainstItsThingOnHold() {
        List<Signal> s = between(claim(1, "The port authority dropped its levy threats against the ferry line", "Press"),
                claim(2, "The port authority said the levies on the ferry line would stay on hold unless the line broke the deal", "Port authority"));
        assertTrue(status(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("cancelled or rejected") && x.explanation().contains("postponed")),
                s.toString());
    }

    @Test
    void onHoldAgainstDoneAndTheThreatsOwnThing() {
        // Deferred against done: the levies on hold, the levies approved.
        List<Signal> s = between(claim(1, "The new harbour levies on the ferry line remain on hold", "Ferry line"),
                claim(2, "The port authority has approved the new harbour levies on the ferry line", "Port authority"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("postponed")), s.toString());
        // A threat dropped says nothing of another thing on hold: the levies dropped, the dredging on hold.
        List<Signal> t = between(claim(3, "The port authority dropped its levy threats against the ferry line", "Press"),
                claim(4, "The port authority said the dredging of the ferry line's berth would stay on hold", "Port authority"));
        assertFalse(status(t), t.toString());
        // Both on hold, or both dropped: no conflict.
        List<Signal> u = between(claim(5, "The port authority dropped its levy threats against the ferry line", "Press"),
                claim(6, "The port authority has dropped the levies on the ferry line", "Port authority"));
        assertFalse(status(u), u.toString());
    }
}
