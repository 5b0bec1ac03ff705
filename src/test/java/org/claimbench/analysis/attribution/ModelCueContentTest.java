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

    @Test
    void anObjectAndItsComplementAfterAsIsAVerblessClause() {
        assertEquals(List.of("opposition leader | painted | the mayor as a friend of the big builders"),
                AttributionText.read("The opposition leader painted the mayor as a friend of the big builders."));
        assertEquals(List.of("union | cast | the new levy as a tax on the poorest families"),
                AttributionText.read("The union has cast the new levy as a tax on the poorest families."));
    }

    @Test
    void aTimeBeforeAsIsNoObject() {
        assertEquals(List.of(), AttributionText.read("The minister presented it this Monday as a great success of the government."));
        assertEquals(List.of(), AttributionText.read("The coach kept the ball as a souvenir."));
    }
}
