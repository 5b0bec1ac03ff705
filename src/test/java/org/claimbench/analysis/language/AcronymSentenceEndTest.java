package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A sentence that ends with a dotted acronym (its full stop ending the sentence too), on sentences written for this test. */
class AcronymSentenceEndTest {

    private static List<String> sentences(String text) {
        return English.shared().sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aClauseOpenerAfterTheAcronymStartsANewSentence() {
        assertEquals(List.of("The ferry line wants more routes to the U.S.", "They hope to start in June."),
                sentences("The ferry line wants more routes to the U.S. They hope to start in June."));
        assertEquals(List.of("Prices rose sharply in the U.K.", "But wages stayed flat."),
                sentences("Prices rose sharply in the U.K. But wages stayed flat."));
    }

    @Test
    void aPluralOfPersonsBeforeItsVerbStartsANewSentence() {
        assertEquals(List.of("The harbour board courts buyers in the U.S.", "Analysts doubt that the plan will work."),
                sentences("The harbour board courts buyers in the U.S. Analysts doubt that the plan will work."));
    }

    @Test
    void aNameOrATitleCaseLineGoesOnTheAcronymsPhrase() {
        assertEquals(List.of("The U.S. Embassy in Oslo reopened its visa office on Monday."),
                sentences("The U.S. Embassy in Oslo reopened its visa office on Monday."));
        assertEquals(List.of("Officials in Washington, D.C. Police said the road was closed."),
                sentences("Officials in Washington, D.C. Police said the road was closed."));
        assertEquals(List.of("Ferry Line Tells U.S. The Deal Is Off"), sentences("Ferry Line Tells U.S. The Deal Is Off"));
    }

    @Test
    void wordsWithNoVerbBeforeTheAcronymGoOnIntoTheNextPiece() {
        // Round 39: the detector ended a sentence at "U.S." before a title, leaving "Harbour Master Ana Ruiz and U.S." (no verb)
        // as a sentence and the attribution's content without the first member of its coordinated subject.
        assertEquals(List.of("Harbour Master Ana Ruiz and U.S. President Tom Berg held a long meeting on the pier, according to the Gazette."),
                sentences("Harbour Master Ana Ruiz and U.S. President Tom Berg held a long meeting on the pier, according to the Gazette."));
        // A verb before the acronym: the detector's sentence end stands.
        assertEquals(List.of("The ferry line added more routes to the U.S.", "President Tom Berg welcomed the news."),
                sentences("The ferry line added more routes to the U.S. President Tom Berg welcomed the news."));
    }
}
