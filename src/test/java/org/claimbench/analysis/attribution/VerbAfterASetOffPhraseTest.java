package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A cue verb's -s form after a phrase set off by commas after the subject's head (an appositive, a non-restrictive relative
 * clause, a participle clause; {@link SetOffPhrases}) is the clause's verb, on sentences written for this test. Each text
 * opens with a sentence of its own, so the one tested is no headline.
 */
class VerbAfterASetOffPhraseTest {

    private static final String OPENING = "The board met on Monday.\n\n";

    private static List<String> read(String sentence) {
        return AttributionText.read(OPENING + sentence);
    }

    @Test
    void aVerbInSAfterAnAppositiveIsTheVerb() {
        assertEquals(List.of("Ana Ruiz | notes | the ferry lost money in every month of the winter"),
                read("Ana Ruiz, a harbour pilot at Kessel Bay, notes that the ferry lost money in every month of the winter."));
        assertEquals(List.of("Ana Ruiz | plans | to close the depot before the storms"),
                read("The council's leader, Ana Ruiz, plans to close the depot before the storms."));
    }

    @Test
    void aVerbInSAfterARelativeOrParticipleClauseIsTheVerb() {
        assertEquals(List.of("Tomas Berg | predicts | the tolls will rise again next spring"),
                read("Tomas Berg, who has run the ferry line since 2009, predicts that the tolls will rise again next spring."));
    }

    @Test
    void aNounAfterAListOrAClauseStaysANoun() {
        // A list of nouns, then "plans" and "for": the plans are the third thing listed, no one's report.
        assertEquals(List.of(), read("The depot, the pier and the workshop plans for the harbour were shown on Monday."));
        // An opening adverbial clause set off by a comma: no subject before it.
        assertEquals(List.of(), read("When the storm passed, reports of damage to the pier came in."));
    }
}
