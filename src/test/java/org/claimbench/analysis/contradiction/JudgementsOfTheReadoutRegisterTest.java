package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Judgements in words the VADER lexicon lacks, read through their WordNet adjective cluster ("productive" is similar to
 * "successful", "constructive" sees also "positive"): round 22 of issue 11. Sentences of our own.
 */
class JudgementsOfTheReadoutRegisterTest {

    private static boolean opposite(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.name().equals("opposite judgements"));
    }

    private static String reasons(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().map(s -> s.reason().get()).toList().toString();
    }

    @Test
    void aWordOfTheReadoutRegisterJudgesAsItsClusterDoes() {
        ClaimFeatures praised = claim(1, "The harbour talks were very productive, the mayor's office said", "Mayor");
        ClaimFeatures blamed = claim(2, "The harbour talks were useless, the union said", "Union");
        assertTrue(opposite(praised, blamed), reasons(praised, blamed));
        assertTrue(reasons(praised, blamed).contains("“productive” and “useless”"), reasons(praised, blamed));
        ClaimFeatures listed = claim(3, "The harbour talks were brief and constructive, the mayor's office said", "Mayor");
        assertTrue(opposite(listed, blamed), "a list of adjectives: " + reasons(listed, blamed));
    }

    @Test
    void aDeniedJudgementIsTurned() {
        ClaimFeatures denied = claim(1, "The harbour talks were not productive, the union said", "Union");
        ClaimFeatures praised = claim(2, "The harbour talks were useful, the mayor's office said", "Mayor");
        assertTrue(opposite(denied, praised), reasons(denied, praised));
        assertTrue(opposite(claim(1, "The harbour talks weren't productive, the union said", "Union"), praised), "a contracted copula");
        assertFalse(opposite(claim(1, "The harbour talks were productive, the union said", "Union"), praised), "both praise them");
    }

    @Test
    void anAttributiveAdjectiveWithNoDegreeWordClassifiesAndJudgesNothing() {
        ClaimFeatures blamed = claim(2, "The harbour talks were useless, the union said", "Union");
        // "first" (original, 1.3), "new" (fresh, novel): descriptive words with evaluative neighbours, used to classify.
        assertFalse(opposite(claim(1, "The first harbour talks were held on Monday, the mayor's office said", "Mayor"), blamed));
        assertFalse(opposite(claim(1, "New harbour talks opened on Monday, the mayor's office said", "Mayor"), blamed));
    }

    @Test
    void theUseThatJudgesIsPredicativeGradedOrListed() {
        assertTrue(use("The talks were productive", "productive"));
        assertTrue(use("They held very productive talks", "productive"));
        assertTrue(use("The talks were “ positive and constructive ”", "constructive"));
        assertFalse(use("They held productive talks", "productive"), "attributive, no degree word");
        assertFalse(use("The ferry board was keen to resume the talks", "keen"), "a disposition to an act");
    }

    @Test
    void aClusterLendsItsValenceOnlyWhenItsNeighboursAgree() {
        assertTrue(Valences.ofCluster("productive").orElse(0.0) >= JudgementSignal.STRONG);
        assertTrue(Valences.ofCluster("constructive").orElse(0.0) >= JudgementSignal.STRONG, "positive, and the antonym of destructive");
        assertTrue(Valences.ofCluster("first").isEmpty(), "one neighbour (original) is too thin");
    }

    private static boolean use(String text, String word) {
        ClaimReading r = claim(1, text, "Press").reading;
        for (int i = 0; i < r.size(); i++) {
            if (r.lemma(i).equals(word)) {
                return Valences.judgingUse(r, i);
            }
        }
        throw new AssertionError("no " + word + " in " + List.of(text));
    }
}
