package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A share fixed as a percentage against the same share said to depend on criteria (round 17 of issue 11). */
class ContingentSharesTest {

    private static final String FIXED = "The county will keep 70 percent of the toll revenue from the new bridge";

    @Test
    void aPercentageOfAShareAgainstTheShareSaidToDependOnCriteria() {
        assertTrue(names(between(claim(1, FIXED, "County"),
                claim(2, "Town officials said the toll revenue will be divided based on traffic counts and upkeep costs", "Town")))
                .contains("fixed or contingent"));
        assertTrue(names(between(claim(3, "Each port keeps a 40% share of the fees, the minister said", "Ministry"),
                claim(4, "The harbour board insisted that any share of the fees depends on the tonnage each port handles", "Board")))
                .contains("fixed or contingent"));
        assertTrue(names(between(claim(5, "The dividend will be split in proportion to the money each partner put in", "Partner A"),
                claim(6, "The fund pays out 60 pct of the dividend to the first partner", "Partner B")))
                .contains("fixed or contingent"), "in proportion to; either order");
    }

    @Test
    void twoFiguresOneSourceOrAnotherNounIsNoSuchConflict() {
        assertFalse(names(between(claim(1, FIXED, "County"),
                claim(2, "The town said 60 percent of the toll revenue, based on traffic counts, will go to the county", "Town")))
                .contains("fixed or contingent"), "a percentage of its own: the figures are compared instead");
        assertFalse(names(between(claim(3, FIXED, "County"),
                claim(4, "The county said the toll revenue will be divided based on traffic counts", "County")))
                .contains("fixed or contingent"), "one source's two accounts");
        assertFalse(names(between(claim(5, FIXED, "County"),
                claim(6, "The opening date of the bridge depends on the weather", "Town")))
                .contains("fixed or contingent"), "another noun made contingent");
        assertFalse(names(between(claim(7, FIXED, "County"),
                claim(8, "The town said the toll revenue will be divided between the two councils", "Town")))
                .contains("fixed or contingent"), "no contingency");
    }
}
