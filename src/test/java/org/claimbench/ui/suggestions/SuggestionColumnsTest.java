package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The suggested claims' column widths: who said it whole, the claim the rest but the reason's share, the article where there is room. */
class SuggestionColumnsTest {

    @Test
    void aNarrowTableHidesTheArticleAndGivesTheClaimTheRestButTheReasonsShare() {
        SuggestionColumns.Widths w = SuggestionColumns.of(540, 110, 115);
        assertEquals(0, w.article());
        assertEquals(110, w.source());
        assertEquals(115, w.speaker());
        // 315 px left: the reason 30 % of it, the claim the rest.
        assertEquals(94, w.why());
        assertEquals(221, w.quote());
    }

    @Test
    void aWideTableShowsTheArticle() {
        SuggestionColumns.Widths w = SuggestionColumns.of(1100, 130, 115);
        assertEquals(176, w.article());
        assertEquals(1100, w.quote() + w.source() + w.speaker() + w.why() + w.article(), 1);
    }

    @Test
    void inATableUnder400PxTheReasonKeepsItsLeastWidth() {
        SuggestionColumns.Widths w = SuggestionColumns.of(360, 130, 120);
        assertEquals(SuggestionColumns.MIN_TEXT, w.why(), w.toString());
        assertEquals(360, w.quote() + w.source() + w.speaker() + w.why(), 1);
    }

    @Test
    void whoGivesWayBeforeTheQuoteAndTheReasonGoUnderHalf() {
        SuggestionColumns.Widths w = SuggestionColumns.of(300, 140, 140);
        assertTrue(w.quote() + w.why() >= 149, w.toString());
        assertEquals(w.source(), w.speaker(), 0.01);
    }
}
