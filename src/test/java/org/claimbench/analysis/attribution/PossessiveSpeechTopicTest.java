package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 56: a noun phrase opened by a possessive after a verb of saying is what was said ("reiterated her support for …", as
 * PolNeAR annotates it; {@code ComplementOpeners.speechTopic}); a demonstrative or a time still is not. Sentences and names
 * written for this test.
 */
class PossessiveSpeechTopicTest {

    @Test
    void aPossessiveNounPhraseAfterAVerbOfSayingIsItsMessage() {
        // Before: [] (a possessive was refused as the speaker's own stance).
        assertEquals(List.of("Ms. Varga | reiterated | her support for the new ferry terminal"),
                AttributionText.read("Ms. Varga reiterated her support for the new ferry terminal."));
    }

    @Test
    void aDemonstrativeOrATimeIsStillNoMessage() {
        assertEquals(List.of(), AttributionText.read("Ms. Varga repeated these themes."));
        assertEquals(List.of(), AttributionText.read("Ms. Varga said this week."));
    }
}
