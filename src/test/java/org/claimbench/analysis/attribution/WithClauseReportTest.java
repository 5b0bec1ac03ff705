package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 52: a content ends before a supplementive clause of "with", a subject and a participle of a verb of speaking, which is
 * another speaker's report ({@link ClauseEnds#withReport}); a "with" clause that reports nothing stays in the content.
 * Sentences written for this test.
 */
class WithClauseReportTest {

    @Test
    void aContentEndsBeforeAWithClauseThatReportsAnotherSpeaker() {
        assertEquals(List.of("board | said | the costs will be shared by both towns", "Ana Ruiz | stating | the town pays half"),
                AttributionText.read("The board said that the costs will be shared by both towns, with chair Ana Ruiz stating that the town pays half."));
    }

    @Test
    void aWithClauseThatReportsNothingStaysInTheContent() {
        assertEquals(List.of("mayor | said | the harbour fees would rise, with the port adding new berths all year"),
                AttributionText.read("The mayor said that the harbour fees would rise, with the port adding new berths all year."));
    }
}
