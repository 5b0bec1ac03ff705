package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Speech the outlet reports, not an act it narrates (attribution round 35): a verb's VerbNet classes are read whether or not
 * the verb is a cue of the lexicon ("invited … to"), an estimate with a clause, a message posted or published, and a source
 * in the first person; on sentences written for this test, each with a negative case beside it.
 */
class SpeechReadAsActTest {

    /** Each attribution of the text as "cue | reading". */
    private static List<String> read(String text) {
        return AttributionText.readings(text);
    }

    @Test
    void anEstimateWithAClauseIsSpeechAndWithANounPhraseAnAct() {
        assertEquals(List.of("estimates | SPEECH"), read("The port authority estimates the new crane will handle twice as many boxes."));
        assertEquals(List.of("estimated | ACT"), read("The port authority estimated the damage to the north pier."));
    }

    @Test
    void aMessagePostedIsSpeechAndAThingPostedIsAnAct() {
        assertEquals(List.of("posted | SPEECH"), read("Ana Ruiz posted a long statement on her website about the night ferry."));
        assertEquals(List.of("posted | ACT"), read("Ana Ruiz posted a photograph of the flooded pier on her website."));
    }

    @Test
    void aVerbOfUrgingTheLexiconLacksIsReadByItsVerbNetClass() {
        // "invite" is no cue of the lexicon (removed after measuring on PolNeAR train) but VerbNet 3.4 files it under urge-58.1.
        String text = "The mayor invited the fishermen to join the harbour board.";
        List<AnalysedSentence> sentences = English.shared().analyse(text);
        Attribution invited = new Attribution(new TextSpan(text.indexOf("the fishermen"), text.length() - 1),
                Optional.of(new TextSpan(4, 9)), new TextSpan(10, 17), "invite", "mayor",
                Attribution.Kind.INDIRECT, "test");
        assertEquals(NarratedActs.Reading.SPEECH, NarratedActs.standard().of(text, sentences, invited));
        String hosted = "The mayor hosted the fishermen at the harbour board.";
        Attribution act = new Attribution(new TextSpan(hosted.indexOf("the fishermen"), hosted.length() - 1),
                Optional.of(new TextSpan(4, 9)), new TextSpan(10, 16), "host", "mayor",
                Attribution.Kind.INDIRECT, "test");
        assertEquals(NarratedActs.Reading.ACT, NarratedActs.standard().of(hosted, English.shared().analyse(hosted), act));
    }

    @Test
    void aSourceInTheFirstPersonSpeaksForHimself() {
        assertEquals(List.of("accepted | SPEECH"), read("We never accepted the ferry company's offer."));
        assertEquals(List.of("accepted | ACT"), read("The dock workers never accepted the ferry company's offer."));
    }
}
