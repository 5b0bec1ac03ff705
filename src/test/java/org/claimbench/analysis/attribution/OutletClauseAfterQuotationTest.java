package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round attr58b (issue 10): a content that holds a quoted clause ends where a contrasting or conceding clause
 * with its own subject begins after the closing mark (", but …", ", although …", "; …"): that clause is the outlet's, not the
 * speaker's (Quirk et al. 1985, 13.5, 15.8). A continuation the speaker's reporting frame governs stays out of this rule.
 * Sentences written for this test.
 */
class OutletClauseAfterQuotationTest {

    @Test
    void aContrastingClauseAfterTheQuotationIsNotTheSpeakers() {
        assertEquals(List.of("mayor | insists | the ferry will run all winter,” perhaps from Harlow"),
                AttributionText.read("The mayor insists that “the ferry will run all winter,” perhaps from Harlow, but the wardens avoid any promise."));
        assertEquals(List.of("Varn | said | the pier “will reopen in May,”"),
                AttributionText.read("Varn said the pier “will reopen in May,” although the council has not paid the builders."));
    }

    @Test
    void aQuotedPhraseWithoutAVerbEndsTheSpeakersWordsToo() {
        assertEquals(List.of("board | ruled | Kerrow’s claim about “empty ferries” is “false,”"),
                AttributionText.read("The board ruled that Kerrow’s claim about “empty ferries” is “false,” but the sailings ran half full."));
    }

    @Test
    void aClauseAfterASemicolonIsNotTheSpeakers() {
        assertEquals(List.of("Okafor | claims | the levy “has paid for itself”"),
                AttributionText.read("Okafor claims the levy “has paid for itself”; the accounts tell another story."));
    }

    @Test
    void aContinuationTheSpeakerGovernsStaysInTheContent() {
        // "but that …" is a second that-clause of the same verb; "but" + a verb without a subject is the speaker's next act.
        assertEquals(List.of("Varn | said | the pier will reopen in May,” but that the toll would rise"),
                AttributionText.read("Varn said that “the pier will reopen in May,” but that the toll would rise."));
        // A backshifted clause (a past modal, a past perfect) is reported speech under "said" (Quirk 14.31): still the speaker's.
        assertEquals(List.of("Varn | said | the pier “will reopen in May,” but the toll would rise"),
                AttributionText.read("Varn said the pier “will reopen in May,” but the toll would rise."));
        assertEquals(List.of("mayor | said | the ferry was “safe,” but the crews had not been paid"),
                AttributionText.read("The mayor said the ferry was “safe,” but the crews had not been paid."));
        // A quotation that is the content before the reporting clause ends with it, as before.
        assertEquals(List.of("Varn | said | The pier will reopen in May"),
                AttributionText.read("“The pier will reopen in May,” Varn said, but the council has not paid the builders."));
    }
}
