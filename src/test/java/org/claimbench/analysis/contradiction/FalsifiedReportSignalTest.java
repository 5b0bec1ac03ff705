package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FalsifiedReportSignalTest {

    private static final String CALLED_FALSE = "Claims by the mayor that the union has surrendered are “completely false,” its leader said";

    @Test
    void aReportCalledFalseDeniesWhatItReportsAndItsKindsInWordNet() {
        assertEquals(List.of("surrender"), FalsifiedReportSignal.reportedFalse(claim(1, CALLED_FALSE, "Union")));
        assertTrue(names(between(claim(2, "The mayor said the union had capitulated", "City"), claim(3, CALLED_FALSE, "Union")))
                .contains("denial"), "capitulate: surrender under agreed conditions (WordNet)");
        assertTrue(names(between(claim(4, "The union agreed to end the strike on Friday", "City"),
                claim(5, "Reports that the union agreed to end the strike are wrong", "Union"))).contains("denial"));
    }

    @Test
    void aReportCalledTrueAnotherActOrOneSourceIsNoSuchDenial() {
        assertTrue(FalsifiedReportSignal.reportedFalse(claim(1, "Claims that the union has surrendered are accurate", "Union")).isEmpty());
        assertTrue(FalsifiedReportSignal.reportedFalse(claim(2, "Claims that the union has surrendered are not wrong", "Union")).isEmpty());
        assertFalse(names(between(claim(3, "The union said it would picket the depot", "City"), claim(4, CALLED_FALSE, "Union")))
                .contains("denial"), "another act");
        assertFalse(names(between(claim(5, "The mayor said the union had capitulated", "Union"), claim(6, CALLED_FALSE, "Union")))
                .contains("denial"), "one source's two accounts");
    }

    @Test
    void aThatClauseOfAVerbOrARelativeClauseIsNoReportCalledFalse() {
        // The clause is the complement of "confirmed", not of "statement"; those who doubted it were wrong.
        assertEquals(List.of(), FalsifiedReportSignal.reportedFalse(claim(1,
                "The ministry's statement confirmed that the troops withdrew, and those who doubted it were wrong", "Ministry")));
        // A relative clause ("the report that appeared") gives no content to the report.
        assertEquals(List.of(), FalsifiedReportSignal.reportedFalse(claim(2, "The report that appeared in the paper on Monday is false",
                "Ministry")));
        assertEquals(List.of("retreat"), FalsifiedReportSignal.reportedFalse(claim(3,
                "Claims by the mayor that the troops have retreated are false", "Ministry")));
    }

    @Test
    void aConditionOrARelativeClauseInsideTheReportIsNotWhatIsCalledFalse() {
        // What is called false is that the union will strike, not that the talks fail; nor that the minister met the envoy.
        assertEquals(List.of("strike"), FalsifiedReportSignal.reportedFalse(claim(1,
                "Claims that the union will strike if the talks fail are false", "Union")));
        assertEquals(List.of("resign"), FalsifiedReportSignal.reportedFalse(claim(2,
                "Reports that the minister, who met the envoy on Monday, resigned are wrong", "Ministry")));
        assertFalse(names(between(claim(3, "The talks failed on Friday", "City"),
                claim(4, "Claims that the union will strike if the talks fail are false", "Union"))).contains("denial"));
    }

    /** Round 16 (review15's leftover): the participle of a perfect in the report is its verb, however the tagger tags it. */
    @Test
    void aPerfectsParticipleIsAVerbOfTheReport() {
        assertEquals(List.of("withdraw"), FalsifiedReportSignal.reportedFalse(claim(1, "Claims that the troops have withdrawn are false",
                "Army")));
        assertTrue(names(between(claim(2, "The troops withdrew from the border town", "City"),
                claim(3, "Claims that the troops have withdrawn are false", "Army"))).contains("denial"));
        assertEquals(List.of(), FalsifiedReportSignal.reportedFalse(claim(4, "Claims that the troops have the town are false", "Army")),
                "a possessive have takes no participle");
    }

    /** Round 36: a report noun's "of" phrase naming an act is the content called false, as a "that" clause is. */
    @Test
    void aReportOfAnActCalledFalseDeniesTheAct() {
        String falseBlockade = "Reports of a naval blockade of the harbour are untrue, the port authority said";
        assertEquals(List.of("blockade"), FalsifiedReportSignal.reportedFalse(claim(1, falseBlockade, "Port")));
        assertTrue(names(between(claim(2, "The navy blockaded the harbour on Sunday", "Navy"), claim(3, falseBlockade, "Port")))
                .contains("denial"), "the act's derived verb");
        String falseShelling = "Claims of artillery shelling near the dam were false, the engineers said";
        assertTrue(names(between(claim(4, "Artillery attacks near the dam continued overnight", "Army"), claim(5, falseShelling, "Engineers")))
                .contains("denial"), "an act of the same kind: a compound of the same modifier with an act for its head");
    }

    @Test
    void aReportOfAPersonOrAReportCalledTrueOrAModifierAloneIsNoSuchDenial() {
        assertTrue(FalsifiedReportSignal.reportedFalse(claim(1, "The claims of the harbourmaster are false", "Port")).isEmpty(),
                "the one who reports, not the content");
        assertTrue(FalsifiedReportSignal.reportedFalse(claim(2, "Reports of a naval blockade of the harbour are accurate", "Port")).isEmpty());
        assertFalse(names(between(claim(3, "Artillery units paraded near the dam on Friday", "Army"),
                claim(4, "Claims of artillery shelling near the dam were false, the engineers said", "Engineers"))).contains("denial"),
                "a modifier alone is no act");
        assertFalse(names(between(claim(5, "The navy blockaded the harbour on Sunday", "Port"),
                claim(6, "Reports of a naval blockade of the harbour are untrue", "Port"))).contains("denial"), "one source's two accounts");
    }
}
