package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class CriticismDismissedSignalTest {

    private static final String DISMISSED = "statement dismissed";

    /** Two claims of one article, the second right after the first, by the two sources given. */
    private static boolean fires(String first, String firstSource, String second, String secondSource, long article) {
        return fires(first, firstSource, -1, second, secondSource, -1, article);
    }

    /** As above, the first claim ending at firstEnd and the second starting at secondStart (-1: not positioned). */
    private static boolean fires(String first, String firstSource, int firstEnd, String second, String secondSource, int secondStart,
                                 long article) {
        int firstStart = firstEnd < 0 ? -1 : Math.max(0, firstEnd - first.length());
        int secondEnd = secondStart < 0 ? -1 : secondStart + second.length();
        ClaimFeatures a = new ClaimFeatures(new ClaimFacts(1, 7, firstStart, firstEnd, first, "", firstSource, "the same event",
                java.util.List.of(), ClaimReading.NONE, MeaningVector.ABSENT), new QuantityReader());
        ClaimFeatures b = new ClaimFeatures(new ClaimFacts(2, article, secondStart, secondEnd, second, "", secondSource, "the same event",
                java.util.List.of(), ClaimReading.NONE, MeaningVector.ABSENT), new QuantityReader());
        b.previousId = 1;
        Pair p = ContradictionSignals.pair(a, b);
        return p != null && names(ContradictionSignals.between(a, b, p)).contains(DISMISSED);
    }

    @Test
    void aSideDismissingTheCriticismJustReportedAnswersIt() {
        assertTrue(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The port's director dismissed the criticism, saying the contract protects every job", "Port", 7));
        assertTrue(fires("Fishermen accused the council of selling the harbour to a developer", "Fishermen",
                "The mayor rejected these accusations as campaign noise", "Council", 7));
        assertTrue(fires("Tenants complained the landlord had ignored the broken heating for weeks", "Tenants",
                "The landlord brushed aside the complaints", "Landlord", 7));
    }

    @Test
    void aLabelWithItsOwnContentOrOneSourceOrAnotherArticleIsNoAnswer() {
        assertFalse(fires("Fishermen accused the council of selling the harbour to a developer", "Fishermen",
                "The mayor rejected the claim that the pier would be closed in winter", "Council", 7), "a claim with its own content");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The union later dismissed the criticism", "Dockers", 7), "one source");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The port's director dismissed the criticism, saying the contract protects every job", "Port", 8), "another article");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The port's director praised the contract, saying it protects every job", "Port", 7), "no rejection");
    }

    @Test
    void aNegatedOrRefusedRejectionRejectsNothing() {
        String accusation = "Fishermen accused the council of selling the harbour to a developer";
        assertFalse(fires(accusation, "Fishermen", "A council spokesman declined to confirm or deny the accusations", "Council", 7),
                "declined to confirm or deny");
        assertFalse(fires(accusation, "Fishermen", "The council did not dispute the allegations", "Council", 7), "did not dispute");
        assertFalse(fires(accusation, "Fishermen", "The mayor never rejected the accusation", "Council", 7), "never rejected");
        assertTrue(fires(accusation, "Fishermen", "The council disputed the allegations", "Council", 7), "disputed");
    }

    @Test
    void aPlainStatementBeforeTheLabelIsNotWhatItLabels() {
        assertFalse(fires("Harbour officials also said fish exports will rise next year", "Officials",
                "The minister dismissed the criticism", "Minister", 7), "a plain statement is no criticism");
        assertTrue(fires("Harbour officials said the pier will be sold to a developer", "Officials",
                "The mayor denies that claim", "Council", 7), "a neutral label of a plain statement");
        assertFalse(fires("The harbour report said fish exports will fall", org.claimbench.domain.Source.OUTLET,
                "The minister rejected these claims", "Minister", 7), "the outlet's own text");
    }

    @Test
    void aNounWithAComplementOfItsOwnIsNoLabel() {
        String accusation = "Fishermen accused the council of selling the harbour to a developer";
        assertFalse(fires(accusation, "Fishermen", "The court dismissed the claims for damages", "Court", 7), "claims for damages");
        assertFalse(fires(accusation, "Fishermen", "The council rejected the compensation claims", "Council", 7), "a noun modifier");
        assertFalse(fires(accusation, "Fishermen", "The council rejected the claims made by the harbour board", "Council", 7), "made by");
    }

    @Test
    void theLabelReachesBackAboutTwoSentences() {
        String accusation = "Fishermen accused the council of selling the harbour to a developer";
        String answer = "The mayor rejected these accusations as campaign noise";
        assertTrue(fires(accusation, "Fishermen", 1000, answer, "Council", 1399, 7), "399 characters apart");
        assertFalse(fires(accusation, "Fishermen", 1000, answer, "Council", 1401, 7), "401 characters apart");
    }
}
