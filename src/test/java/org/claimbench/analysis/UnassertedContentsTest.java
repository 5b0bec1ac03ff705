package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.speakers.SpeakerTable;
import org.junit.jupiter.api.Test;

/** Questions and requests (and, below, wishes) are attributions but no claims: texts written for the test. */
class UnassertedContentsTest {

    private final ClaimSuggester suggester = new ClaimSuggester(new SpeakerTable(List.of()));

    private List<String> claims(String text) {
        return suggester.suggest(1, text).stream().map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    private List<String> attributions(String text) {
        return suggester.attributions(1, text).stream().map(s -> text.substring(s.content().start(), s.content().end())).toList();
    }

    @Test
    void aQuestionOrARequestReportedByAVerbOfAskingIsAnAttributionButNoClaim() {
        String question = "Harbour pilot Mira Stenlund asked whether the northern quay would reopen in June.";
        String request = "Councillor Tove Brandt asked the port board to delay the vote on the mooring fees.";
        for (String text : List.of(question, request)) {
            assertEquals(List.of(), claims(text), text);
            assertEquals(1, attributions(text).size(), text);
        }
    }

    @Test
    void theSameContentReportedByAVerbOfSayingStaysAClaim() {
        String text = "Harbour pilot Mira Stenlund said the northern quay would reopen in June.";
        assertEquals(List.of("the northern quay would reopen in June"), claims(text));
    }

    @Test
    void aWishReportedByACueOfDesireIsAnAttributionButNoClaim() {
        String noun = "Mayor Lars Vik's hope that the ferry line will resume service in the spring has not faded.";
        String verb = "\u201cThe ferry line will be back by spring,\u201d Mayor Lars Vik wished aloud.";
        for (String text : List.of(noun, verb)) {
            assertEquals(List.of(), claims(text), text);
            assertEquals(1, attributions(text).size(), text);
        }
    }
}
