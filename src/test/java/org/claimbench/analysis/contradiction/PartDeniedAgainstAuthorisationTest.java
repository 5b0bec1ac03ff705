package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A denial of any knowledge of or part in an act against an account that it was authorised (PartDeniedAgainstAuthorisation). */
class PartDeniedAgainstAuthorisationTest {

    private static final String APPROVED = "Auditors found that the port director had approved the smuggling scheme months earlier.";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("part:denied-authorised"));
    }

    @Test
    void knowingNothingOrDenyingAnyRoleAgainstAnApprovalOrAnOrderIsAConflict() {
        List<Signal> s = between(claim(1, "The minister insisted the port director “knew nothing about it”.", "Ministry"),
                claim(2, APPROVED, "Press"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().startsWith("“knew nothing about” in one account, “approve the smuggling scheme”")),
                s.toString());
        assertTrue(fires(between(claim(3, APPROVED, "Press"), claim(4, "The port director denied any involvement.", "Ministry"))));
        // The act named by its own noun in both, with "order"; and "implicate X in" the act.
        assertTrue(fires(between(claim(5, "The colonel said he had no role in the raid on the depot.", "Army"),
                claim(6, "Two officers testified that the colonel ordered the raid himself.", "Press"))));
        assertTrue(fires(between(claim(7, "The mayor did not know about what happened at the depot.", "City"),
                claim(8, "Court papers implicated the mayor in the cover-up of the fire.", "Press"))));
    }

    @Test
    void anotherActADeniedOrSupposedApprovalAThingApprovedOrOneAccountIsNone() {
        String denial = "The colonel said he had no role in the raid on the depot.";
        // Another act named by the denial: the raid is not the evacuation.
        assertFalse(fires(between(claim(1, denial, "Army"), claim(2, "The colonel ordered the evacuation of the depot.", "Press"))));
        // The approval is itself denied, or only supposed.
        assertFalse(fires(between(claim(3, "The port director knew nothing about it.", "Ministry"),
                claim(4, "Auditors said the port director never approved the smuggling scheme.", "Press"))));
        assertFalse(fires(between(claim(5, "The port director knew nothing about it.", "Ministry"),
                claim(6, "If the port director approved the smuggling scheme, he will resign.", "Press"))));
        // What was approved is a thing, not an act: a budget or a building.
        assertFalse(fires(between(claim(7, "The port director knew nothing about it.", "Ministry"),
                claim(8, "The port director approved the new warehouse last spring.", "Press"))));
        // No denial of knowledge: knowing something is no denial.
        assertFalse(fires(between(claim(9, "The port director knew about it.", "Ministry"), claim(10, APPROVED, "Press"))));
        // One source's own two claims.
        assertFalse(fires(between(claim(11, "The port director denied any involvement.", "Ministry"), claim(12, APPROVED, "Ministry"))));
    }

    @Test
    void aDenialByOneAndAnAuthorisationByAnotherIsNone() {
        // Two different actors: the ministry's denial says nothing of what the army chief ordered, nor Ruiz's of what Lopez did.
        assertFalse(fires(between(claim(1, "The ministry denied any involvement.", "Ministry"),
                claim(2, "The army chief ordered the inquiry into the blast.", "Press"))));
        assertFalse(fires(between(claim(3, "Ruiz had no role in the raid on the depot.", "Army"),
                claim(4, "General Lopez ordered the raid on the depot.", "Press"))));
        // The same actor named again, or by a pronoun: still a conflict.
        assertTrue(fires(between(claim(5, "Ruiz had no role in the raid on the depot.", "Army"),
                claim(6, "Colonel Ruiz ordered the raid on the depot.", "Press"))));
    }
}
