package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 55, round attr55: a time phrase between a clause and what hangs on it names no speaker. A reporting participle after a
 * verb and its time adverbial takes that verb's subject; a relative pronoun after a time phrase refers to the noun phrase
 * before the time ({@link SourcePhrases}). Sentences and names written for this test.
 */
class TimeIsNoSourceTest {

    @Test
    void aParticipleAfterAVerbAndATimeTakesTheVerbsSubject() {
        assertEquals(List.of("lawsuit | alleging | the mill had poisoned the river"),
                AttributionText.read("A lawsuit was filed in 2015 alleging that the mill had poisoned the river."));
        assertEquals(List.of("complaint | claiming"),
                AttributionText.speakerAndCue("A complaint was lodged on Friday claiming that the port had hidden its losses.", "claiming"));
    }

    @Test
    void aRelativePronounAfterATimeRefersToTheNounPhraseBeforeIt() {
        assertEquals(List.of("its accounts | showed | the ferry had lost money"),
                AttributionText.byCue("The port board released its accounts in May, which showed that the ferry had lost money.", "showed"));
        assertEquals(List.of("new figures | suggest"),
                AttributionText.speakerAndCue("The mill owner published new figures Tuesday morning that suggest the plant will close.", "suggest"));
    }

    @Test
    void aParticipleAfterAnObjectAndATimeStaysWithTheVerbOfTheObject() {
        // The time follows a noun, not a verb: the participle after a verb's object is read as before.
        assertEquals(List.of("Ana Ruiz | urging"), AttributionText.speakerAndCue("Mayor Ana Ruiz wrote a letter in March urging the crews to strike.", "urging"));
    }
}
