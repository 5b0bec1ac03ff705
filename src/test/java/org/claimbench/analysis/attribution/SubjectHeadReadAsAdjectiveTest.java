package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 22: a subject's head the tagger read as an adjective right before the clause's finite cue verb ("One
 * official/ADJ even suggested …"). An adjective after a determiner is attributive, its head after it, or predicative,
 * after a copula (Quirk et al. 1985, 7.2-7.3); before the finite verb it is the noun phrase's head. Sentences written for
 * this test, with the cases to leave alone.
 */
class SubjectHeadReadAsAdjectiveTest {

    @Test
    void aNounReadAsAnAdjectiveBeforeTheCueVerbHeadsTheSubject() {
        assertEquals(List.of("One official | suggested | the pier be sold"),
                AttributionText.read("One official even suggested that the pier be sold."));
        assertEquals(List.of("former harbour executive | told | the cranes were too old"),
                AttributionText.read("The former harbour executive told reporters that the cranes were too old."));
    }

    @Test
    void anAdjectiveBeforeItsNounStaysAttributive() {
        assertEquals(List.of("harbour board official | said | the crossing would resume on Monday"),
                AttributionText.read("A harbour board official said the crossing would resume on Monday."));
        assertEquals(List.of("memo | indicated | the ferry would stop in March"),
                AttributionText.read("The memo indicated that the ferry would stop in March."));
    }
}
