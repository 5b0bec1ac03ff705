package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Round 76: a time limit in one account ("within 90 days") and the same limit passed in the other ("beyond 90 days"). */
class BeyondAgainstWithinTest {

    private static final String NAME = "limit passed";
    private static final String LIMIT = "The contractor is to finish the harbour repairs within 90 days";

    @Test
    void aLimitAndTheSameLimitPassedConflict() {
        assertTrue(signalled(NAME, "The contractor is to finish the harbour repairs within a 90-day period",
                "The port authority said the harbour repairs may run beyond 90 days"));
        assertTrue(signalled(NAME, "Troops will leave the valley within three months under the plan",
                "Officers expect the troops' stay in the valley to last longer than three months"));
    }

    @Test
    void anotherLimitANegatedPassingOrThePastSpanIsNoConflict() {
        assertFalse(signalled(NAME, LIMIT, "The port authority said the harbour repairs may run beyond 120 days"), "another figure");
        assertFalse(signalled(NAME, LIMIT, "The port authority said the harbour repairs will not run beyond 90 days"),
                "a negated passing keeps the limit");
        assertFalse(signalled(NAME, LIMIT, "The harbour repairs went slowly over the past 90 days, the port authority said"),
                "the past 90 days is a span up to now");
    }

    @Test
    void oneArticleThatGivesTheLimitAndItsPassingQualifiesItsOwnLimit() {
        QuantityReader reader = new QuantityReader();
        ClaimFeatures limit = new ClaimFeatures(new ClaimFacts(1, 7, "the harbour repairs are to be done within 90 days", "Port authority",
                "the same event"), reader);
        ClaimFeatures passing = new ClaimFeatures(new ClaimFacts(2, 7, "the harbour repairs may run beyond 90 days", "Press",
                "the same event"), reader);
        assertFalse(names(between(limit, passing)).contains(NAME));
        ClaimFeatures elsewhere = new ClaimFeatures(new ClaimFacts(2, 8, "the harbour repairs may run beyond 90 days", "Press",
                "the same event"), reader);
        assertTrue(names(between(limit, elsewhere)).contains(NAME), "the same texts in two articles conflict");
    }

    /** review65a 3: "cannot" and "without" negate the passing as "not" does. */
    @Test
    void cannotOrWithoutBeforeThePassingKeepsTheLimit() {
        assertFalse(signalled(NAME, LIMIT, "The port authority said the harbour repairs cannot exceed 90 days"));
        assertFalse(signalled(NAME, LIMIT, "The port authority wants the harbour repairs done without going beyond 90 days"));
    }

    /** review65a 4: what passes the limit must be what had it, not a word shared elsewhere in the claims. */
    @Test
    void somethingElseRunningPastTheLimitIsNoConflict() {
        assertFalse(signalled(NAME, "The army must leave the valley within 60 days",
                "Beyond the 60-day deadline, talks on the valley may go on"));
        assertTrue(signalled(NAME, "Troops are to withdraw from the valley within 60 days",
                "The mayor expects the withdrawal of troops to continue beyond 60 days"), "a word of one stem: withdraw, withdrawal");
    }

    /** review65a 5: "past" after a preposition of a span is the span up to now. */
    @Test
    void pastAfterAPrepositionOfASpanIsNoPassing() {
        assertFalse(signalled(NAME, "Strikes on the harbour must end within 30 days",
                "Strikes on the harbour rose in past 30 days"));
    }

    /** review65a 2, 12: a claim that gives the limit and its passing is a limit that may be passed, and the reason says so. */
    @Test
    void aLimitThatMayBePassedAgainstAFirmOneIsSaidToBeSo() {
        String firm = between(claim(1, LIMIT, "Council"), claim(2, "The harbour repairs should end within 90 days, though the repairs may "
                + "run beyond 90 days", "Press")).stream().filter(x -> x.name().equals(NAME)).findFirst().orElseThrow().explanation();
        assertTrue(firm.contains("a firm limit, against the same limit that may be passed"), firm);
        String plain = between(claim(1, LIMIT, "Council"), claim(2, "The port authority said the harbour repairs may run beyond 90 days",
                "Press")).stream().filter(x -> x.name().equals(NAME)).findFirst().orElseThrow().explanation();
        assertTrue(plain.contains("what may run past it"), plain);
    }

    /** review65a 13: the signal's bit in the mask of those that may fire reaches it. */
    @Test
    void theMaskOfSignalsThatMayFireReachesTheSignal() {
        ClaimFeatures a = claim(1, LIMIT, "Council");
        ClaimFeatures b = claim(2, "The port authority said the harbour repairs may run beyond 90 days", "Press");
        Pair pair = ContradictionSignals.pair(a, b);
        assertTrue(names(ContradictionSignals.between(a, b, pair, ContradictionSignals.signalsThatMayFire(a, b))).contains(NAME));
    }
}
