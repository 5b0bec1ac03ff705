package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One thing alone against the same noun in the plural (round 19 of issue 11): "the mayor only spoke about the Kessel Tidal
 * Power Plant" against "the city would buy the power plants" says one was spoken of where the other says several.
 */
class OneOnlyOrSeveralTest {

    private static boolean scope(List<Signal> s) {
        return s.stream().anyMatch(x -> x.name().equals("scope"));
    }

    @Test
    void oneAloneAgainstItsPluralIsAConflictOfScope() {
        List<Signal> s = between(claim(1, "The mayor said she had only talked about the Kessel Tidal Power Plant with the governor", "Mayor"),
                claim(2, "The governor proposed that the city buy the power plants along the coast", "Governor"));
        assertTrue(scope(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("only … plant") && x.explanation().contains("plants")), s.toString());
        assertTrue(scope(between(claim(1, "The ministers talked exclusively about one ferry, the harbour office said", "Harbour"),
                claim(2, "The ministers agreed to sell the ferries of the northern line", "Ministry"))), "a common noun after 'one'");
    }

    @Test
    void theHeadOfANameIsReadOnlyAfterTheArticle() {
        assertEquals("plant", claim(1, "They only discussed the Kessel Tidal Power Plant", "Press").focus.only());
        assertNull(claim(3, "She only spoke with Governor Alma Trump", "Press").focus.only(), "a personal name");
    }

    @Test
    void bothSingularBothPluralOrOneSourceIsNoConflict() {
        String only = "The mayor said she had only talked about the Kessel Tidal Power Plant with the governor";
        assertFalse(scope(between(claim(1, only, "Mayor"), claim(2, "The governor said the power plant would be sold to the city", "Governor"))),
                "the singular in both");
        assertFalse(scope(between(claim(1, "The mayor only talked about the power plants with the governor", "Mayor"),
                claim(2, "The governor proposed that the city buy the power plants along the coast", "Governor"))), "the plural in both");
        assertFalse(scope(between(claim(1, only, "Mayor"), claim(2, "The governor proposed that the city buy the power plants", "Mayor"))),
                "one source");
    }
}
