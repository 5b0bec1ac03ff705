package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A common noun before "of", "for" or "at" heads its phrase, and the noun phrase after the preposition is its complement
 * (Quirk et al. 1985, 17.37): the one who speaks is "the mayor of the island", not "the island", and "a critic of Ruiz" is
 * not Ruiz ({@link Phrases#startBefore}, {@link Phrases#name}). Sentences written for this test.
 */
class NounComplementSourceTest {

    @Test
    void theNounBeforeOfTheHeadsTheSource() {
        // Before: "island | said | …", "port authority | said | …", "harbour district | said | …".
        assertEquals(List.of("mayor of the island | said | the ferry fares were too high"),
                AttributionText.read("The mayor of the island said the ferry fares were too high."));
        assertEquals(List.of("head of the port authority | said | the cranes would be replaced"),
                AttributionText.read("The head of the port authority said the cranes would be replaced."));
        assertEquals(List.of("Residents of the harbour district | said | the noise kept them awake"),
                AttributionText.read("Residents of the harbour district said the noise kept them awake."));
        assertEquals(List.of("lawyer for the city | said | the lease was void"),
                AttributionText.read("A lawyer for the city said the lease was void."));
    }

    @Test
    void aNameAfterTheNounsPrepositionIsItsComplementNotTheSpeaker() {
        // Before: "Ruiz | said | …" and "Berg | said | …".
        assertEquals(List.of("longtime critic of Ruiz | said | the vote changed nothing"),
                AttributionText.read("A longtime critic of Ruiz said the vote changed nothing."));
        assertEquals(List.of("lawyer for Berg | said | the case was closed"),
                AttributionText.read("The lawyer for Berg said the case was closed."));
    }

    @Test
    void aPersonsNameBeforeOfStillHeadsThePhrase() {
        assertEquals(List.of("Ana Ruiz | said | the ferry fares were too high"),
                AttributionText.read("Ana Ruiz of the Harbour Board said the ferry fares were too high."));
        assertEquals(List.of("Harbour Board | said | the cranes would be replaced"),
                AttributionText.read("The Harbour Board said the cranes would be replaced."));
    }
}
