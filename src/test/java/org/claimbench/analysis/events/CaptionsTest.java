package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Round 16: a photo caption, known by its credit, dates its photo, not the story. */
class CaptionsTest {

    private final EventInference inference = new EventInference();

    @Test
    void aCaptionsDateIsNoDatelineWhateverItsCreditsForm() {
        String below = "Ports agree on fees\n\nThe harbour master speaks after a meeting of the port boards in Halvik, on May 3, 2024. "
                + "Ana Lindqvist/AP\n\nThe two port boards agreed on new fees this week.";
        assertEquals(Optional.empty(), inference.dateline(below), "credit at the caption's end");
        String above = "Ports agree on fees\n\nAna Lindqvist/AP\nThe harbour master speaks after a meeting of the port boards in "
                + "Halvik, on May 3, 2024.\n\nThe two port boards agreed on new fees this week.";
        assertEquals(Optional.empty(), inference.dateline(above), "credit on its own line above the caption");
        String agency = "Ports agree on fees\n\nThe port boards during their summit in Halvik, Jun 29, 2019. (File photo: REUTERS/Ana "
                + "Lindqvist)\n\nThe boards agreed on new fees on Friday.";
        EventProfile p = inference.infer(agency, Optional.empty());
        assertEquals(Optional.empty(), p.day(), "the 2019 photo does not date the story");
        assertTrue(p.names().isEmpty(), "nor does its summit name the story's event: " + p.names());
    }

    @Test
    void aSlashInsideAHeadlineOrASentenceIsNoCredit() {
        String headline = "The US/Russia Talks\nMay 3, 2024\n\nThe envoys met on Friday and agreed on a prisoner exchange.";
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), inference.dateline(headline));
        String dated = "Ports agree on fees\nMay 3, 2024\n\nThe Harbour Board/Port Authority meeting agreed on fees on Friday.";
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), inference.dateline(dated));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), inference.infer(dated, Optional.empty()).day());
    }
}
