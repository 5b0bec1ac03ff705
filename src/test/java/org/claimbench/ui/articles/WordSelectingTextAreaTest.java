package org.claimbench.ui.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.IndexRange;
import org.junit.jupiter.api.Test;

/** The word a double-click in the text editor selects. */
class WordSelectingTextAreaTest {

    private static String at(String text, int position) {
        IndexRange r = WordSelectingTextArea.wordAt(text, position);
        return text.substring(r.getStart(), r.getEnd());
    }

    @Test
    void aClickOnAWordOrRightAfterItSelectsTheWordAlone() {
        String text = "The ferry sails in Februray, they said.";
        int word = text.indexOf("Februray");
        assertEquals("Februray", at(text, word), "on its first letter: not the blank before it");
        assertEquals("Februray", at(text, word + 4));
        assertEquals("Februray", at(text, word + "Februray".length()), "right after its last letter");
        assertEquals("The", at(text, 0));
        assertEquals("said", at(text, text.length() - 1 - 0 - 0), "the full stop right after a word: the word");
    }

    @Test
    void aBlankBetweenBlanksOrAMarkIsSelectedAlone() {
        String text = "ships  leave; don't wait for 2.5 hours";
        assertEquals(" ", at(text, 6), "the second of two blanks");
        assertEquals("don't", at(text, text.indexOf("don't") + 1), "an apostrophe inside a word is part of it");
        assertEquals("2.5", at(text, text.indexOf("2.5") + 2));
        assertEquals("", at("", 0));
    }
}
