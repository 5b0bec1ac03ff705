package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 56: a cue in a restrictive relative clause on the subject ("Beekeepers who oppose the tax …") does not swallow the main
 * clause's own report ("… agree that …"): that report's subject stands before the relative clause, outside what the relative
 * clause's verb reports ({@code AttributionFinder.relativeClauseBefore}). Sentences and names written for this test.
 */
class RelativeClauseBeforeTheMainCueTest {

    @Test
    void theMainClauseReportAfterARelativeClauseCueIsKept() {
        // Before: only "Beekeepers | oppose | the hive tax agree that …", the main report lost as nested in it.
        assertEquals(List.of("Beekeepers | agree | the county should pay for the new hives"),
                AttributionText.byCue("Beekeepers who oppose the hive tax agree that the county should pay for the new hives.", "agree"));
    }

    @Test
    void theRelativeClauseContentEndsBeforeTheMainVerb() {
        // Before the content was cut: "Beekeepers | warned | the hives were failing agree that …" beside the main report.
        assertEquals(List.of("Beekeepers | warned | the hives were failing", "Beekeepers | agree | the county must act"),
                AttributionText.read("Beekeepers who warned the hives were failing agree that the county must act."));
        // A content left with no verb ("who oppose the hive tax": an object) is no statement.
        assertEquals(List.of("Beekeepers | agree | the county should pay for the new hives"),
                AttributionText.read("Beekeepers who oppose the hive tax agree that the county should pay for the new hives."));
    }

    @Test
    void aReportInsideAnotherReportsContentIsStillNested() {
        // The inner subject stands inside the outer content: the claim is the outer speaker's (an attitude verb, not speech).
        assertEquals(List.of(), AttributionText.byCue("Ms. Tarne said the beekeepers agree that the county should pay for the hives.", "agree"));
    }
}
