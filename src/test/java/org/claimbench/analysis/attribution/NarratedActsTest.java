package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * Who asserts an attribution's content (attribution round 34): a report of speech is the speaker's, an act or a mental state the
 * outlet narrates, or a headline, is the outlet's; on sentences written for this test.
 */
class NarratedActsTest {

    private static final AttributionFinder FINDER = new AttributionFinder();

    /** Each attribution of the text as "speaker | cue | reading". */
    private static List<String> read(String text) {
        List<AnalysedSentence> sentences = English.shared().analyse(text);
        return FINDER.find(text, sentences).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + NarratedActs.standard().of(text, sentences, a)).toList();
    }

    @Test
    void anActWithANounPhraseObjectIsTheOutletsAccount() {
        assertEquals(List.of("harbour board | accepted | ACT"), read("The harbour board accepted a two-year freeze on ferry fares."));
        assertEquals(List.of("council | ignored | ACT"), read("The council ignored the repeated petitions of the fishermen."));
        assertEquals(List.of("union | demanded | ACT"), read("The union demanded a new contract for the dock workers."));
    }

    @Test
    void aVerbOfTalkingAboutATopicIsAnActWithANounPhraseAndSpeechWithAClause() {
        assertEquals(List.of("Ana Ruiz | discussed | ACT"), read("Ana Ruiz discussed the timetable of the night ferry with the board."));
        assertEquals(List.of("Ana Ruiz | discussed | SPEECH"), read("Ana Ruiz discussed whether the night ferry could run in winter."));
        assertEquals(List.of("union | demanded | SPEECH"), read("The union demanded that the board sign a new contract."));
    }

    @Test
    void aQuotationMakesItSpeechWhateverTheVerb() {
        assertEquals(List.of("Tom Berg | rejected | SPEECH"), read("Tom Berg rejected the plan as “a tax on islanders”."));
    }

    @Test
    void aVerbOfSayingWithAThatClauseIsSpeech() {
        assertEquals(List.of("mayor | said | SPEECH"), read("The mayor said that the night ferry would stop in May."));
        assertEquals(List.of("Ana Ruiz | complained | SPEECH"), read("Ana Ruiz complained that the ferry was late again."));
    }

    @Test
    void aSpeechActWithANounPhraseObjectIsStillSpeech() {
        assertEquals(List.of("Ana Ruiz | expressed | SPEECH"), read("Ana Ruiz expressed concern about the safety of the old pier."));
        assertEquals(List.of("Ana Ruiz | denied | SPEECH"), read("Ana Ruiz denied closing the night ferry."));
    }

    @Test
    void aMentalStateIsTheOutletsAccountAndABeliefInAClauseIsNot() {
        assertEquals(List.of("Tom Berg | hopes | MENTAL_STATE"), read("Tom Berg hopes to reopen the old ferry line next summer."));
        assertEquals(List.of("fishermen | want | MENTAL_STATE"), read("The fishermen want a new pier at the north end of the harbour."));
        assertEquals(List.of("fishermen | believe | SPEECH"), read("The fishermen believe that the new pier will bring more boats."));
    }

    @Test
    void aHeadlinesAttributionIsTheOutletsWhateverItsVerb() {
        String after = "\n\nThe talks went on until late in the evening at the old customs house.";
        assertEquals(List.of("Harbour Board | Offers | HEADLINE"), read("Harbour Board Offers New Deal to Dock Workers" + after));
        assertEquals(List.of("Mayor | says | HEADLINE"), read("Mayor says ferry fares will rise" + after));
        assertEquals(List.of("mayor | said | SPEECH"), read("The talks went on until late.\n\nThe mayor said that ferry fares will rise."),
                "a report in the body of the text is no headline");
    }
}
