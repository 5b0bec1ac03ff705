package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphPiecesTest {

    @Test
    void shortParagraphsAreShownAsTheyAre() {
        String text = "A short paragraph.\n\nAnother one.";
        assertSame(text, ParagraphPieces.of(text));
    }

    @Test
    void aLongParagraphBreaksAfterSentencesAtSpacesKeepingEveryOffset() {
        String sentence = "The inspectors said the walls of the old harbour needed repairs before winter. ";
        String text = sentence.repeat(200).strip();
        String shown = ParagraphPieces.of(text);
        assertEquals(text.length(), shown.length());
        String[] pieces = shown.split("\n");
        assertTrue(pieces.length >= text.length() / ParagraphPieces.MAX_PIECE, "pieces: " + pieces.length);
        for (String p : pieces) {
            assertTrue(p.length() <= ParagraphPieces.MAX_PIECE, "a piece of " + p.length());
            assertTrue(p.endsWith("winter."), "a piece ends with a sentence: …" + p.substring(p.length() - 20));
        }
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                assertEquals(' ', text.charAt(i));
                assertEquals('\n', shown.charAt(i));
            }
        }
    }

    @Test
    void textWithoutSpacesStaysWhole() {
        String text = "会".repeat(5000);
        assertSame(text, ParagraphPieces.of(text));
    }
}
