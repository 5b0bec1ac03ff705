package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContradictionIndexTest {

    private static ClaimFacts claim(long id, String text, String source) {
        return new ClaimFacts(id, id, text, source, "call of 4 June");
    }

    @Test
    void aNewClaimIsScoredAgainstItsCandidatesOnlyAndRemovalTakesItsSuggestionsAlong() {
        ContradictionIndex index = new ContradictionIndex(List.of(
                claim(1, "The mayors of Arden and Bly had an hour-long phone conversation", "Press"),
                claim(2, "Tolls on the river bridge will be debated at the county hall", "Europe")));
        assertTrue(index.ranked().isEmpty());
        assertEquals(java.util.Set.of(3L), index.add(claim(3, "I just finished a two-hour call with the mayor of Bly", "White House")));
        List<ContradictionSuggestion> added = index.involving(3);
        assertEquals(1, added.size());
        assertEquals(List.of(1L, 3L), List.of(added.get(0).claimA(), added.get(0).claimB()));
        assertEquals(1, index.ranked().size());
        index.skip(ContradictionSuggester.key(3, 1));
        assertTrue(index.ranked().isEmpty(), "a dismissed pair is not suggested again");
        index.add(claim(3, "I just finished a two-hour call with the mayor of Bly", "White House"));
        assertTrue(index.involving(3).isEmpty());
        index.add(claim(4, "The phone conversation of the two mayors lasted two hours, the Arden office said", "White House"));
        assertEquals(1, index.ranked().size());
        index.remove(4);
        assertTrue(index.ranked().isEmpty());
    }

    private static ClaimFacts placed(long id, int start, String text, String lead, String source) {
        return new ClaimFacts(id, 9, start, start + text.length(), text, lead, source, "call of 19 May");
    }

    @Test
    void aClaimPlacedBetweenTwoOpposedClaimsTakesTheOppositionAwayAndRemovingItBringsItBack() {
        ClaimFacts steps = placed(1, 100, "the board has made real progress", "and that \"", "White House");
        // The second's lead is all the text between them (the two stand in one sentence).
        ClaimFacts riyadh = placed(2, 166, "although most of it was staged for the cameras", "\" in these talks at the hearings, ", "Press");
        ContradictionIndex index = new ContradictionIndex(List.of(steps, riyadh));
        assertEquals(1, index.ranked().size(), "the article sets the second against the first");

        java.util.Set<Long> touched = index.add(placed(3, 140, "at the hearings with the auditor", "progress\" ", "Press"));
        assertEquals(java.util.Set.of(1L, 2L, 3L), touched);
        assertTrue(index.involving(1).stream().noneMatch(s -> s.claimB() == 2), "1 and 2 are no longer next to each other");

        assertEquals(java.util.Set.of(1L, 2L, 3L), index.remove(3));
        assertEquals(1, index.involving(2).size(), "1 and 2 are next to each other again");
    }

    /**
     * Claims added and removed one at a time leave the index with exactly the suggestions (pairs and
     * scores) that computing everything afresh gives: the incremental path and the batch path agree.
     */
    @Test
    void addingAndRemovingClaimsOneByOneGivesWhatComputingAfreshGives() {
        String[] sentences = {
            "The council has given some ground in the dispute",
            "although most were staged for the cameras at the hearings",
            "The union has not moved at all on the strike",
            "The mayor pressed for an immediate end to the strike on the call",
            "critics call the mayor's approach to the call timid",
            "talks will resume immediately, the mayor said",
            "an end to the strike is possible only if a deal is signed",
            "However, the call lasted two hours, the union said",
            "the call was an hour-long phone conversation",
            "The union is ready to draft a framework",
            "The council refused to discuss the framework",
            "the weather in Leeds was mild"
        };
        String[] sources = {"White House", "Press", "Kremlin readout", "Europe", "Ukraine"};
        java.util.Random random = new java.util.Random(7);
        List<ClaimFacts> all = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long article = 1 + random.nextInt(3);
            String text = sentences[random.nextInt(sentences.length)];
            int start = random.nextInt(2000);
            String lead = random.nextBoolean() ? "said on Monday, " : "the day before, although ";
            all.add(new ClaimFacts(i + 1, article, start, start + text.length(), text, lead, sources[random.nextInt(sources.length)],
                    "call of " + (article == 3 ? "19 May" : "3 July")));
        }
        ContradictionIndex index = new ContradictionIndex(all.subList(0, 20));
        java.util.Map<Long, ClaimFacts> present = new java.util.LinkedHashMap<>();
        all.subList(0, 20).forEach(c -> present.put(c.id(), c));
        for (ClaimFacts c : all.subList(20, 60)) {
            index.add(c);
            present.put(c.id(), c);
            if (random.nextInt(4) == 0) {
                long gone = List.copyOf(present.keySet()).get(random.nextInt(present.size()));
                index.remove(gone);
                present.remove(gone);
            }
        }
        java.util.Map<String, Double> incremental = new java.util.TreeMap<>();
        index.ranked().forEach(x -> incremental.put(ContradictionSuggester.key(x.claimA(), x.claimB()), x.score()));
        java.util.Map<String, Double> afresh = new java.util.TreeMap<>();
        new ContradictionSuggester().suggest(List.copyOf(present.values()), java.util.Set.of())
                .forEach(x -> afresh.put(ContradictionSuggester.key(x.claimA(), x.claimB()), x.score()));
        assertTrue(afresh.size() > 10, "the sample makes enough pairs to compare: " + afresh.size());
        assertEquals(afresh, incremental);

        // What a list shows: the best few not turned down, in the same order as the full ranking.
        java.util.Set<String> skip = java.util.Set.copyOf(List.copyOf(incremental.keySet()).subList(0, 5));
        List<ContradictionSuggestion> expected = new ContradictionSuggester().suggest(List.copyOf(present.values()), skip).stream()
                .limit(10).toList();
        assertEquals(expected, index.top(10, skip));
        assertTrue(index.top(0, skip).isEmpty());
    }
}
