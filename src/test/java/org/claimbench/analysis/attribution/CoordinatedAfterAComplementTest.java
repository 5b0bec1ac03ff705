package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 37: a verb of speech coordinated after a that-clause ("He claimed that X had … and accused it of …")
 * shares the subject of the verb whose complement the clause is, not the subject inside the clause (Quirk et al. 1985,
 * 13.46-13.48 and 16.31-16.38). Sentences written for this test, with the cases to leave alone.
 */
class CoordinatedAfterAComplementTest {

    @Test
    void aVerbOfSpeechAfterAThatClauseSharesTheMatrixSubject() {
        List<String> read = AttributionText.read("The harbour master claimed that the ferry company had ignored the safety rules "
                + "and accused it of hiding two accidents.");
        assertEquals("harbour master | accused | it of hiding two accidents", read.get(read.size() - 1));
    }

    @Test
    void aVerbCoordinatedWithTheFirstVerbDirectlyKeepsItsSubject() {
        assertEquals(List.of("Berg | thanked | the crews", "Berg | said | the pier would reopen in June"),
                AttributionText.read("Berg thanked the crews and said that the pier would reopen in June."));
    }
}
