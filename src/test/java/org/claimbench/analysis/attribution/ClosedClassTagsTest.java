package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: a word the tagger put among the prepositions or subordinators, closed classes it is no member of,
 * is a name (capitalised) or a noun. Sentences written for this test, each with the case to leave alone.
 */
class ClosedClassTagsTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aCapitalisedWordReadAsAPrepositionThatIsNoneIsTheSpeakersName() {
        // The tagger reads the unknown surname as a preposition: before, the sentence was the outlet's own.
        assertEquals(List.of("Okafor | asserted | unnamed harbour pilots agree with her"),
                read("The pier closed in May. Okafor also asserted that unnamed harbour pilots agree with her."));
    }

    @Test
    void aCapitalisedPrepositionOpeningTheSentenceIsNoName() {
        assertEquals(List.of("Berg | said | the pier was unsafe in winter"), read("Like the mayor, Berg said the pier was unsafe in winter."));
        assertEquals(List.of("Berg | said | the pier was unsafe in winter"), read("Unlike Okafor, Berg said the pier was unsafe in winter."));
    }

    @Test
    void aNounReadAsASubordinatorInAHeadlineWithNoStopLeavesTheTellingVerbItsAddressee() {
        // "reporters" read as a subordinator: before, the lawyer's report was lost and the reported clause's subject spoke.
        assertEquals(List.of("lawyer | told | the city ignored the warnings"),
                read("A lawyer who represents the families told reporters that the city ignored the warnings\n\nThe board met on Monday."));
    }
}
