package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.OneAccountsContrastTest.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Two sides the article sets against each other while they speak of different things (no common noun, verb or adjective, no
 * synonym among first senses, not alike in meaning) are the writer's transition: the contrast weighs a fifth of its full weight.
 */
class ContrastOfTwoMattersTest {

    @Test
    void twoSidesSpeakingOfDifferentMattersAreOnlyTheWritersTransition() {
        assertEquals(0.09, weight("The Dunmere quarry reopened on Monday after a two-week safety inspection", "Quarry owners", ". But ",
                "the mayor of Lowfold has refused every invitation to the regional football final", "Lowfold council"), 1e-9);
    }

    @Test
    void twoSidesSpeakingOfOneMatterKeepTheFullWeight() {
        assertEquals(0.45, weight("The old quarry reopened on Monday after a two-week safety inspection", "Quarry owners", ". But ",
                "the quarry has stayed closed to lorries since the inspection", "Lowfold council"), 1e-9, "nouns in common: quarry, inspection");
    }
}
