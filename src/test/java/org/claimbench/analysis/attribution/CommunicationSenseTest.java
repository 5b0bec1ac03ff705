package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A verb read as speech by its VerbNet class alone (attribution round 36): one the cue lexicon does not list counts as speech
 * only when its first WordNet sense is one of communication ("prove", indicate-78, is a verb of being: an act); a cue with an
 * infinitive ("went on to …") reads as the infinitive's verb does. Sentences written for this test.
 */
class CommunicationSenseTest {

    /** Each attribution of the text as "cue | reading". */
    private static List<String> read(String text) {
        return AttributionText.readings(text);
    }

    @Test
    void aVerbOfShowingWhoseUsualSenseIsNoCommunicationIsAnAct() {
        assertEquals(List.of("proved | ACT"), read("The harbour board proved to be a stubborn partner."));
    }

    @Test
    void aVerbOfUrgingWithANameTheTaggerReadsAsAnAdjectiveStaysSpeech() {
        // "invite" is no cue of the lexicon and its first WordNet sense is no communication: it is speech by urge-58.1 with a
        // clause, and "Trump" (tagged ADJ) before "to visit" is that clause's subject.
        assertEquals(List.of("invited | SPEECH"), read("The mayor invited Trump to visit the north pier again."));
    }

    @Test
    void anInfinitiveAfterWentOnReadsAsItsVerb() {
        assertEquals(List.of("went on | ACT"), read("The harbour board went on to win the regional cup."));
        assertEquals(List.of("went on | SPEECH"), read("The harbour board went on to say that the cup was theirs."));
    }
}
