package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a cue the cue model finds (a verb the lexicon lacks) may take as its content (attribution round 19), on sentences
 * written for this test.
 */
class ModelCueContentTest {

    @Test
    void aThatClauseKeepsThePredicateCoordinatedInsideIt() {
        assertEquals(List.of("Ines Varga | underlined | her client was ready to testify, but would not appear before the cameras"),
                AttributionText.read("A lawyer for the ferry company, Ines Varga, underlined that her client was ready to testify, "
                        + "but would not appear before the cameras."));
        assertEquals(List.of("harbour master | underscored | the quay was safe and would reopen on Monday"),
                AttributionText.read("The harbour master underscored that the quay was safe and would reopen on Monday."));
        assertEquals(List.of("Anton Reyes | figured | the levy was too low and should rise next year"),
                AttributionText.read("Councillor Anton Reyes figured that the levy was too low and should rise next year."));
    }

    @Test
    void anObjectRunningIntoTheSubjectsNextPredicateIsNoContent() {
        assertEquals(List.of(), AttributionText.read("The mill has made similar promises before and broken them within days."));
        assertEquals(List.of(), AttributionText.read("The growers have planted new vines and fenced the lower fields this spring."));
    }
}
