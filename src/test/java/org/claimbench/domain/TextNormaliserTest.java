package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void decomposedAccentsBecomeComposedSoTheTwoFormsAreOneText() {
        String decomposed = Normalizer.normalize("The café owner in Zürich was naïve.", Normalizer.Form.NFD);
        String composed = "The café owner in Zürich was naïve.";
        assertFalse(decomposed.equals(composed));
        assertEquals(composed, TextNormaliser.normalise(decomposed));
        assertEquals(new ArticleDraft(ArticleMetadata.titled("a"), TextNormaliser.normalise(decomposed)).sha256(),
                new ArticleDraft(ArticleMetadata.titled("b"), TextNormaliser.normalise(composed)).sha256());
    }

    @Test
    void invisibleBreakMarksDoNotSplitWordsButJoinersStay() {
        assertEquals("The talks were constructive and fruitful.",
                TextNormaliser.normalise("The talks were con\u200Bstructive and fruit\u00ADful\u2060.\uFEFF"));
        // A zero width joiner shapes emoji and Indic scripts: kept.
        assertEquals("\u0915\u094D\u200D\u0937", TextNormaliser.normalise("\u0915\u094D\u200D\u0937"));
    }

    @Test
    void pageAndLineControlsBecomeLineBreaksAndOtherControlsGo() {
        assertEquals("First page ends.\nSecond page\nstarts here. Bell\n",
                TextNormaliser.normalise("First page ends.\fSecond page\u000Bstarts\u0001 here.\u0007 Bell\u0085"));
        assertEquals("One\nTwo\n\nThree", TextNormaliser.normalise("One\u2028Two\u2029Three"));
        assertEquals("Tabs\tstay", TextNormaliser.normalise("Tabs\tstay"));
    }

    @Test
    void everyKindOfSpaceIsAPlainSpaceAndLineEndsAreUniform() {
        assertEquals("2 hours, 10 % and 5 km", TextNormaliser.normalise("2\u00A0hours, 10\u202F% and 5\u2009km"));
        assertEquals("Line one\nLine two\n\nLine three", TextNormaliser.normalise("Line one  \r\nLine two\r\r\n\r\n\r\nLine three"));
    }

    @Test
    void aQuoteIsFoundInTheFormTheArticleHas() {
        String article = TextNormaliser.normalise("The ministry said the call lasted 2\u00A0hours.\r\nIt was co\u00ADoperative, Müller added.");
        assertTrue(QuoteLocator.find(article, "lasted 2\u00A0hours", 1).isPresent());
        assertTrue(QuoteLocator.find(article, "hours.\r\nIt was", 1).isPresent());
        assertTrue(QuoteLocator.find(article, "cooperative", 1).isPresent());
        assertTrue(QuoteLocator.find(article, Normalizer.normalize("Müller added", Normalizer.Form.NFD), 1).isPresent());
        assertEquals(1, QuoteLocator.count(article, "lasted 2\u00A0hours"));
        assertTrue(QuoteLocator.find(article, "lasted three hours", 1).isEmpty());
    }
}
