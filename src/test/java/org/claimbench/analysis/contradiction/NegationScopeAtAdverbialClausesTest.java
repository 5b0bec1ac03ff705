package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A negation's scope ends at a finite adverbial clause, a subordinator with a subject and a verb of its own
 * ({@link FiniteAdverbialClause}; Quirk et al. 1985, 10.64-10.68), and runs on past the same word used as a preposition.
 */
class NegationScopeAtAdverbialClausesTest {

    private static List<String> scoped(String text) {
        return claim(1, text, "Harbour board").scoped;
    }

    @Test
    void whatAFiniteClauseOfTimeSaysIsOutsideTheNegation() {
        List<String> as = scoped("The mayor did not attend the ferry hearing as the new harbour budget was unveiled");
        assertTrue(as.contains("hearing"), as.toString());
        assertFalse(as.contains("budget") || as.contains("unveil"), as.toString());
        List<String> after = scoped("The dockers did not return to work after the harbour board raised its offer");
        assertTrue(after.contains("return"), after.toString());
        assertFalse(after.contains("offer") || after.contains("raise"), after.toString());
        List<String> until = scoped("The pilots will not resume sailings until the port authority has repaired the crane");
        assertFalse(until.contains("crane") || until.contains("repair"), until.toString());
    }

    @Test
    void theSameWordsAsPrepositionsLeaveTheScopeWhole() {
        List<String> as = scoped("The mayor did not serve as chairman of the harbour trust");
        assertTrue(as.contains("chairman"), as.toString());
        List<String> after = scoped("The dockers did not return to work after the long strike ballot");
        assertTrue(after.contains("ballot"), after.toString());
        List<String> before = scoped("The council did not approve the ferry budget before the summer recess");
        assertTrue(before.contains("recess"), before.toString());
        // "such as" names examples of what is denied, no clause.
        List<String> such = scoped("The board approved no new levies such as a berth charge");
        assertTrue(such.contains("charge"), such.toString());
    }

    @Test
    void anAnnouncementInTheAdverbialClauseIsNotDeniedByTheMainClause() {
        List<Signal> s = between(claim(1, "The mayor did not attend the ferry hearing as the new harbour budget was unveiled", "Mayor"),
                claim(2, "The council unveiled a new harbour budget on Monday", "Council"));
        assertFalse(names(s).contains("denial"), s.toString());
        // What the main clause denies is still denied.
        List<Signal> t = between(claim(3, "The mayor did not attend the ferry hearing as the new harbour budget was unveiled", "Mayor"),
                claim(4, "The mayor attended the ferry hearing on Monday", "Council"));
        assertTrue(names(t).contains("denial"), t.toString());
    }
}
