package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContradictionPairKeyTest {

    @Test
    void aPairKeyIsTheSameWhicheverClaimComesFirstAndReadsBackToItsTwoIds() {
        assertEquals("3:9", Contradiction.pairKey(9, 3));
        assertEquals(Contradiction.pairKey(3, 9), Contradiction.pairKey(9, 3));
        assertArrayEquals(new long[] {3, 9}, Contradiction.claimsOfPairKey(Contradiction.pairKey(9, 3)).orElseThrow());
    }

    @Test
    void whatIsNoPairKeyReadsAsNone() {
        assertTrue(Contradiction.claimsOfPairKey("").isEmpty());
        assertTrue(Contradiction.claimsOfPairKey(":4").isEmpty());
        assertTrue(Contradiction.claimsOfPairKey("a:b").isEmpty());
        assertTrue(Contradiction.claimsOfPairKey("12").isEmpty());
    }
}
