package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 18: a transcript's turns, a paragraph opening with its speaker's name in capitals and a colon. Texts
 * written for this test, with the editor's labels to leave alone.
 */
class TranscriptTurnTest {

    @Test
    void eachTurnIsItsSpeakersWholeParagraph() {
        String text = "The mayor spoke to the Gazette on Sunday.\n\nBERG: Let us start with the ferry. The fares went up in May. Why?\n\n"
                + "OKAFOR: Well, the board never asked us. It is a disgrace. We will fight it.\n\nBERG: Will the council listen to you?\n";
        List<String> read = AttributionText.read(text);
        assertTrue(read.contains("BERG | : | Let us start with the ferry. The fares went up in May. Why"), read.toString());
        assertTrue(read.contains("OKAFOR | : | Well, the board never asked us. It is a disgrace. We will fight it"), read.toString());
        assertTrue(read.contains("BERG | : | Will the council listen to you"), read.toString());
    }

    @Test
    void aTranscriptQuotedParagraphByParagraphOpensEachTurnWithAQuotationMark() {
        // The label reads as a common noun ("PENCE" as the plural of "penny") and follows a quotation mark.
        String text = "Gov. Anna Pence spoke on Sunday. A partial transcript:\n\n\"HOLT: Will the ferry run this winter? The islanders ask.\n\n"
                + "\"PENCE: It will run, and the fares will not rise again this year.\n";
        List<String> read = AttributionText.read(text);
        assertTrue(read.contains("HOLT | : | Will the ferry run this winter? The islanders ask"), read.toString());
        assertTrue(read.contains("PENCE | : | It will run, and the fares will not rise again this year"), read.toString());
    }

    @Test
    void anEditorsLabelInCapitalsIsNoSpeaker() {
        // Two labels in capitals, but neither opens two paragraphs nor is written as a name anywhere in the text.
        // A turn would be the whole paragraph, both its sentences.
        String text = "Ferry fares rise again.\n\nUPDATE: The board has since put the fares back. The mayor was pleased.\n\n"
                + "BYLINE: Tom Reyes reports from the island.\n";
        List<String> read = AttributionText.read(text);
        assertTrue(read.stream().noneMatch(a -> a.contains("back. The mayor")), read.toString());
        // One label alone is no transcript, though a name: "OKAFOR" opens one paragraph only.
        List<String> alone = AttributionText.read("Ferry fares rise again.\n\nOKAFOR: The board put the fares back. The mayor was pleased.\n");
        assertTrue(alone.stream().noneMatch(a -> a.contains("back. The mayor")), alone.toString());
    }

    @Test
    void aDatelineInCapitalsIsNoSpeaker() {
        // A dateline with a colon (the style of much of the South Asian press) and another label: the place is written as a
        // name elsewhere, but it is the story's place, not a speaker, and the paragraph is the outlet's own.
        String text = "Ferry fares rise again\n\nKARACHI: The port board raised ferry fares on Monday. The islanders were angry.\n\n"
                + "In Karachi, the board met for two hours.\n\nALSO READ: Port strike ends after a week\n";
        List<String> read = AttributionText.read(text);
        assertTrue(read.stream().noneMatch(a -> a.startsWith("KARACHI |")), read.toString());
    }
}
