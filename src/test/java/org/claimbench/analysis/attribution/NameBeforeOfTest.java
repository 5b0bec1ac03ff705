package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 17: a person's name before "of", "for" or "at" heads the source phrase ("Ana Ruiz of the Harbour Board";
 * a prepositional postmodifier, Quirk et al. 1985, 17.37), so the speaker is the person, not the body or the place after the
 * preposition. Sentences written for this test, with the cases to leave alone.
 */
class NameBeforeOfTest {

    @Test
    void thePersonBeforeThePrepositionSpeaks() {
        // Before: "Harbour Board", "Virgin Islands", "Harbour Studies", "Harbour Weekly", "Sierra Club".
        assertEquals(List.of("Ana Ruiz | said | the pier is unsafe"), AttributionText.read("Ana Ruiz of the Harbour Board said the pier is unsafe."));
        assertEquals(List.of("Ana Ruiz | said | the pier is unsafe"), AttributionText.read("Sen. Ana Ruiz of the Virgin Islands said the pier is unsafe."));
        assertEquals(List.of("Tomas Berg | said | The pier is unsafe"),
                AttributionText.read("“The pier is unsafe,” said Tomas Berg of the Bergen Institute for Harbour Studies."));
        assertEquals(List.of("Tomas Berg | wrote | The pier is unsafe"), AttributionText.read("“The pier is unsafe,” wrote Tomas Berg for Harbour Weekly."));
        assertEquals(List.of("Mr. Lien | said | the pier is unsafe"), AttributionText.read("Mr. Lien of the Sierra Club said the pier is unsafe."));
    }

    @Test
    void aPlaceAfterAPersonsNameStaysOutOfTheName() {
        assertEquals(List.of("Jerry Brown | said | the pier is unsafe"), AttributionText.read("Gov. Jerry Brown of California said the pier is unsafe."));
    }
}
