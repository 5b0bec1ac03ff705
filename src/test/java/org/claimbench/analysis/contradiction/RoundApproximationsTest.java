package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundApproximationsTest {

    @Test
    void twoApproximationsOfDifferentRoundFiguresDisagree() {
        List<Signal> s = between(claim(1, "The hearing on the canal lasted about 50 minutes", "Court"),
                claim(2, "The hearing on the canal lasted roughly 40 minutes", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
        assertTrue(s.get(0).explanation().contains("“about 50 minutes” (50 min) against “roughly 40 minutes” (40 min)"),
                s.get(0).explanation());
    }

    @Test
    void anApproximationAgreesWithAnExactFigureInsideIt() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 40 minutes", "Court"),
                claim(2, "The hearing on the canal lasted 37 minutes", "Press")).isEmpty());
    }

    @Test
    void twoApproximationsOfTheSameRoundFigureAgree() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 40 minutes", "Court"),
                claim(2, "The hearing on the canal lasted around 40 minutes", "Press")).isEmpty());
    }

    @Test
    void anApproximationOfAFigureThatIsNotRoundKeepsItsInterval() {
        assertTrue(between(claim(1, "The hearing on the canal lasted about 43 minutes", "Court"),
                claim(2, "The hearing on the canal lasted about 40 minutes", "Press")).isEmpty());
    }
}
