package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "Not yet" keeps its negation's scope ("yet" after a negator is the adverb, not the conjunction that opens a clause:
 * {@link Clauses#clauseEnd}), and a statement a negated verb did not issue says nothing of what it would have been about
 * ({@link Veridicality#uncommitted}).
 */
class NotYetAndUnmadeStatementsTest {

    private static List<String> statuses(String text) {
        return claim(1, text, "Board").statuses.stream().map(s -> s.value() + " " + s.cue()).toList();
    }

    @Test
    void whatIsNotYetDoneIsUndecidedNotDone() {
        assertEquals(List.of("UNDECIDED not agree"), statuses("The harbour board has not yet agreed to the new berth fees"));
        // Contracted, and over "or": "not yet A or B" leaves both undone.
        assertTrue(statuses("The harbour board hasn't yet met the pilots or agreed to any new berth fees")
                .contains("UNDECIDED not agree"), statuses("The harbour board hasn't yet met the pilots or agreed to any new berth fees")
                .toString());
        // "yet" that opens a clause of contrast still ends the negation's scope: the signing is affirmed.
        assertTrue(statuses("The harbour board did not meet the pilots, yet it signed the new lease").contains("CERTAIN sign"),
                statuses("The harbour board did not meet the pilots, yet it signed the new lease").toString());
    }

    @Test
    void anAgreementNotYetGivenIsNoAgreementAgainstARefusal() {
        // Not yet agreed and rejected may both hold: no status conflict (as one account read as agreed, it was one).
        List<Signal> s = between(claim(1, "The ferry line says the harbour board has not yet agreed to any new berth fees", "Ferry line"),
                claim(2, "The harbour board rejected the new berth fees on Friday", "Harbour board"));
        assertFalse(s.stream().anyMatch(x -> x.name().equals("status")), s.toString());
        // Not yet agreed against agreed is one.
        List<Signal> t = between(claim(3, "The ferry line says the harbour board has not yet agreed to the new berth fees", "Ferry line"),
                claim(4, "The harbour board agreed to the new berth fees on Friday", "Harbour board"));
        assertTrue(t.stream().anyMatch(x -> x.name().equals("status") && x.explanation().contains("not agree")), t.toString());
    }

    @Test
    void aStatementNotIssuedDeniesNothingItWouldHaveBeenAbout() {
        String strikeEnded = "The dockers' union said the strike at the container terminal has ended";
        List<Signal> s = between(claim(1, "The harbour board did not issue a statement on the strike at the container terminal", "Board"),
                claim(2, strikeEnded, "Union"));
        assertFalse(s.stream().anyMatch(x -> x.name().equals("denial")), s.toString());
        assertFalse(between(claim(3, "The harbour board has not made any official statement about the strike", "Board"),
                claim(4, strikeEnded, "Union")).stream().anyMatch(x -> x.name().equals("denial")));
        // The strike itself denied is a denial still.
        List<Signal> t = between(claim(5, "The harbour board said the strike at the container terminal has not ended", "Board"),
                claim(6, strikeEnded, "Union"));
        assertTrue(t.stream().anyMatch(x -> x.name().equals("denial")), t.toString());
    }
}
