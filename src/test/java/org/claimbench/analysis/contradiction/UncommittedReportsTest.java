package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a report that did not happen would have said is neither affirmed nor denied (FactBank's uncommitted value under a
 * negated source-introducing predicate), and a name is never what a denial denies. Each pair that must no longer be
 * suggested has a twin that must stay.
 */
class UncommittedReportsTest {

    @Test
    void refrainingFromConfirmingAnAgreementDoesNotAffirmIt() {
        List<Signal> refrained = between(claim(1, "There is NO agreement on the ferry fares yet", "Ferry union"),
                claim(2, "The harbour board also refrained from confirming any agreement on the ferry fares", "Press"));
        assertFalse(names(refrained).contains("denial"), "a confirmation withheld affirms no agreement: " + refrained);
        List<Signal> confirmed = between(claim(1, "There is NO agreement on the ferry fares yet", "Ferry union"),
                claim(2, "The harbour board confirmed an agreement on the ferry fares", "Press"));
        assertTrue(names(confirmed).contains("denial"), confirmed.toString());
    }

    @Test
    void aReportNotMadeDeniesNotWhatItWouldHaveSaid() {
        List<Signal> unconfirmed = between(claim(1, "The council did not confirm the new lease agreement for the pier", "Council"),
                claim(2, "The council and the anglers signed the new lease agreement for the pier", "Anglers"));
        assertFalse(names(unconfirmed).contains("denial"), "not confirming a lease does not deny it: " + unconfirmed);
        List<Signal> unsigned = between(claim(1, "The council did not sign the new lease agreement for the pier", "Council"),
                claim(2, "The council and the anglers signed the new lease agreement for the pier", "Anglers"));
        assertTrue(names(unsigned).contains("denial"), unsigned.toString());
    }

    @Test
    void noReferenceToAClosureIsNoDenialOfIt() {
        List<Signal> silent = between(claim(1, "The mayor said the two had discussed the harbour, but made no reference to closing the pier", "Press"),
                claim(2, "The council would close the pier to ferries for the winter", "Council"));
        assertFalse(names(silent).contains("denial"), "saying nothing of a closure does not deny it: " + silent);
        // The negated report is all the negation denies: the rest of the two accounts being alike makes no denial either.
        List<Signal> alike = between(claim(1, "The mayor spoke with the council about the pier but made no reference to closing the pier", "Press"),
                claim(2, "The mayor and the council will close the pier", "Council"));
        assertFalse(names(alike).contains("denial"), alike.toString());
        List<Signal> denied = between(claim(1, "The mayor said the two had discussed the harbour, but there are no plans to close the pier", "Press"),
                claim(2, "The council would close the pier to ferries for the winter", "Council"));
        assertTrue(names(denied).contains("denial"), denied.toString());
    }

    @Test
    void aNameIsNeverWhatIsDenied() {
        // The possessive's apostrophe lost ("Banks claim") leaves the tagger a common noun; both claims write it with a capital.
        List<Signal> name = between(claim(1, "Okafor met Banks on Tuesday and denied Banks claim about a pay rise", "Press"),
                claim(2, "Okafor met Banks on Tuesday at the harbour office", "Harbour board"));
        assertFalse(name.stream().anyMatch(x -> x.pattern().equals("denial:banks")), "Banks is the claim's author, not what is denied: " + name);
        List<Signal> predicate = between(claim(1, "Okafor met Banks on Tuesday and denied offering a pay rise", "Press"),
                claim(2, "Okafor met Banks on Tuesday and offered a pay rise", "Harbour board"));
        assertTrue(predicate.stream().anyMatch(x -> x.pattern().equals("denial:offer")), predicate.toString());
    }
}
