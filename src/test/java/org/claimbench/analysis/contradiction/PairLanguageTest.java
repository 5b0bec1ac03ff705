package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The language features of the pairs the engine scores, on claims written for the test. */
class PairLanguageTest {

    private static double feature(PairFeatures.Featured p, String name) {
        return p.language()[PairLanguage.NAMES.indexOf(name)];
    }

    private static PairFeatures.Featured pair(List<ClaimFacts> claims, long a, long b) {
        List<PairFeatures.Featured> pairs = new ContradictionSuggester().featured(claims);
        return pairs.stream().filter(p -> p.suggestion().claimA() == a && p.suggestion().claimB() == b).findFirst()
                .orElseThrow(() -> new AssertionError(a + "-" + b + " is scored: " + pairs));
    }

    @Test
    void aFerryThatSailedAgainstOneThatDidNotIsOneSideNegatedOfTwoSides() {
        PairFeatures.Featured p = pair(List.of(new ClaimFacts(1, 10, "The ferry to Varnholm sailed on Monday morning", "Harbour office", "a sailing"),
                new ClaimFacts(2, 20, "The ferry to Varnholm did not sail on Monday morning", "Ferry union", "a sailing")), 1, 2);
        assertEquals(1, feature(p, "one side negated"), p.suggestion().explanation());
        assertEquals(1, feature(p, "two sides"));
        assertEquals(1, feature(p, "shared lemmas"), 1e-9, "every content lemma of the shorter claim is in the other");
        assertEquals(0, feature(p, "figures apart, same head"));
    }

    @Test
    void twoLengthsOfOneStrikeAreFiguresApartAndTheOutletIsNoSide() {
        PairFeatures.Featured p = pair(List.of(new ClaimFacts(1, 10, "The dock strike lasted three days", "Dockers' guild", "a strike"),
                new ClaimFacts(2, 20, "The dock strike lasted eight days", "Press", "a strike")), 1, 2);
        assertEquals(1, feature(p, "figures apart, same head"), p.suggestion().explanation());
        assertEquals(0, feature(p, "figures agree, same head"));
        assertEquals(0, feature(p, "one side negated"));
        assertEquals(0, feature(p, "two sides"), "the outlet's own words are no side");
    }

    @Test
    void aVoteHeldAgainstAVotePostponedIsAFactualityContrast() {
        PairFeatures.Featured p = pair(List.of(new ClaimFacts(1, 10, "The harbour vote was held on Friday", "Council", "a vote"),
                new ClaimFacts(2, 20, "The harbour vote was postponed", "Harbour office", "a vote")), 1, 2);
        assertTrue(feature(p, "factuality contrast") == 1, p.suggestion().explanation());
    }
}
