package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 17: "according to X" around a verb of thought, feeling or perception ("most islanders believe …,
 * according to the survey") gives the claim to X: those who believe say nothing themselves, X reports what they believe.
 * Around a verb of communication (VerbNet class 37 or WordNet verb.communication) set between its subject and verb the claim
 * stays the speaker's X reports. Sentences written for this test.
 */
class AccordingToAttitudeTest {

    @Test
    void aBeliefReportedAccordingToASourceIsThatSourcesClaim() {
        // Before: "islanders | believe | the ferry should keep running".
        assertEquals(List.of("survey | according to | Most islanders believe the ferry should keep running"),
                AttributionText.read("Most islanders believe the ferry should keep running, according to the survey."));
    }

    @Test
    void aStatementReportedAccordingToASourceSetBetweenItsSubjectAndVerbStaysTheSpeakers() {
        // Round 24: at the clause's edge ("Berg warned that …, according to the Gazette.") the claim is the Gazette's
        // (AccordingToAtTheEdgeTest). "criticize" is no VerbNet class 37 verb, but its first WordNet sense is one of communication.
        assertEquals(List.of("Berg | criticized | the harbour board's slow repairs"),
                AttributionText.read("Berg, according to the Gazette, criticized the harbour board's slow repairs."));
    }
}
