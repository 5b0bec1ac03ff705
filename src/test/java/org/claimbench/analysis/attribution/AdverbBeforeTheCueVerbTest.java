package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 22: a plural noun whose lemma is also a cue verb ("advocates"), right before an adverb and the
 * clause's finite cue verb, is the subject's head, not a verb of its own (one finite verb phrase to a clause; adjuncts
 * stand between the subject and its verb: Quirk et al. 1985, 2.13, 8.15). Sentences written for this test, with the cases
 * to leave alone.
 */
class AdverbBeforeTheCueVerbTest {

    @Test
    void aNounBeforeAnAdverbAndTheCueVerbIsTheSubject() {
        assertEquals(List.of("Other harbour advocates | said | the ferry should keep its Sunday crossings"),
                AttributionText.read("Other harbour advocates also said the ferry should keep its Sunday crossings."));
        assertEquals(List.of("Patient advocates | said | the clinic should stay open at night"),
                AttributionText.read("Patient advocates also said the clinic should stay open at night."));
    }

    @Test
    void aCueVerbBeforeAnAdverbAndItsClauseStaysTheCue() {
        // The adverb runs to "that", not to a verb: "notes" and "claims" are the verbs.
        assertEquals(List.of("Ruiz | notes | the pier is unsafe"), AttributionText.read("Ruiz notes again that the pier is unsafe."));
        assertEquals(List.of("Okafor | claims | the quota favours the trawlers"),
                AttributionText.read("Okafor claims repeatedly that the quota favours the trawlers."));
    }
}
