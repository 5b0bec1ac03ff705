package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aTitleBeforeATitleOrAnAdjectiveOpeningABodysNameIsNoPersonsName() {
        // Before (d5ce5e9): "Deputy Secretary", "National Association", "Federal Bureau": a title and a title, or an adjective
        // WordNet 3.1 also holds as a noun for a person ("a national", "a federal"), heading the phrase as if a name.
        // (Which part of a body's name is given as the speaker is another matter: only that no person is made of it.)
        for (String body : List.of("The National Association of Harbour Pilots said the fees would rise.", "The Federal Bureau of Harbours said the pier is unsafe.")) {
            String read = AttributionText.read(body).toString();
            assertFalse(read.contains("National Association |") || read.contains("Federal Bureau |"), read);
        }
        // (What stands before the name is another matter: only that the title is not taken for it.)
        String deputy = AttributionText.read("Deputy Secretary of State Wendy Marlow said that the talks would resume in the spring.").toString();
        assertTrue(deputy.contains("Wendy Marlow | said | the talks would resume in the spring"), deputy);
    }
}
