package org.claimbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A layout survives its one line, the panes' scroll positions included; older lines still read. */
class WindowLayoutTest {

    @Test
    void aLayoutReadsBackFromItsLineWithEachPanesPlace() {
        WindowLayout l = new WindowLayout(10, 20, 1280, 720, List.of(3L, 7L, 0L), List.of(0.33, 0.66), 0.6, 0.2, 1, 5,
                "How long | was it?", List.of(0, 2338, 0));
        WindowLayout back = WindowLayout.decode(l.encode()).orElseThrow();
        assertEquals(List.of(0, 2338, 0), back.paneTops());
        assertEquals(2338, back.paneTop(1));
        assertEquals("How long | was it?", back.stickyTopic());
        assertEquals(List.of(3L, 7L, 0L), back.articles());
    }

    @Test
    void aLineWrittenBeforeTheScrollPositionsWereKeptOpensEveryPaneAtItsTop() {
        WindowLayout old = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1|").orElseThrow();
        assertTrue(old.paneTops().isEmpty());
        assertEquals(0, old.paneTop(0));
        assertEquals(0, old.paneTop(5), "a pane past those kept starts at its top");
        WindowLayout older = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|2").orElseThrow();
        assertEquals(2, older.tab());
        assertEquals(0, older.paneTop(1));
    }
}
