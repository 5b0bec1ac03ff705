package org.claimbench.ui.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** Where a claim stands in the Edit text dialog as words are typed, deleted and replaced around and inside it. */
class EditedClaimSpansTest {

    private static final TextSpan CLAIM = new TextSpan(10, 20);

    @Test
    void wordsTypedInsideAClaimAreItsWords() {
        assertEquals(new TextSpan(10, 25), EditedClaimSpans.shift(CLAIM, 15, 0, 5));
    }

    @Test
    void wordsTypedAtItsStartMoveItAndAtItsEndLeaveIt() {
        assertEquals(new TextSpan(14, 24), EditedClaimSpans.shift(CLAIM, 10, 0, 4));
        assertEquals(new TextSpan(14, 24), EditedClaimSpans.shift(CLAIM, 3, 0, 4));
        assertEquals(CLAIM, EditedClaimSpans.shift(CLAIM, 20, 0, 4));
        assertEquals(CLAIM, EditedClaimSpans.shift(CLAIM, 30, 0, 4));
    }

    @Test
    void wordsPutInPlaceOfAClaimsWordsAreTheClaims() {
        // Its first word (10-13) retyped as a longer one.
        assertEquals(new TextSpan(10, 22), EditedClaimSpans.shift(CLAIM, 10, 3, 5));
        // Its last word (17-20) replaced.
        assertEquals(new TextSpan(10, 19), EditedClaimSpans.shift(CLAIM, 17, 3, 2));
        // A selection from before it into it replaced.
        assertEquals(new TextSpan(5, 12), EditedClaimSpans.shift(CLAIM, 5, 10, 2));
    }

    @Test
    void deletingBeforeItMovesItAndDeletingAllOfItLeavesItEmpty() {
        assertEquals(new TextSpan(6, 16), EditedClaimSpans.shift(CLAIM, 2, 4, 0));
        assertEquals(new TextSpan(8, 8), EditedClaimSpans.shift(CLAIM, 8, 14, 0));
        assertEquals(new TextSpan(10, 17), EditedClaimSpans.shift(CLAIM, 12, 3, 0));
    }
}
