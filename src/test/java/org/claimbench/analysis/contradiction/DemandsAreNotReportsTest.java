package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A modal of obligation ("must", "have to", "need to", "should", "ought to") makes its clause a demand, deontic modality
 * (Palmer 2001, Mood and Modality): it asserts neither that the act happened nor that it did not, so a demand against the
 * other side's report of the act is no denial, and "must not" denies nothing. Sentences of our own.
 */
class DemandsAreNotReportsTest {

    private static final String UNLOADED = "The dockers unloaded the grain ships at the northern quay on Friday";

    @Test
    void aDemandIsNoDenialOfTheReportedAct() {
        // The plain denial is one (the control) …
        assertEquals(List.of("denial"), names(between(claim(1, UNLOADED, "Port authority"),
                claim(2, "The dockers did not unload the grain ships at the northern quay", "Union"))));
        // … "must not" and "should not" are demands, not reports that it was not done.
        assertFalse(names(between(claim(1, UNLOADED, "Port authority"),
                claim(2, "The dockers must not unload the grain ships at the northern quay", "Union"))).contains("denial"));
        assertFalse(names(between(claim(1, UNLOADED, "Port authority"),
                claim(2, "The union says the dockers should not unload the grain ships at the northern quay", "Union"))).contains("denial"));
    }

    @Test
    void theDemandedActIsNotAffirmedAgainstItsDenial() {
        String denied = "The dockers have not unloaded the grain ships at the northern quay";
        assertEquals(List.of("denial"), names(between(claim(1, "The dockers unloaded the grain ships at the northern quay", "Port authority"),
                claim(2, denied, "Union"))));
        assertFalse(names(between(claim(1, "The dockers have to unload the grain ships at the northern quay", "Port authority"),
                claim(2, denied, "Union"))).contains("denial"));
        assertFalse(names(between(claim(1, "The dockers must unload the grain ships at the northern quay by Monday", "Port authority"),
                claim(2, denied, "Union"))).contains("denial"));
    }

    @Test
    void aDemandedMannerIsNoAccountOfHowTheSidesDealt() {
        String indirect = "The two leagues held indirect talks on the transfer rules through the federation";
        // Control: a report of direct talks against indirect ones is a pair of opposites.
        List<Signal> reported = between(claim(1, "The two leagues held direct talks on the transfer rules", "North league"),
                claim(2, indirect, "South league"));
        assertTrue(names(reported).contains("denial"), reported.toString());
        List<Signal> demanded = between(claim(1, "The minister warned that the two leagues must hold direct talks on the transfer rules", "Ministry"),
                claim(2, indirect, "South league"));
        assertFalse(names(demanded).contains("denial"), demanded.toString());
        // Nor is a demand to settle it directly an account against mediation.
        ClaimFeatures demand = claim(3, "The two leagues need to settle the transfer rules directly", "Ministry");
        assertFalse(demand.mediation.present(), demand.mediation.toString());
        assertEquals("directly", claim(4, "The two leagues settled the transfer rules directly", "Ministry").mediation.direct());
    }

    @Test
    void anEpistemicMustStillAsserts() {
        // "must have" with a participle infers what happened (epistemic necessity, Palmer 2001): it is no demand.
        ClaimFeatures inferred = claim(1, "The dockers must have unloaded the grain ships at the northern quay", "Port authority");
        assertTrue(Veridicality.demanded(inferred.reading, new Clauses(inferred.reading), inferred.facts.text()).length > 0);
        assertFalse(any(Veridicality.demanded(inferred.reading, new Clauses(inferred.reading), inferred.facts.text())));
        ClaimFeatures demand = claim(2, "The dockers must unload the grain ships", "Port authority");
        assertTrue(any(Veridicality.demanded(demand.reading, new Clauses(demand.reading), demand.facts.text())));
        // "had to" reports an act that was done (the past of necessity, its actuality entailed): no demand.
        ClaimFeatures past = claim(3, "The dockers had to unload the grain ships", "Port authority");
        assertFalse(any(Veridicality.demanded(past.reading, new Clauses(past.reading), past.facts.text())));
    }

    private static boolean any(boolean[] marks) {
        for (boolean m : marks) {
            if (m) {
                return true;
            }
        }
        return false;
    }
}
