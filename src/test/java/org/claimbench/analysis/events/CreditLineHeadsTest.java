package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Stop 63, mends of round 70's review: which words before a verb of publishing at a text's foot make it the text's own credit
 * line. Texts of our own.
 */
class CreditLineHeadsTest {

    private static final String HEAD = "Millers agree on the weir\n\n";
    private static final String BODY = "The millers of the two valley villages met today and agreed to share the costs of a new weir.\n"
            + "Both said the masons would start after the harvest and finish before the winter rains came.\n".repeat(8);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 7);

    private final EventInference inference = new EventInference();

    private Optional<LocalDate> footDay(String foot) {
        return inference.infer(HEAD + BODY + foot, Optional.empty()).day();
    }

    @Test
    void aPassiveWhoseSubjectIsNotTheTextDatesADocumentNotTheText() {
        // A relative clause with its pronoun, a document's own passive, and a future one after a modal: none is the text's.
        for (String foot : List.of("The elders stressed the worth of a deed that was issued on Aug. 15, 1987",
                "The old charter was issued on Aug. 15, 1995", "The full verdict will be published on March 20, 2025.",
                "The mill's ledger is due to be published on March 20, 2025.")) {
            assertEquals(Optional.empty(), footDay(foot), foot);
        }
    }

    @Test
    void aPassiveWhoseSubjectIsTheTextStillDatesIt() {
        assertEquals(Optional.of(DAY), footDay("This report by the Valley Courier was first published on March 7, 2025."));
        assertEquals(Optional.of(DAY), footDay("It was originally published on March 7, 2025."));
        // A document's verbs ("dated", "issued") date a document even after the text's own noun.
        assertEquals(Optional.empty(), footDay("The story was dated March 7, 2025"));
    }

    @Test
    void aCreditLineWithTheTextsNounOrAfterItsOwnSeparatorDatesTheText() {
        for (String foot : List.of("Story first published on March 7, 2025.", "Article published March 7, 2025",
                "Page last updated on March 7, 2025", "— Valley Courier, published March 7, 2025", "(Updated March 7, 2025)",
                "By Ann Reed · Published March 7, 2025", "Reporting by Ann Reed; Editing by Tom Vale; published March 7, 2025",
                "By Ann Reed |\u00A0Published March 7, 2025", "Published: March 7, 2025", "Released on March 7, 2025")) {
            assertEquals(Optional.of(DAY), footDay(foot), foot);
        }
    }

    @Test
    void anAbbreviationsFullStopOpensNoCreditLine() {
        assertEquals(Optional.empty(), footDay("The miller showed a letter from Weirworks Ltd. issued on March 4, 2025"));
        assertEquals(Optional.empty(), footDay("The miller showed a leaflet of Weirworks Inc. published on March 4, 2025"));
        // After a sentence's end the credit line opens with a capital.
        assertEquals(Optional.of(DAY), footDay("The millers left. Published on March 7, 2025"));
    }
}
