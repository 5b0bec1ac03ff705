package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: a subject postmodified by an adjective phrase ("sources familiar with …", "people close to …";
 * Quirk et al. 1985, 17.53) speaks, not the noun inside the phrase. Sentences written for this test, with the case to leave
 * alone.
 */
class PostmodifiedSourceTest {

    @Test
    void theNounAnAdjectivePhrasePostmodifiesIsTheSpeaker() {
        // Before: "talks" spoke, and "People close to her" gave the sentence to the outlet.
        assertEquals(List.of("Sources | said | the ferry will keep running"),
                AttributionText.read("Sources familiar with the talks said the ferry will keep running."));
        assertEquals(List.of("People | say | the ferry will keep running"),
                AttributionText.read("People close to her say the ferry will keep running."));
        assertEquals(List.of("Aides | said | the ferry will keep running"),
                AttributionText.read("Aides loyal to Berg said the ferry will keep running."));
    }

    @Test
    void aPrepositionalPhraseWithNoAdjectiveOrAPredicativeAdjectiveInTheContentIsLeftAlone() {
        assertEquals(List.of("Berg | said | The ferry was late to the pier"), AttributionText.read("The ferry was late to the pier, Berg said."));
        assertEquals(List.of("wardens | said | the ferry will keep running"),
                AttributionText.read("The wardens at the pier said the ferry will keep running."));
    }

    @Test
    void anAdjectiveTheTaggerReadsAsAnAdverbStillHeadsItsPhrase() {
        // "close" before "to" is tagged ADV; WordNet holds it as an adjective too, so the noun before it speaks.
        assertEquals(List.of("source | said | the cranes were worn out"),
                AttributionText.read("A source close to the harbour master said the cranes were worn out."));
        assertEquals(List.of("Berg | said | The ferry came close to the pier"),
                AttributionText.read("The ferry came close to the pier, Berg said."));
    }
}
