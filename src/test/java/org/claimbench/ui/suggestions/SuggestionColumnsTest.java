package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The suggested claims' column widths: who said it whole, the quote and the reason sharing the rest, the article where there is room. */
class SuggestionColumnsTest {

    @Test
    void aNarrowTableHidesTheArticleAndSharesTheRestBetweenTheQuoteAndTheReason() {
        SuggestionColumns.Widths w = SuggestionColumns.of(540, 110, 115);
        assertEquals(0, w.article());
        assertEquals(110, w.source());
        assertEquals(115, w.speaker());
        assertEquals(157, w.quote());
        assertEquals(158, w.why());
    }

    @Test
    void aWideTableShowsTheArticle() {
        SuggestionColumns.Widths w = SuggestionColumns.of(1100, 130, 115);
        assertEquals(176, w.article());
        assertEquals(1100, w.quote() + w.source() + w.speaker() + w.why() + w.article(), 1);
    }

    @Test
    void whoGivesWayBeforeTheQuoteAndTheReasonGoUnderHalf() {
        SuggestionColumns.Widths w = SuggestionColumns.of(300, 140, 140);
        assertTrue(w.quote() + w.why() >= 149, w.toString());
        assertEquals(w.source(), w.speaker(), 0.01);
    }
}
