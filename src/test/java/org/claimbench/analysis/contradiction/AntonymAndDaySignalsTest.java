package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AntonymAndDaySignalsTest {

    @Test
    void wordNetAntonymsSaidOfTheSameNounAreOppositeWords() {
        List<Signal> s = between(claim(1, "The union accepted the final wage offer on Friday", "Union"),
                claim(2, "The union rejected the final wage offer on Friday", "Employers"));
        assertTrue(names(s).contains("opposite words"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("“accept”") && x.explanation().contains("“reject”")), s.toString());
    }

    @Test
    void antonymsSaidOfDifferentNounsOrNegatedOrInANameAreNoOpposition() {
        assertFalse(names(between(claim(1, "The union accepted the wage offer", "Union"),
                claim(2, "The union rejected the pension reform", "Employers"))).contains("opposite words"), "different things");
        assertFalse(names(between(claim(1, "The union did not accept the wage offer", "Union"),
                claim(2, "The union rejected the wage offer", "Employers"))).contains("opposite words"), "a negated word agrees");
        assertFalse(names(between(claim(1, "Imports of grain rose in spring", "Ministry"),
                claim(2, "Exports of grain rose in spring", "Press"))).contains("opposite words"), "imports and exports are two things");
        assertFalse(names(between(claim(1, "The mayor met the United Nations envoy at the harbour", "City"),
                claim(2, "The mayor met the divided council at the harbour", "Press"))).contains("opposite words"), "united begins a name");
    }

    @Test
    void twoWeekdaysForTheSameTalksAreDifferentDays() {
        List<Signal> s = between(claim(1, "The envoys held their harbour talks in Lisbon on Saturday", "Ministry"),
                claim(2, "The envoys held their harbour talks in Lisbon on Sunday", "Press"));
        assertTrue(names(s).contains("different days"), s.toString());
    }

    @Test
    void theDayOfAStatementIsNotTheDayOfTheEvent() {
        assertFalse(names(between(claim(1, "The ministry confirmed on Monday that the envoys hold harbour talks in Lisbon", "Ministry"),
                claim(2, "The envoys hold harbour talks in Lisbon on Saturday", "Press"))).contains("different days"));
        assertFalse(names(between(claim(1, "The envoys held harbour talks in Lisbon on Saturday and met again on Sunday", "Ministry"),
                claim(2, "The envoys held harbour talks in Lisbon on Saturday", "Press"))).contains("different days"), "two days named");
    }
}
