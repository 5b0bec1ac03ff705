package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A commissive verb with "not to" ("agreed not to", "pledged never to") undertakes not to act: a future act, neither done nor
 * not done, so it denies no report of the act and affirms none against another denial (round 35). Sentences of our own.
 */
class NegativeUndertakingTest {

    private static final String PICKETED = "Since June the strikers have picketed the river ports every morning";

    @Test
    void aPlainDenialStillDeniesTheReportedAct() {
        assertEquals(List.of("denial"), names(between(claim(1, PICKETED, "Port authority"),
                claim(2, "The strikers did not picket the river ports", "Union"))));
    }

    @Test
    void anUndertakingNotToActDeniesNoReportOfTheAct() {
        assertFalse(names(between(claim(1, PICKETED, "Port authority"),
                claim(2, "The mediator announced that the strikers agreed not to picket the river ports", "Mediator"))).contains("denial"));
        assertFalse(names(between(claim(1, PICKETED, "Port authority"),
                claim(2, "The strikers solemnly pledged never to picket the river ports", "Union"))).contains("denial"));
    }

    @Test
    void theUndertakenActIsNotAffirmedAgainstAFutureDenial() {
        assertFalse(names(between(claim(1, "The mediator announced that the strikers agreed not to picket the river ports", "Mediator"),
                claim(2, "From now on, neither side will picket the river ports", "Mediator spokesman"))).contains("denial"));
    }
}
