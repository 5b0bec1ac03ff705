package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 21: content clauses each opened by "that" and coordinated by "and" or "or" are one statement each
 * (Quirk et al. 1985, 13.5). Sentences written for this test, with the case to leave alone.
 */
class CoordinatedThatClausesTest {

    @Test
    void thatClausesCoordinatedByOrAreStatementsOfTheirOwn() {
        assertEquals(List.of("Okafor | said | the ferry would run all winter", "Okafor | said | the pier needed a new crane"),
                AttributionText.read("Okafor said that the ferry would run all winter, or that the pier needed a new crane."));
    }

    @Test
    void aClauseCoordinatedInsideTheContentWithNoThatOfItsOwnStaysInIt() {
        assertEquals(List.of("Okafor | said | the ferry would run all winter or the pier would close"),
                AttributionText.read("Okafor said that the ferry would run all winter or the pier would close."));
    }
}
