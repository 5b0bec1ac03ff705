package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A month a claim names places it: a month before its article's event recalls an earlier event, a later one is what the
 * event set for the future, and such a claim is compared with the other accounts of its own event.
 */
class MonthsNamedInClaimsTest {

    private static final QuantityReader READER = new QuantityReader();
    /** A call reported on 9 June 2026: its day and month, as the event inference keys it. */
    private static final List<String> JUNE_CALL = List.of("day:2026-06-09", "month:06");
    /** A call reported on 12 January 2027. */
    private static final List<String> JANUARY_CALL = List.of("day:2027-01-12", "month:01");

    private static ClaimFeatures claim(long id, long article, String text, String source, List<String> keys) {
        return new ClaimFeatures(new ClaimFacts(id, article, text, source, "").withEvent("call, " + keys.get(0).substring(4), keys), READER);
    }

    @Test
    void aPlanForALaterMonthIsComparedWithTheOtherSidesAccountOfTheSameCall() {
        ClaimFeatures plan = claim(1, 1, "Halvard agreed to lift the toll on the canal barges in August", "Halvard cabinet", JUNE_CALL);
        ClaimFeatures denial = claim(2, 2, "Halvard did not agree to lift the toll on the canal barges", "Osmay ministry", JUNE_CALL);
        Pair pair = ContradictionSignals.pair(plan, denial);
        assertNotNull(pair, "a promise for August made in the June call is the June call's");
        assertTrue(pair.sameEvent(), "one event: " + pair);
        assertFalse(names(ContradictionSignals.between(plan, denial, pair)).isEmpty(), "the denial is found");
    }

    @Test
    void aPlanForALaterMonthIsComparedWithinItsOwnArticle() {
        ClaimFeatures start = claim(3, 1, "The truce at the dam will begin in September", "Halvard cabinet", JUNE_CALL);
        ClaimFeatures none = claim(4, 1, "No truce at the dam was agreed", "Osmay ministry", JUNE_CALL);
        Pair pair = ContradictionSignals.pair(start, none);
        assertTrue(pair != null && pair.sameEvent(), "one article, one event: " + pair);
    }

    @Test
    void aMonthBeforeTheEventRecallsAnotherEventAcrossTheTurnOfTheYear() {
        ClaimFeatures recalled = claim(5, 1, "In December the two ministers had spoken for three hours", "Press", JANUARY_CALL);
        ClaimFeatures length = claim(6, 2, "The call lasted two hours", "Osmay ministry", JANUARY_CALL);
        assertNull(ContradictionSignals.pair(recalled, length), "December's talk is not January's call");
        ClaimFeatures nextMonth = claim(7, 1, "The ministers will meet again in February", "Press", JANUARY_CALL);
        Pair pair = ContradictionSignals.pair(nextMonth, length);
        assertTrue(pair != null && pair.sameEvent(), "a meeting set for February is what January's call agreed: " + pair);
    }

    @Test
    void anEventOverTheTurnOfAMonthOwnsBothMonths() {
        // A summit from 30 June to 1 July: its group holds a day, and so a month, of each.
        List<String> summit = List.of("day:2026-06-30", "month:06", "day:2026-07-01", "month:07");
        ClaimFeatures june = claim(8, 1, "The leaders arrived at the lake lodge in June with no agenda", "Press", summit);
        ClaimFeatures agenda = claim(9, 2, "The leaders arrived with a fixed agenda", "Osmay ministry", summit);
        Pair pair = ContradictionSignals.pair(june, agenda);
        assertTrue(pair != null && pair.sameEvent(), "June is the summit's own month: " + pair);
        ClaimFeatures april = claim(10, 1, "In April the leaders had met for a day", "Press", summit);
        assertNull(ContradictionSignals.pair(april, agenda), "April recalls an earlier meeting");
    }
}
