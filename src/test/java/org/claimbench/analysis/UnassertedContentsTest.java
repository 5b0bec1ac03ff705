package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.speakers.SpeakerTable;
import org.junit.jupiter.api.Test;

/** Questions, requests and wishes are attributions but no claims (UnassertedContents): texts written for the test. */
class UnassertedContentsTest {

    private final ClaimSuggester suggester = new ClaimSuggester(new SpeakerTable(List.of()));

    /** Each text holds one attribution and no claim. */
    private void attributionsButNoClaims(String... texts) {
        for (String text : texts) {
            assertEquals(List.of(), suggester.suggest(1, text), text);
            assertEquals(1, suggester.attributions(1, text).size(), text);
        }
    }

    @Test
    void aQuestionOrARequestReportedByAVerbOfAskingIsAnAttributionButNoClaim() {
        attributionsButNoClaims("Harbour pilot Mira Stenlund asked whether the northern quay would reopen in June.",
                "Councillor Tove Brandt asked the port board to delay the vote on the mooring fees.");
    }

    @Test
    void aWishReportedByACueOfDesireIsAnAttributionButNoClaim() {
        attributionsButNoClaims("Mayor Lars Vik's hope that the ferry line will resume service in the spring has not faded.",
                "\u201cThe ferry line will be back by spring,\u201d Mayor Lars Vik wished aloud.");
    }

    @Test
    void theSameContentReportedByAVerbOfSayingStaysAClaim() {
        String text = "Harbour pilot Mira Stenlund said the northern quay would reopen in June.";
        assertEquals(List.of("the northern quay would reopen in June"),
                suggester.suggest(1, text).stream().map(s -> text.substring(s.span().start(), s.span().end())).toList());
    }
}
