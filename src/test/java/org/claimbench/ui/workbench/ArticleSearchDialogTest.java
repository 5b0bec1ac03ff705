package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** A place found in all articles: its words around it, cut at spaces, and where the phrase is in them. */
class ArticleSearchDialogTest {

    private static final String TEXT = "The harbour board met on Tuesday evening and after a long debate it voted to keep "
            + "the night ferry running through the winter months, said the chair of the board, who had argued for it.";

    @Test
    void thePhraseIsMarkedInItsContextCutAtWholeWords() {
        int at = TEXT.indexOf("night ferry");
        ArticleSearchDialog.Line line = ArticleSearchDialog.hit(null, 1, TEXT, new TextSpan(at, at + "night ferry".length()));
        assertEquals("night ferry", line.context().substring(line.matchAt(), line.matchAt() + line.matchLength()));
        assertTrue(line.context().startsWith("…") && line.context().endsWith("…"), line.context());
        String inner = line.context().substring(1, line.context().length() - 1);
        assertTrue(TEXT.contains(inner), "whole words of the text: " + inner);
        assertTrue(TEXT.indexOf(inner) == 0 || TEXT.charAt(TEXT.indexOf(inner) - 1) == ' ', "it starts at a word: " + inner);
    }

    @Test
    void atTheTextsStartNothingIsLeftOut() {
        ArticleSearchDialog.Line line = ArticleSearchDialog.hit(null, 1, TEXT, new TextSpan(4, 11));
        assertEquals(4, line.matchAt());
        assertTrue(line.context().startsWith("The harbour"), line.context());
    }
}
