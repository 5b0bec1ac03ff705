package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 56: a reporting clause set between commas inside its sentence reports the whole sentence when a clause follows it, an
 * adverb before that clause's verb included ({@code SurroundingContent.around}). Sentences and names written for this test.
 */
class ReportSetInsideBeforeAnAdverbTest {

    @Test
    void aClauseAfterTheReportingClauseMayOpenWithAnAdverb() {
        // Before: no attribution (the clause after the second comma was not seen as one: it opens with "now").
        assertEquals(List.of("Ruiz | said | The old pier, Ruiz said, now costs the town too much"),
                AttributionText.read("The old pier, Ruiz said, now costs the town too much."));
        // Before: "Bound together by long years of trade and sharing a short border, the two towns", no clause.
        assertEquals(List.of("Berg | said | Bound together by long years of trade and sharing a short border, the two towns, Berg said, "
                        + "now have a golden chance to grow"),
                AttributionText.read("Bound together by long years of trade and sharing a short border, the two towns, Berg said, "
                        + "now have a golden chance to grow."));
    }

    @Test
    void aNounPhraseAfterTheReportingClauseIsNoClause() {
        assertEquals(List.of(), AttributionText.read("The old pier, Ruiz said, a wreck."));
    }
}
