package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The status of an event named by a noun ("the approval of the lease", "no decision to hold talks"), read as its verb's. */
class NominalStatusTest {

    @Test
    void aNominalisationTakesItsVerbsCategoryThroughWordNet() {
        assertEquals(Optional.of(Factuality.CERTAIN), Factuality.ofNominal("approval"));
        assertEquals(Optional.of(Factuality.CERTAIN), Factuality.ofNominal("decision"));
        assertEquals(Optional.of(Factuality.CERTAIN), Factuality.ofNominal("agreement"));
        assertEquals(Optional.of(Factuality.NOT), Factuality.ofNominal("cancellation"));
        assertEquals(Optional.of(Factuality.DEFERRED), Factuality.ofNominal("postponement"));
        assertEquals(Optional.of(Factuality.NOT), Factuality.ofNominal("refusal"));
    }

    @Test
    void personsGroupsAndNounsSpelledAsTheirVerbsAreNoStatuses() {
        // A person who supports, a settlement of houses, a plan that is a document: not the status of an event.
        assertEquals(Optional.empty(), Factuality.ofNominal("supporter"));
        assertEquals(Optional.empty(), Factuality.ofNominal("settlement"));
        assertEquals(Optional.empty(), Factuality.ofNominal("plan"));
        assertEquals(Optional.empty(), Factuality.ofNominal("ruling"));
        assertEquals(Optional.empty(), Factuality.ofNominal("harbour"));
        // A proposal is its proposer's attitude to the event, not the event's status.
        assertEquals(Optional.empty(), Factuality.ofNominal("proposal"));
    }

    @Test
    void aCancellationAgainstAPostponementOfTheSameRegattaConflicts() {
        List<Signal> s = between(claim(1, "The council announced the cancellation of the regatta at the old harbour", "Council"),
                claim(2, "Organisers confirmed the postponement of the regatta at the old harbour until August", "Organisers"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("regatta")), s.toString());
    }

    @Test
    void noDecisionToHoldHearingsDeniesTheHearingsAgreedElsewhere() {
        List<Signal> s = between(claim(1, "The two ministries agreed to hold hearings on the dam next week", "Ministry"),
                claim(2, "There is no decision to hold hearings on the dam", "Press"));
        assertTrue(names(s).contains("status"), s.toString());
    }

    @Test
    void anApprovalNamedByACompoundAgainstARejectionOfTheSameLease() {
        assertTrue(names(between(claim(1, "The mayor welcomed the lease approval by the harbour board", "Mayor"),
                claim(2, "The harbour board rejected the lease on Friday", "Board"))).contains("status"));
    }

    @Test
    void aStatusNounThatNamesNothingOrAnotherThingGivesNoStatus() {
        // "the agreement" alone says nothing of what was agreed; the approval of a budget is no answer about a bridge.
        assertFalse(names(between(claim(1, "The agreement was praised by both delegations", "Press"),
                claim(2, "The delegations cancelled the bridge contract", "Press"))).contains("status"), "no target");
        assertFalse(names(between(claim(1, "The council announced the approval of the school budget", "Council"),
                claim(2, "The council cancelled the bridge contract", "Press"))).contains("status"), "other things");
    }

    @Test
    void aProposalAndItsRefusalAreNoTwoStatuses() {
        assertFalse(names(between(claim(1, "The league made a proposal of arbitration over the stadium lease", "League"),
                claim(2, "The club did not accept arbitration over the stadium lease", "Club"))).contains("status"));
    }

    @Test
    void twoApprovalsOfTheSameLeaseAgree() {
        assertFalse(names(between(claim(1, "The board confirmed the approval of the harbour lease", "Board"),
                claim(2, "Observers noted the approval of the harbour lease on Monday", "Press"))).contains("status"));
    }
}
