package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.domain.ContradictionKind;
import org.junit.jupiter.api.Test;

/** The kind a status pair is given follows its two statuses, not how strongly they conflict. */
class StatusKindTest {

    private static ContradictionKind statusKind(String a, String b) {
        List<Signal> s = between(claim(1, a, "Council"), claim(2, b, "Union"));
        return s.stream().filter(x -> x.name().equals("status")).findFirst().orElseThrow(() -> new AssertionError(s.toString())).kind();
    }

    @Test
    void possibleAgainstCertainIsADifferenceOfFactualityNotOfTime() {
        assertEquals(ContradictionKind.POLARITY, statusKind("A ferry strike is possible",
                "The union confirmed the ferry strike"));
    }

    @Test
    void heldAgainstPostponedIsADifferenceOfTime() {
        assertEquals(ContradictionKind.TEMPORAL, statusKind("The union held the ballot on the ferry contract",
                "The union postponed the ballot on the ferry contract"));
    }

    @Test
    void theKindOfEachPairOfStatuses() {
        assertEquals(ContradictionKind.POLARITY, FactualitySignal.kind(Factuality.CERTAIN, Factuality.NOT));
        assertEquals(ContradictionKind.POLARITY, FactualitySignal.kind(Factuality.PROBABLE, Factuality.UNDECIDED));
        assertEquals(ContradictionKind.POLARITY, FactualitySignal.kind(Factuality.DEFERRED, Factuality.NOT));
        assertEquals(ContradictionKind.TEMPORAL, FactualitySignal.kind(Factuality.PROBABLE, Factuality.DEFERRED));
    }
}
