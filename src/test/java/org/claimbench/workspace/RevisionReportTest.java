package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RevisionReportTest {

    @Test
    void theSummaryNamesOnlyWhatHappenedInGoodEnglish() {
        assertEquals("1 claim kept its place", new RevisionReport(1, 0, 0, 0).summary());
        assertEquals("3 claims kept their place, 1 was found by its quote, 2 lost their words (orphans: re-place or delete them in the Claims tab)",
                new RevisionReport(3, 1, 0, 2).summary());
        assertEquals("1 claim lost its words (an orphan: re-place or delete it in the Claims tab)", new RevisionReport(0, 0, 0, 1).summary());
        assertEquals("the article has no claims to move", new RevisionReport(0, 0, 0, 0).summary());
    }
}
