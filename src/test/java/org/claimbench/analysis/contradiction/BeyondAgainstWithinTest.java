package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
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
    }
}
