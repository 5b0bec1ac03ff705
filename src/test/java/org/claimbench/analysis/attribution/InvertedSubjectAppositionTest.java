package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An apposition with a relative clause after an inverted subject belongs to the subject, and the report's content is the
 * clause before the cue (attribution round 33), on sentences written for this test.
 */
class InvertedSubjectAppositionTest {

    @Test
    void anAppositionWithARelativeClauseIsNoPartOfTheContent() {
        assertEquals(List.of("Tom Berg | said | The first night ferry could sail this week"),
                AttributionText.read("The first night ferry could sail this week, said Tom Berg, an adviser who oversees the port's plan."));
        assertEquals(List.of("Ana Ruiz | said | The toll will go up in March"),
                AttributionText.read("The toll will go up in March, said Ana Ruiz, a longtime member of the board who has run its budget "
                        + "since 2015 to keep fares low."));
    }

    @Test
    void aClauseAfterAReportSetBetweenCommasStaysInTheContent() {
        assertEquals(List.of("Tom Berg | said | If the ferry stops, said Tom Berg, the men who run it will leave the island"),
                AttributionText.read("If the ferry stops, said Tom Berg, the men who run it will leave the island."));
        assertEquals(List.of("Tom Berg | said | If the ferry stops, Tom Berg said, the families who live on the island lose their only link"),
                AttributionText.read("If the ferry stops, Tom Berg said, the families who live on the island lose their only link."));
    }
}
