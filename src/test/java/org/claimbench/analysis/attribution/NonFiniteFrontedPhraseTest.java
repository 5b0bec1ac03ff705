package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 56: a phrase set before a clause whose only verbs are participles or infinitives is an adverbial of that clause, not a
 * statement its reporting clause closes ({@code SurroundingContent.before}); a finite clause there still is one. Sentences and
 * names written for this test.
 */
class NonFiniteFrontedPhraseTest {

    @Test
    void aFrontedPhraseWithOnlyAParticipleIsNoContent() {
        // Before: "Velmont | ruled | Despite mounting losses and rising costs at the port, leading to long queues".
        assertEquals(List.of(), AttributionText.read("Despite mounting losses and rising costs at the port, leading to long queues, "
                + "Velmont ruled out closing the pier before the summer."));
        assertEquals(List.of(), AttributionText.read("Despite mounting losses and rising costs at the port, leading to long queues, "
                + "Velmont has always ruled out closing the pier before the summer."));
    }

    @Test
    void aFiniteClauseBeforeTheReportingClauseIsStillItsContent() {
        assertEquals(List.of("Velmont | said | The pier will stay open through the winter"),
                AttributionText.read("The pier will stay open through the winter, Velmont said."));
        assertEquals(List.of("Velmont | said | Raising the fees would hurt the shops on the quay"),
                AttributionText.read("Raising the fees would hurt the shops on the quay, Velmont said."));
        // A preposition with no comma after it opens the clause's own adverbial, not a phrase set off before it.
        assertEquals(List.of("Velmont | said | In the end the harbour plan failed"), AttributionText.read("In the end the harbour plan failed, Velmont said."));
        assertEquals(List.of("Velmont | said | In the end, the harbour plan failed"), AttributionText.read("In the end, the harbour plan failed, Velmont said."));
    }
}
