package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 54, round attr54: a "that" the tagger read as a pronoun before a plural noun it read as a verb, with the clause's verb
 * right after that noun, is the complementizer ({@link ComplementOpeners#subjectReadAsVerb}); a "that" read as a pronoun before
 * its clause's verb stays a pronoun. Sentences written for this test.
 */
class ThatBeforeMisreadSubjectTest {

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
