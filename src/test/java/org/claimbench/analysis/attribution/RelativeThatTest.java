package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 54, round attr54: a "that" right after a noun and right before a finite verb is the relative pronoun, the subject of
 * a relative clause of that noun, and opens no content clause ({@link ComplementOpeners#relativeThat}); the UD tagger reads
 * it as the complementizer (SCONJ) in these sentences. A "that" read as a pronoun before a noun misread as a verb and the
 * noun's own verb is the complementizer. Sentences written for this test.
 */
class RelativeThatTest {

    @Test
    void aRelativeClauseAfterTheTopicOfACommentIsNoContent() {
        // The tagger reads "that/SCONJ seems/VERB": the cue's content was "seems to guide this odd deal", a clause with no subject.
        assertEquals(List.of(), AttributionText.byCue(
                "Mayor Ilsa Varn, still touring the coast, commented at length on the plan that seems to guide this odd deal.", "commented"));
    }

    @Test
    void aRelativeClauseAfterAVerbOnlyTheCueModelKnowsIsNoContent() {
        // "spoke at length about the plan that …": the model's cue with a prepositional phrase before "that" (ModelCues).
        assertEquals(List.of(), AttributionText.byCue(
                "Mayor Ilsa Varn spoke at length about the plan that seems to guide this odd deal.", "spoke"));
    }

    @Test
    void aThatClauseAfterAnAdverbialKeepsItsSubjectMisreadAsAVerb() {
        // "that/PRON cuts/VERB would/AUX": "cuts" is the content clause's subject, its verb "would fall" comes next.
        assertEquals(List.of("mayor | said | cuts would fall on the harbour staff"),
                AttributionText.byCue("The mayor said on Monday that cuts would fall on the harbour staff.", "said"));
    }

    @Test
    void aThatClauseWithItsOwnSubjectAfterAnAddresseeStaysTheContent() {
        assertEquals(List.of("Ilsa Varn | told | the ferry fares will rise in May"),
                AttributionText.byCue("Ilsa Varn told reporters at the pier that the ferry fares will rise in May.", "told"));
    }
}
