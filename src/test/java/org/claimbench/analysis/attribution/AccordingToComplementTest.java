package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 30: the complement of "according to" at its clause's edge is one noun phrase up to the comma that
 * closes it or the sentence's end ({@link AccordingToComplements}), whatever the tagger reads its words as. Sentences
 * written for this test.
 */
class AccordingToComplementTest {

    @Test
    void theComplementRunsToTheComma() {
        // Before: nothing ("exit" read as a verb; "archived" as a verb).
        assertEquals(List.of("exit polls | According to | the mayor had a small lead among older voters"),
                AttributionText.read("According to exit polls, the mayor had a small lead among older voters."));
        assertEquals(List.of("archived version of the council website | According to | the pier was open"),
                AttributionText.read("According to an archived version of the council website from 2010, the pier was open."));
    }

    @Test
    void theComplementRunsToTheSentencesEnd() {
        // Before: nothing ("show" read as a verb; "tally" as an adverb).
        assertEquals(List.of("show insiders | according to | The pier was closed for the winter"),
                AttributionText.read("The pier was closed for the winter, according to show insiders."));
        assertEquals(List.of("Gazette | according to | The council had 25 votes on Monday"),
                AttributionText.read("The council had 25 votes on Monday, according to a tally by the Gazette."));
    }

    @Test
    void aPhraseTheTagsReadWholeIsReadAsBefore() {
        // A verb after the head postmodifies it, and the phrase named before a comma stays what the tags give.
        assertEquals(List.of("poll | according to | The pier was closed for the winter"),
                AttributionText.read("The pier was closed for the winter, according to a poll released Thursday."));
        assertEquals(List.of("Ana Ruiz | According to | the pier was built in 1890"),
                AttributionText.read("According to port historian Ana Ruiz, the pier was built in 1890."));
        // A clause after the complement's head is no part of it; nor is a subject after the comma a name beside it.
        assertEquals(List.of("report | according to | The pier was closed for the winter"),
                AttributionText.read("The pier was closed for the winter, according to a report from the council's inspector released Thursday."));
        assertEquals(List.of("council summary | According to | Ana Ruiz, a pilot, closed the pier before the storm came"),
                AttributionText.read("According to a council summary of its inquiry, Ana Ruiz, a pilot, closed the pier before the storm came."));
    }
}
