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
        ClaimFeatures a = new ClaimFeatures(new ClaimFacts(1, 7, -1, -1, first, "", firstSource, "the same event",
                java.util.List.of(), ClaimReading.NONE, MeaningVector.ABSENT), new QuantityReader());
        ClaimFeatures b = new ClaimFeatures(new ClaimFacts(2, article, -1, -1, second, "", secondSource, "the same event",
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
        assertTrue(fires("Tenants said the landlord had ignored the broken heating for weeks", "Tenants",
                "The landlord brushed aside the complaints", "Landlord", 7));
    }

    @Test
    void aLabelWithItsOwnContentOrOneSourceOrAnotherArticleIsNoAnswer() {
        assertFalse(fires("Fishermen accused the council of selling the harbour to a developer", "Fishermen",
                "The mayor rejected the claim that the pier would be closed in winter", "Council", 7), "a claim with its own content");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The union later dismissed the criticism from the port's director", "Dockers", 7), "one source");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The port's director dismissed the criticism, saying the contract protects every job", "Port", 8), "another article");
        assertFalse(fires("The dockers' union called the new contract a betrayal of the night shift", "Dockers",
                "The port's director praised the contract, saying it protects every job", "Port", 7), "no rejection");
    }
}
