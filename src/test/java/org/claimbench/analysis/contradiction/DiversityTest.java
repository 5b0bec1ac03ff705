package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.ContradictionKind;
import org.junit.jupiter.api.Test;

class DiversityTest {

    private static ContradictionSuggestion pair(long a, long b, double score, String pattern) {
        return new ContradictionSuggestion(a, b, score, List.of(new Signal("denial", ContradictionKind.POLARITY, 0.45, "why", pattern)),
                true, "");
    }

    private static List<String> order(List<ContradictionSuggestion> ranked) {
        return ranked.stream().map(s -> s.claimA() + "-" + s.claimB()).toList();
    }

    @Test
    void aPairScoredOnItsOwnIsPlacedInAShownRankingAsTheRerankingWouldLowerIt() {
        List<ContradictionSuggestion> shown = Diversity.rerank(List.of(pair(1, 2, 0.80, "opposite:direct"), pair(3, 4, 0.70, ""),
                pair(5, 6, 0.50, ""), pair(7, 8, 0.40, "")));
        // Claim 1's second pair (0.75 on its own) passes its first pair at 0.80 and is lowered to 0.525 there: after 3-4 (0.70), not above it.
        Diversity.Placement second = Diversity.place(shown, pair(1, 9, 0.75, ""));
        assertEquals(2, second.at());
        assertEquals(0.75 * Diversity.SAME_CLAIM, second.lowered().score(), 1e-9);
        // The same pattern as the first pair lowers it too: 0.75 x 0.7 x 0.8 = 0.42, after 5-6.
        assertEquals(3, Diversity.place(shown, pair(1, 9, 0.75, "opposite:direct")).at());
        // A pair of claims of its own above every score goes first, its score as it is.
        Diversity.Placement first = Diversity.place(shown, pair(10, 11, 0.9, "opposite:direct"));
        assertEquals(0, first.at());
        assertEquals(0.9, first.lowered().score(), 1e-9);
        // A tie goes by the claims' ids, as the ranking breaks it: 1-2 before 3-4 at the same score.
        assertEquals(0, Diversity.place(List.of(pair(3, 4, 0.70, "")), pair(1, 2, 0.70, "")).at());
        assertEquals(1, Diversity.place(List.of(pair(1, 2, 0.70, "")), pair(3, 4, 0.70, "")).at());
        // Below all: last.
        assertEquals(shown.size(), Diversity.place(shown, pair(12, 13, 0.1, "")).at());
        // What rerank itself does with the same five pairs: the placed pair lands where the full ranking puts it.
        List<ContradictionSuggestion> all = new ArrayList<>(shown);
        all.add(pair(1, 9, 0.75, ""));
        all.sort(ContradictionSuggestion.RANKING);
        assertEquals(List.of("1-2", "3-4", "1-9", "5-6", "7-8"), order(Diversity.rerank(all)));
    }

    @Test
    void copiesOfOnePatternMakeRoomForAnotherConflict() {
        List<ContradictionSuggestion> raw = new ArrayList<>();
        // Every "direct" claim (1-3) against every "indirect" one (11-13): nine copies of one conflict, then another.
        double score = 0.9;
        for (long a = 1; a <= 3; a++) {
            for (long b = 11; b <= 13; b++) {
                raw.add(pair(a, b, score, "opposite:direct"));
                score -= 0.01;
            }
        }
        raw.add(pair(21, 22, 0.7, "status:summit:cancel/postpone"));
        List<ContradictionSuggestion> ranked = Diversity.rerank(raw);
        assertEquals(raw.size(), ranked.size());
        assertTrue(order(ranked).indexOf("21-22") <= 2, "the other conflict comes within the first three: " + order(ranked));
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() <= ranked.get(i - 1).score(), "best first by the lowered score");
        }
        assertEquals(0.9, ranked.get(0).score(), 1e-9, "the best pair keeps its own score");
    }

    @Test
    void pairsOfOneClaimMakeRoomForOtherClaimsAndUniquePairsAreNotLoweredByPattern() {
        // Claim 1 in four pairs of their own (no shared pattern), then a pair of two other claims.
        List<ContradictionSuggestion> raw = List.of(pair(1, 2, 0.60, ""), pair(1, 3, 0.59, ""), pair(1, 4, 0.58, ""), pair(1, 5, 0.57, ""),
                pair(6, 7, 0.55, ""));
        List<String> ranked = order(Diversity.rerank(raw));
        assertEquals("1-2", ranked.get(0));
        assertTrue(ranked.indexOf("6-7") < 3, ranked.toString());
        List<String> unrelated = order(Diversity.rerank(List.of(pair(1, 2, 0.6, ""), pair(3, 4, 0.59, ""), pair(5, 6, 0.58, ""))));
        assertEquals(List.of("1-2", "3-4", "5-6"), unrelated);
    }

    @Test
    void twoAccountsSetSideBySideInOneArticleRankAboveTheSameConflictPutTogetherFromTwoArticles() {
        List<ClaimFacts> claims = List.of(new ClaimFacts(1, 10, "The union accepted the final wage offer", "Union", "wage talks"),
                new ClaimFacts(2, 20, "The union rejected the final wage offer", "Employers", "wage talks"),
                new ClaimFacts(3, 10, "The union rejected the final wage offer", "Employers", "wage talks"));
        List<String> ranked = order(new ContradictionSuggester().suggest(claims, java.util.Set.of()));
        assertTrue(ranked.indexOf("1-3") >= 0 && ranked.indexOf("1-3") < ranked.indexOf("1-2"), ranked.toString());
    }

    @Test
    void twoOutletsOwnWordsAreTwoAccountsButOneOutletTwiceIsOneSource() {
        ClaimFacts first = new ClaimFacts(1, 10, "The union accepted the final wage offer", "Press", "wage talks");
        ClaimFacts otherOutlet = new ClaimFacts(2, 20, "The union rejected the final wage offer", "Press", "wage talks");
        ClaimFacts sameOutlet = new ClaimFacts(3, 10, "The union rejected the final wage offer", "Press", "wage talks");
        ContradictionSuggester suggester = new ContradictionSuggester();
        double twoOutlets = suggester.score(first, otherOutlet).orElseThrow().score();
        double oneOutlet = suggester.score(first, sameOutlet).orElseThrow().score();
        assertEquals(ContradictionSuggester.TWO_ARTICLES / ContradictionSuggester.ONE_SOURCE, twoOutlets / oneOutlet, 1e-9);
    }

    @Test
    void theArticlesOwnContrastIsNotCountedTwiceAsTheArticleSettingTwoAccountsSideBySide() {
        // Claims 1 and 2 follow each other in one article, the second opening with "However": the contrast is their only signal.
        // The second's lead is the text between them (the sentence before its own is the first's).
        ClaimFacts first = new ClaimFacts(1, 10, 0, 45, "The ferry line will keep its winter timetable", "", "Ferry line", "timetable");
        ClaimFacts second = new ClaimFacts(2, 10, 47, 100, "However, the harbour board wants longer opening hours", ". ", "Harbour board",
                "timetable");
        ContradictionSuggestion alone = new ContradictionSuggester().suggest(List.of(first, second), java.util.Set.of()).get(0);
        assertEquals(List.of(ContrastSignal.NAME), alone.signals().stream().map(Signal::name).toList());
        assertTrue(alone.score() <= 0.45 * ContradictionSuggester.TWO_ARTICLES + 1e-9, "two articles' weight: " + alone.score());
    }

    @Test
    void aPartOfALongerRankingIsRefusedWhenAPairBeyondItCouldComeFirst() {
        List<ContradictionSuggestion> part = List.of(pair(1, 2, 0.9, "opposite:direct"), pair(3, 4, 0.89, "opposite:direct"));
        assertTrue(Diversity.rerank(part, 2, false).isEmpty(), "the second copy, lowered, may be beaten by a pair not in the part");
        assertEquals(List.of("1-2"), order(Diversity.rerank(part, 1, false).orElseThrow()));
        assertEquals(List.of("1-2", "3-4"), order(Diversity.rerank(part, 2, true).orElseThrow()));
    }

    /** The queues per pattern give what the plain greedy gives: at each step, the pair whose lowered score is highest. */
    @Test
    void theRankingIsThePlainGreedyOne() {
        java.util.Random random = new java.util.Random(11);
        String[] patterns = {"", "", "opposite:direct", "denial:agree", "status:vote:cancel/postpone"};
        for (int round = 0; round < 30; round++) {
            List<ContradictionSuggestion> raw = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                long a = 1 + random.nextInt(12);
                long b = a + 1 + random.nextInt(12);
                raw.add(pair(a, b, random.nextDouble(), patterns[random.nextInt(patterns.length)]));
            }
            raw.sort(ContradictionSuggestion.RANKING);
            assertEquals(plainGreedy(raw), order(Diversity.rerank(raw)), "round " + round);
        }
    }

    /** With retellings read ({@link ConflictCopies}: claims alike when their ids fall in one group of three), the same holds. */
    @Test
    void theRankingWithRetellingsIsThePlainGreedyOne() {
        java.util.Random random = new java.util.Random(12);
        String[] patterns = {"", "", "opposite:direct", "denial:agree"};
        ConflictCopies.Likeness likeness = (x, y) -> (x - 1) / 3 == (y - 1) / 3;
        int lowered = 0;
        for (int round = 0; round < 30; round++) {
            List<ContradictionSuggestion> raw = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                long a = 1 + random.nextInt(12);
                long b = a + 1 + random.nextInt(12);
                ContradictionKind kind = random.nextBoolean() ? ContradictionKind.POLARITY : ContradictionKind.SCOPE;
                raw.add(new ContradictionSuggestion(a, b, random.nextDouble(), List.of(new Signal("s", kind, 0.4, "why",
                        patterns[random.nextInt(patterns.length)])), true, ""));
            }
            raw.sort(ContradictionSuggestion.RANKING);
            List<ContradictionSuggestion> ranked = Diversity.rerank(raw, likeness);
            assertEquals(plainGreedy(raw, likeness), order(ranked), "round " + round);
            lowered += (int) ranked.stream().filter(x -> x.retellings() < 0).count();
        }
        assertTrue(lowered > 0, "some pairs are retellings");
    }

    @Test
    void aRetellingIsPlacedAsTheRerankingWouldLowerIt() {
        // Claims 1 and 3 say one thing, as do 2 and 4: 3-4 retells 1-2 (one kind of signal); 5-6 is another conflict.
        ConflictCopies.Likeness likeness = (x, y) -> Math.abs(x - y) == 2 && Math.min(x, y) <= 2;
        List<ContradictionSuggestion> shown = List.of(pair(1, 2, 0.80, ""), pair(5, 6, 0.50, ""));
        Diversity.Placement retelling = Diversity.place(shown, pair(3, 4, 0.70, ""), likeness);
        assertEquals(2, retelling.at(), "lowered to 0.7 x " + Diversity.RETELLING + ", below 5-6");
        assertEquals(0.70 * Diversity.RETELLING, retelling.lowered().score(), 1e-9);
        assertEquals(1, Diversity.place(shown, pair(3, 4, 0.70, "")).at(), "no retellings read: above 5-6");
        assertEquals(1, Diversity.place(shown, pair(3, 7, 0.70, ""), likeness).at(), "claim 7 says nothing of claim 2's");
    }

    private static List<String> plainGreedy(List<ContradictionSuggestion> raw) {
        return plainGreedy(raw, ConflictCopies.NONE);
    }

    private static List<String> plainGreedy(List<ContradictionSuggestion> raw, ConflictCopies.Likeness likeness) {
        List<ContradictionSuggestion> taken = new ArrayList<>();
        List<ContradictionSuggestion> left = new ArrayList<>(raw);
        java.util.Map<String, Integer> patterns = new java.util.HashMap<>();
        java.util.Map<Long, Integer> claims = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        while (!left.isEmpty()) {
            ContradictionSuggestion chosen = null;
            double bestScore = -1;
            for (ContradictionSuggestion s : left) {
                String p = Diversity.pattern(s);
                double lowered = s.score() * Math.pow(Diversity.SAME_PATTERN, p.isEmpty() ? 0 : patterns.getOrDefault(p, 0))
                        * Math.pow(Diversity.SAME_CLAIM, claims.getOrDefault(s.claimA(), 0) + claims.getOrDefault(s.claimB(), 0));
                for (ContradictionSuggestion t : taken.subList(0, Math.min(taken.size(), Diversity.HEAD))) {
                    if (Diversity.kind(t) == Diversity.kind(s) && ConflictCopies.retells(t.claimA(), t.claimB(), s.claimA(), s.claimB(), likeness)) {
                        lowered *= Diversity.RETELLING;
                    }
                }
                if (lowered > bestScore) {
                    bestScore = lowered;
                    chosen = s;
                }
            }
            left.remove(chosen);
            taken.add(chosen);
            String p = Diversity.pattern(chosen);
            if (!p.isEmpty()) {
                patterns.merge(p, 1, Integer::sum);
            }
            claims.merge(chosen.claimA(), 1, Integer::sum);
            claims.merge(chosen.claimB(), 1, Integer::sum);
            out.add(chosen.claimA() + "-" + chosen.claimB());
        }
        return out;
    }
}
