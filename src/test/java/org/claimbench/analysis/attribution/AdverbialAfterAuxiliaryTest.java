package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a prepositional phrase between an auxiliary and its verb ("has on Monday announced", "have at every
 * hearing argued") is an adverbial inside the verb phrase (Quirk et al. 1985, 8.20), never the subject: the phrase before
 * the auxiliary speaks. Sentences written for this test, each with the case to leave alone.
 */
class AdverbialAfterAuxiliaryTest {

    @Test
    void aPrepositionalPhraseAfterTheAuxiliaryIsNoSource() {
        // Before: "Monday" and "hearing" spoke.
        assertEquals(List.of("council | announced | the pier will close"),
                AttributionText.read("The council has on Monday announced that the pier will close."));
        assertEquals(List.of("wardens | argued | the pier is unsafe"),
                AttributionText.read("The wardens have at every hearing argued that the pier is unsafe."));
        // A time between the subject and its verb, with no auxiliary, as before.
        assertEquals(List.of("Ruiz | said | the pier is unsafe"), AttributionText.read("Ruiz on Tuesday said that the pier is unsafe."));
    }

    @Test
    void aPassiveAfterTheAdverbialStillNamesNoSpeaker() {
        List<String> read = AttributionText.read("The closure was on Monday announced to the tenants of the pier.");
        assertTrue(read.stream().noneMatch(a -> a.startsWith("Monday") || a.startsWith("closure")), read.toString());
    }
}
