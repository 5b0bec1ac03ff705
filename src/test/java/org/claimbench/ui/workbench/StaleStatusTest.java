package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A status message older than the limit goes when another action starts; one just said, or said again, stays. */
class StaleStatusTest {

    private final long[] now = {1_000};
    private final StatusLine line = new StatusLine("Ready");
    private final StaleStatus stale = new StaleStatus(line, () -> now[0], 100);

    @Test
    void aMessageOlderThanTheLimitGoesAndOneJustSaidStays() {
        line.set("Marked the claim.");
        now[0] += 60;
        stale.actionStarted();
        assertEquals("Marked the claim.", line.get(), "60 of 100: still about what the user does");
        now[0] += 60;
        stale.actionStarted();
        assertEquals("", line.get(), "120 of 100: taken off");
        assertEquals("Marked the claim.", stale.clearedProperty().get(), "kept for the tooltip");
        assertEquals("Earlier: Marked the claim.", StaleStatus.earlier(stale.clearedProperty().get()));
        line.set("Undid: Mark.");
        assertEquals("", stale.clearedProperty().get(), "a new message replaces the earlier one");
    }

    @Test
    void aMessageSaidAgainInTheSameWordsIsTimedFromItsSecondSaying() {
        line.set("No group found among the claims.");
        now[0] += 90;
        line.set("No group found among the claims.");
        now[0] += 90;
        stale.actionStarted();
        assertEquals("No group found among the claims.", line.get(), "said again 90 ago: not stale");
    }
}
