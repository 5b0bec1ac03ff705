package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementAndRefusalStatusTest {

    @Test
    void supportingAProposalAgainstOpposingItIsTwoStatuses() {
        List<Signal> s = between(claim(1, "The pilots support the plan to end the strike", "Pilots"),
                claim(2, "The pilots oppose the plan to end the strike", "Airport"));
        assertTrue(names(s).contains("status"), s.toString());
    }

    @Test
    void acceptingAnOfferAgainstTurningItDownNamesThePhrasalVerbWhole() {
        List<Signal> s = between(claim(1, "The pilots accepted the offer to end the strike", "Pilots"),
                claim(2, "The pilots turned down the offer to end the strike", "Airport"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("“turn down”")), s.toString());
    }

    @Test
    void willingAgainstUnwillingIsTwoStatusesButTurningAroundIsNoRefusal() {
        assertTrue(names(between(claim(1, "The pilots are willing to sign the airport wage deal", "Pilots"),
                claim(2, "The pilots are unwilling to sign the airport wage deal", "Airport"))).contains("status"));
        assertFalse(names(between(claim(1, "The pilots accepted the airport wage deal", "Pilots"),
                claim(2, "The pilots turned the airport wage deal into a campaign issue", "Airport"))).contains("status"), "turn without down");
    }

    @Test
    void twoPartiesTakingOppositeSidesDoNotContradictEachOther() {
        // The parties are told apart by their names (a name before the verb in its clause).
        assertTrue(names(between(claim(1, "Norland supports the plan to end the strike", "Norland"),
                claim(2, "Norland opposes the plan to end the strike", "Press"))).contains("status"), "one party, two accounts");
        assertFalse(names(between(claim(1, "Norland supports the plan to end the strike", "Norland"),
                claim(2, "Sudmark opposes the plan to end the strike", "Sudmark"))).contains("status"), "two parties can disagree");
        // Parties named by common nouns are told apart by the words before their verbs.
        assertFalse(names(between(claim(1, "The council supports the plan to close the cargo depot", "Council"),
                claim(2, "The union opposes the plan to close the cargo depot", "Union"))).contains("status"), "council and union");
    }
}
