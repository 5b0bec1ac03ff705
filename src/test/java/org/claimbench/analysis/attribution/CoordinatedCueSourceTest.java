package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 15: the subject of a cue coordinated with a verb before it ("… and warned that …"). A finite cue
 * shares no modal and no infinitive's "to" with the verb before it, so a verb after "would" or "to" inside the first
 * verb's content is no partner of it (Quirk et al. 1985, chapter 13). Sentences written for this test, each with the
 * case to leave alone.
 */
class CoordinatedCueSourceTest {

    @Test
    void aFiniteCueAfterAndSharesTheSubjectOfTheFiniteVerbNotOfAVerbAfterAModalOrTo() {
        // Before: "Monday" warned (the verb after "to" in the first report's content lent its subject, a time).
        assertEquals(List.of("harbour master | told | the port would soon raise its fees to pay for the dredging",
                        "harbour master | warned | ships might go elsewhere"),
                AttributionText.read("The harbour master told the board on Monday that the port would soon raise its fees to pay for the "
                        + "dredging and warned that ships might go elsewhere."));
    }

    @Test
    void aFiniteVerbBeforeTheConjunctionStillLendsItsSubject() {
        assertEquals(List.of("Berg | thanked | the crews", "Berg | said | the pier would reopen in June"),
                AttributionText.read("Berg thanked the crews and said that the pier would reopen in June."));
    }
}
