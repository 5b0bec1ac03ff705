package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContradictionIndexTest {

    private static ClaimFacts claim(long id, String text, String source) {
        return new ClaimFacts(id, id, text, source, "call of 3 July");
    }

    @Test
    void aNewClaimIsScoredAgainstItsCandidatesOnlyAndRemovalTakesItsSuggestionsAlong() {
        ContradictionIndex index = new ContradictionIndex(List.of(
                claim(1, "Putin and Trump had an hour-long phone conversation", "Press"),
                claim(2, "Sanctions on Russian oil will be discussed in Brussels", "Europe")));
        assertTrue(index.ranked().isEmpty());
        List<ContradictionSuggestion> added = index.add(claim(3, "I just finished a two-hour call with Putin", "White House"));
        assertEquals(1, added.size());
        assertEquals(List.of(1L, 3L), List.of(added.get(0).claimA(), added.get(0).claimB()));
        assertEquals(1, index.ranked().size());
        index.skip(ContradictionSuggester.key(3, 1));
        assertTrue(index.ranked().isEmpty(), "a dismissed pair is not suggested again");
        assertTrue(index.add(claim(3, "I just finished a two-hour call with Putin", "White House")).isEmpty());
        index.add(claim(4, "The call lasted two hours, the White House said", "White House"));
        assertEquals(1, index.ranked().size());
        index.remove(4);
        assertTrue(index.ranked().isEmpty());
    }
}
