package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 51: a sentence of two reports, one with a cue of the lexicon and one whose verb only the cue model knows, gives both
 * attributions ({@link ModelCues#besides}); the model was asked only where the rules found nothing. Sentences written for this
 * test.
 */
class ReportInAnotherClauseTest {

    @Test
    void aReportCoordinatedAfterALexiconCueIsFound() {
        // Before: only the council's report; the union officials' was lost.
        assertEquals(List.of("council | said | the fees would rise", "union officials | countered | the fees would fall"),
                AttributionText.read("The council said the fees would rise, but union officials countered that the fees would fall."));
    }

    @Test
    void aReportInAConcessiveClauseIsFound() {
        assertEquals(List.of("mayor | announced | the new ferry would sail within a week",
                        "union stewards | clarified | any talks would stay indirect, through the bishop"),
                AttributionText.read("The mayor announced on Monday that the new ferry would sail within a week, though union "
                        + "stewards promptly clarified to reporters that any talks would stay indirect, through the bishop."));
    }

    @Test
    void aVerbInsideAContentGivesNoSecondAttribution() {
        assertEquals(List.of("council | said | the union countered that the fees would fall"),
                AttributionText.read("The council said the union countered that the fees would fall."));
    }
}
