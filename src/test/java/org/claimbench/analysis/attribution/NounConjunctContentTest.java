package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 50: a content ends at a constituent's end, never between two conjuncts of one noun phrase. After a plural noun and
 * "and", a word in -s WordNet holds as a noun, with nothing of a predicate after it, is the phrase's second conjunct even
 * where the tagger read it as a verb of the lexicon ("drones": a verb of manner of speaking). Sentences written for this test.
 */
class NounConjunctContentTest {

    @Test
    void aPluralNounReadAsAVerbAfterAndStaysInTheContent() {
        // Before: "… from enemy missiles" (the content cut before "and drones").
        assertEquals(List.of("governor | hopes | to protect the coastal towns from enemy missiles and drones"),
                AttributionText.read("The governor hopes to protect the coastal towns from enemy missiles and drones."));
    }

    @Test
    void aCoordinatedVerbWithItsComplementStillEndsTheContent() {
        assertEquals(List.of("mayor | praised | the wardens", "mayor | claims | the pier is safe"),
                AttributionText.read("The mayor praised the wardens and claims the pier is safe."));
    }
}
