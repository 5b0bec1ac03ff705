package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.claimbench.analysis.contradiction.SignalFixture.onlyQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A comparative with "than" compares two things unless a time follows; a noun of change keeps the names of what changed (review64d). */
class ChangesAgainstComparisonsTest {

    @Test
    void aPercentageHigherThanAnotherPlaceIsALevelNotAChange() {
        assertEquals("", onlyQuantity("Rents on the east bank are 6% higher than on the west bank").head());
        assertEquals("", onlyQuantity("Orders at the bakery were 6% lower than planned").head());
        assertFalse(names(between(claim(1, "Rents on the east bank are 6% higher than on the west bank", "Agents"),
                claim(2, "Rents rose 2% over the winter", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void aPercentageHigherThanAnEarlierTimeIsStillAChange() {
        assertEquals(PercentChanges.CHANGE, onlyQuantity("Rents on the east bank were 6% higher than last spring").head());
        assertEquals(-6.0, onlyQuantity("Rents on the east bank were 6% lower than in 2019").low());
    }

    @Test
    void changesWrittenAsNounsOfTradeWithTwoNamedPartnersAreNotCompared() {
        assertFalse(names(between(claim(1, "The ledger showed a 3% fall in wool exports to Norway", "Customs"),
                claim(2, "The ledger showed a 5% rise in wool exports to Chile", "Press"))).contains("numeric mismatch"));
    }

    @Test
    void changesWrittenAsNounsOfTradeWithOneNamedPartnerMismatch() {
        List<Signal> s = between(claim(1, "The ledger showed a 3% fall in wool exports to Norway", "Customs"),
                claim(2, "The ledger showed a 5% rise in wool exports to Norway", "Press"));
        assertEquals(List.of("numeric mismatch"), names(s));
    }
}
