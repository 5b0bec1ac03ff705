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

    /** Asserts features by name and value, given as name, value, name, value … */
    private static void expect(PairFeatures.Featured p, Object... nameAndValue) {
        for (int i = 0; i < nameAndValue.length; i += 2) {
            String name = (String) nameAndValue[i];
            assertEquals(((Number) nameAndValue[i + 1]).doubleValue(), feature(p, name), 1e-9, name + ": " + p.suggestion().explanation());
        }
    }

    /** The scored pair of two claims of one event in two articles, each with its source. */
    private static PairFeatures.Featured pair(String event, String first, String firstSource, String second, String secondSource) {
        List<PairFeatures.Featured> pairs = new ContradictionSuggester().featured(List.of(new ClaimFacts(1, 10, first, firstSource, event),
                new ClaimFacts(2, 20, second, secondSource, event)));
        return pairs.stream().filter(p -> p.suggestion().claimA() == 1 && p.suggestion().claimB() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("the two claims are scored: " + pairs));
    }

    @Test
    void aFerryThatSailedAgainstOneThatDidNotIsOneSideNegatedOfTwoSides() {
        PairFeatures.Featured p = pair("a sailing", "The ferry to Varnholm sailed on Monday morning", "Harbour office",
                "The ferry to Varnholm did not sail on Monday morning", "Ferry union");
        // Every content lemma of the shorter claim is in the other: shared lemmas 1.
        expect(p, "one side negated", 1, "two sides", 1, "shared lemmas", 1, "figures apart, same head", 0);
    }

    @Test
    void twoLengthsOfOneStrikeAreFiguresApartAndTheOutletIsNoSide() {
        PairFeatures.Featured p = pair("a strike", "The dock strike lasted three days", "Dockers' guild",
                "The dock strike lasted eight days", "Press");
        // The outlet's own words are no side.
        expect(p, "figures apart, same head", 1, "figures agree, same head", 0, "one side negated", 0, "two sides", 0);
    }

    @Test
    void aVoteHeldAgainstAVotePostponedIsAFactualityContrast() {
        PairFeatures.Featured p = pair("a vote", "The harbour vote was held on Friday", "Council",
                "The harbour vote was postponed", "Harbour office");
        assertTrue(feature(p, "factuality contrast") == 1, p.suggestion().explanation());
    }

    @Test
    void twoApproximationsOfDifferentRoundFiguresAreFiguresApartAsTheMismatchSignalReadsThem() {
        PairFeatures.Featured p = pair("a crossing", "The night ferry's crossing lasted about 30 minutes", "Ferry line",
                "The night ferry's crossing lasted about 40 minutes", "Harbour office");
        // The intervals (25.5–34.5, 34–46) meet, but two round approximations on one scale are two figures (RoundApproximations).
        expect(p, "figures apart, same head", 1, "figures agree, same head", 0);
    }

    @Test
    void twoApproximationsOfOneRoundFigureAgree() {
        // Scored for the other figure, the number of passengers.
        PairFeatures.Featured p = pair("a crossing", "The night ferry's crossing with 90 passengers lasted about 40 minutes", "Ferry line",
                "The night ferry's crossing with 300 passengers lasted around 40 minutes", "Harbour office");
        expect(p, "figures agree, same head", 1);
    }
}
