package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 17: a source phrase opened by an indefinite determiner ("a chairman", "one adviser") brings in someone
 * new and is resolved to no one named before (Quirk et al. 1985, 5.26-5.27); a definite one still is ("the chairman"). A
 * day or a month is no one's name ("the ad Thursday"). Sentences written for this test.
 */
class IndefiniteSourceTest {

    private static final String BEFORE = "Harbour chairman Tomas Berg opened the meeting on Monday. ";

    @Test
    void anIndefiniteDescriptionIsNoOneNamedBefore() {
        // Before: both were "Tomas Berg".
        assertEquals(List.of("chairman | said | the ferry plan was a mistake"),
                AttributionText.read(BEFORE + "A chairman from the next town said the ferry plan was a mistake."));
        assertEquals(List.of("chairman | said | the ferry plan was a mistake"), AttributionText.read(BEFORE + "One chairman said the ferry plan was a mistake."));
    }

    @Test
    void aDefiniteDescriptionIsStillTheOneNamedBefore() {
        assertEquals(List.of("Tomas Berg | said | the ferry plan was a mistake"), AttributionText.read(BEFORE + "The chairman said the ferry plan was a mistake."));
    }

    @Test
    void aDayIsNoOnesName() {
        // Before: "Thursday" spoke.
        assertEquals(List.of("ad | said | the ferry plan was a mistake"),
                AttributionText.read("The campaign ran the ad Thursday. The ad said the ferry plan was a mistake."));
    }
}
