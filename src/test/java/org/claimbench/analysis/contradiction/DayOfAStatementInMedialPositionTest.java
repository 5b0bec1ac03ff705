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
 * A weekday between a subject and a verb of saying or judging dates the statement ("Veldara on Thursday called the remark
 * false"), not what the statement is about; it is no day for the same thing as the day of the event another account names
 * (round 58). A weekday before a verb of an act done with another ("on Thursday signed") still dates the act.
 */
class DayOfAStatementInMedialPositionTest {

    private static final String EVENT = "Asked about the dam at a meeting on Wednesday, the governor repeated his remark";

    @Test
    void aDayBeforeAVerbOfJudgingOrSayingDatesTheStatement() {
        List<Signal> s = between(claim(1, EVENT, "Press"), claim(2, "Veldara on Thursday judged the governor's remark about the dam false", "Veldara"));
        assertFalse(names(s).contains("different days"), s.toString());
        assertTrue(claim(3, "The ministry on Friday accused the governor of lying", "Veldara").weekdays.isEmpty());
    }

    @Test
    void aDayBeforeAVerbOfAnActStillDatesTheAct() {
        assertEquals(List.of(4), claim(3, "The two towns on Thursday signed the dam contract", "Veldara").weekdays);
        List<Signal> s = between(claim(1, "The governor signed the dam contract at a meeting on Wednesday", "Press"),
                claim(2, "Veldara and the governor on Thursday signed the dam contract", "Veldara"));
        assertTrue(names(s).contains("different days"), s.toString());
    }
}
