package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 56: a subject postmodified by a bare past participle right before a finite cue ("the growers polled said …") speaks; the
 * participle is no finite verb of the clause ({@code Postmodifiers.participleHead}). Sentences and names written for this test.
 */
class ParticiplePostmodifiedSubjectTest {

    @Test
    void theNounAParticiplePostmodifiesIsTheSpeaker() {
        // Before: [] (the participle read as the subject's verb, the cue left with no subject).
        assertEquals(List.of("orchard owners | said | the late frost had ruined half the pears"),
                AttributionText.read("The orchard owners polled said the late frost had ruined half the pears."));
        assertEquals(List.of("Wardens | told | the north gate had been left open"),
                AttributionText.read("Wardens questioned told the inquiry that the north gate had been left open."));
    }

    @Test
    void aVerbBeforeANonFiniteCueIsNoPostmodifier() {
        // "started publishing", "helped draft": the cue is the verb's complement, not a clause of its own with the noun as subject.
        assertEquals(List.of(), AttributionText.read("Marlow Press started publishing its weekly price index in the spring."));
        assertEquals(List.of(), AttributionText.read("Mr. Orsk helped draft a memo defending the harbour board."));
    }
}
