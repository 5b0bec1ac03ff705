package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 21: the reporting clause after a quotation closed by a comma, "?" or "!" is a subject and its
 * reporting verb, also where the tagger read the verb as a noun or an adjective (Quirk et al. 1985, 14.31). Sentences
 * written for this test, with the cases to leave alone.
 */
class ReportingClauseAfterQuotationTest {

    @Test
    void aVerbInSReadAsANounAfterAQuotationIsTheReportingVerb() {
        // "Okafor/ADJ notes/NOUN", "Viguerie/ADJ notes/NOUN" in the tagger's reading.
        assertEquals(List.of("Okafor | notes | The ferry will run all winter"),
                AttributionText.read("“The ferry will run all winter,” Okafor notes."));
        assertEquals(List.of("Viguerie | notes | The fees are too high"), AttributionText.read("“The fees are too high,” Viguerie notes."));
    }

    @Test
    void aQuestionClosedBeforeItsReportingClauseEndsTheSentenceBeforeIt() {
        // The sentence is split after "?”": the reporting clause opens a sentence of its own ("asks" read as a noun).
        assertEquals(List.of("Okafor | asks | Is the pier safe"), AttributionText.read("“Is the pier safe?” Okafor asks."));
    }

    @Test
    void aWordWithNoCueVerbsReadingOrAQuotationClosedByAStopIsLeftAlone() {
        List<String> read = AttributionText.read("“Row, row, row your boat,” Okafor Ferries.");
        assertTrue(read.isEmpty(), read.toString());
        read = AttributionText.read("The sign on the quay reads “No ferry today.” Okafor notes are pinned beside it.");
        assertTrue(read.stream().noneMatch(a -> a.contains("| notes |")), read.toString());
    }
}
