package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 28: "and" joining two noun phrases inside an adverbial set between the cue and "that" opens no clause,
 * so the that-clause after the adverbial is the content ({@link ComplementOpeners#thatAfterAdverbials}). Sentences written
 * for this test.
 */
class CoordinatedAdverbialBeforeThatTest {

    @Test
    void nounPhrasesJoinedInsideTheAdverbialKeepTheThatClause() {
        assertEquals(List.of("board | thinks | the fares will fall"),
                AttributionText.read("The board thinks, with great patience towards its old rivals and partners, that the fares will fall."));
        assertEquals(List.of("Ortega | wrote | the pier would reopen in May"),
                AttributionText.read("Ortega wrote, in letters to the pilots and the wardens of the harbour, that the pier would reopen in May."));
    }

    @Test
    void aSecondThatClauseAfterAndIsStillASecondStatement() {
        assertEquals(List.of("Ortega | said | the pier would reopen", "Ortega | said | the fares would fall"),
                AttributionText.read("Ortega said that the pier would reopen and that the fares would fall."));
    }
}
