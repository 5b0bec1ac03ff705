package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A verb denied in one claim meets the verb that affirms it in another when the two share no word but WordNet relates the
 * verbs (a synonym, or one a kind of the other), so the signals that read those relations get the pair (round 18 of issue 11).
 */
class DeniedVerbsBySenseTest {

    private static final String CALLED_FALSE = "Reports that the strikers surrendered are false";

    private static boolean reached(ClaimFeatures a, ClaimFeatures b) {
        return new Candidates(List.of(a, b)).reached(0, 1);
    }

    @Test
    void aReportCalledFalseMeetsAKindOfItsVerbAffirmedWithNoWordShared() {
        ClaimFeatures affirmed = claim(1, "The dockers had capitulated, the governor said", "Port");
        ClaimFeatures denied = claim(2, CALLED_FALSE, "Union");
        assertTrue(reached(affirmed, denied), "capitulate: surrender under agreed conditions (WordNet)");
        assertTrue(reached(denied, affirmed), "whichever comes first");
        assertTrue(new ContradictionSuggester().suggestAmong(List.of(affirmed, denied), Set.of()).stream()
                .anyMatch(s -> s.signals().stream().anyMatch(x -> x.name().equals("denial"))), "and the denial is then read");
    }

    @Test
    void aNegatedVerbMeetsItsSynonymAffirmed() {
        assertTrue(reached(claim(1, "The ferries halted at noon", "Port"), claim(2, "The boats did not stop", "Union")),
                "halt / stop: one synset in WordNet");
    }

    @Test
    void twoAffirmedVerbsOrUnrelatedVerbsDoNotMeet() {
        assertFalse(reached(claim(1, "The dockers had capitulated, the governor said", "Port"),
                claim(2, "The strikers surrendered", "Union")), "both affirm: nothing to oppose");
        assertFalse(reached(claim(1, "The dockers had paraded, the governor said", "Port"), claim(2, CALLED_FALSE, "Union")),
                "parade is no kind of surrender");
        assertFalse(reached(claim(1, "The dockers had capitulated, the governor said", "Port"),
                claim(2, CALLED_FALSE, "Union", "another event")), "the claims of two events do not meet this way");
    }
}
