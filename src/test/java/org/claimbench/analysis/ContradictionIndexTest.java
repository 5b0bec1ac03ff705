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
        assertEquals(java.util.Set.of(3L), index.add(claim(3, "I just finished a two-hour call with Putin", "White House")));
        List<ContradictionSuggestion> added = index.involving(3);
        assertEquals(1, added.size());
        assertEquals(List.of(1L, 3L), List.of(added.get(0).claimA(), added.get(0).claimB()));
        assertEquals(1, index.ranked().size());
        index.skip(ContradictionSuggester.key(3, 1));
        assertTrue(index.ranked().isEmpty(), "a dismissed pair is not suggested again");
        index.add(claim(3, "I just finished a two-hour call with Putin", "White House"));
        assertTrue(index.involving(3).isEmpty());
        index.add(claim(4, "The call lasted two hours, the White House said", "White House"));
        assertEquals(1, index.ranked().size());
        index.remove(4);
        assertTrue(index.ranked().isEmpty());
    }

    private static ClaimFacts placed(long id, int start, String text, String lead, String source) {
        return new ClaimFacts(id, 9, start, start + text.length(), text, lead, source, "call of 19 May");
    }

    @Test
    void aClaimPlacedBetweenTwoOpposedClaimsTakesTheOppositionAwayAndRemovingItBringsItBack() {
        ClaimFacts steps = placed(1, 100, "he has taken significant steps", "and that \"", "White House");
        ClaimFacts riyadh = placed(2, 160, "although most were announced in Riyadh", "in these talks, ", "Press");
        ContradictionIndex index = new ContradictionIndex(List.of(steps, riyadh));
        assertEquals(1, index.ranked().size(), "the article sets the second against the first");

        java.util.Set<Long> touched = index.add(placed(3, 140, "in these talks with Witkoff", "steps\" ", "Press"));
        assertEquals(java.util.Set.of(1L, 2L, 3L), touched);
        assertTrue(index.involving(1).stream().noneMatch(s -> s.claimB() == 2), "1 and 2 are no longer next to each other");

        assertEquals(java.util.Set.of(1L, 2L, 3L), index.remove(3));
        assertEquals(1, index.involving(2).size(), "1 and 2 are next to each other again");
    }
}
