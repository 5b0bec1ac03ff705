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

    @Test
    void thePaneWorkedInAndTheArticleListsPlaceReadBackAndOlderLinesHaveTheFirstPaneAndTheListsTop() {
        WindowLayout l = new WindowLayout(0, 0, 1280, 720, List.of(3L, 7L), List.of(0.5), 0.6, 0.2, 0, -1, "", List.of(0, 120), 1, 9, 4);
        WindowLayout back = WindowLayout.decode(l.encode()).orElseThrow();
        assertEquals(1, back.activePane());
        assertEquals(9, back.listTop());
        assertEquals(4, back.listSelected());
        assertEquals(List.of(0, 120), back.paneTops());

        WindowLayout before = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1||0,120").orElseThrow();
        assertEquals(0, before.activePane());
        assertEquals(0, before.listTop(), "no article to scroll to: the list at its top");
        assertEquals(0, before.listSelected());
        assertEquals(120, before.paneTop(1));
        // A pane index past the panes kept (a damaged line) is the first pane.
        assertEquals(0, WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1||0,120|5|9,4").orElseThrow().activePane());
    }

    @Test
    void theArticleListsEventReadsBackAndOlderLinesShowAllEvents() {
        WindowLayout l = new WindowLayout(0, 0, 1280, 720, List.of(3L, 7L), List.of(0.5), 0.6, 0.2, 0, -1, "", List.of(0, 120), 1, 9, 4,
                "Ferry strike | talks, 2025-02-10");
        WindowLayout back = WindowLayout.decode(l.encode()).orElseThrow();
        assertEquals("Ferry strike | talks, 2025-02-10", back.listEvent(), "a | in the event does not break the line");
        assertEquals(9, back.listTop());
        assertEquals(4, back.listSelected());
        assertEquals(1, back.activePane());

        // A line written before the event was kept ends at the list's place: all events.
        WindowLayout before = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1||0,120|1|9,4").orElseThrow();
        assertEquals("", before.listEvent());
        assertEquals(9, before.listTop());
    }

    @Test
    void theColumnWidthsTheUserSetReadBackAndOlderLinesHaveNone() {
        WindowLayout l = new WindowLayout(0, 0, 1280, 720, List.of(3L, 7L), List.of(0.5), 0.6, 0.2, 2, -1, "", List.of(0, 120), 1, 9, 4,
                "Ferry strike", java.util.Map.of("claimSuggestionsTable", List.of(210.5, 96.0, 133.25, 300.0, 0.0),
                        "contradictionSuggestionsTable", List.of(58.0, 84.0, 340.0, 250.0, 231.0)));
        WindowLayout back = WindowLayout.decode(l.encode()).orElseThrow();
        assertEquals(List.of(210.5, 96.0, 133.25, 300.0, 0.0), back.columnWidths().get("claimSuggestionsTable"));
        assertEquals(List.of(58.0, 84.0, 340.0, 250.0, 231.0), back.columnWidths().get("contradictionSuggestionsTable"));
        assertEquals("Ferry strike", back.listEvent());

        // A line written before the widths were kept ends at the list's event: every table has its own widths.
        WindowLayout before = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1||0,120|1|9,4|Ferry").orElseThrow();
        assertTrue(before.columnWidths().isEmpty());
        assertEquals("Ferry", before.listEvent());
    }

    @Test
    void theTopicsDialogsAllGroupsViewReadsBackAndOlderLinesShowOneGroup() {
        WindowLayout l = new WindowLayout(0, 0, 1280, 720, List.of(3L, 7L), List.of(0.5), 0.6, 0.2, 2, -1, "", List.of(0, 120), 1, 9, 4,
                "Ferry strike", java.util.Map.of("claimSuggestionsTable", List.of(210.5, 96.0)), true);
        WindowLayout back = WindowLayout.decode(l.encode()).orElseThrow();
        assertTrue(back.topicGroupsAll(), "the all-groups view reads back: " + l.encode());
        assertEquals(List.of(210.5, 96.0), back.columnWidths().get("claimSuggestionsTable"));
        WindowLayout noWidths = new WindowLayout(0, 0, 1280, 720, List.of(3L), List.of(), 0.6, 0.2, 0, -1, "", List.of(0), 0, 0, 0, "",
                java.util.Map.of(), true);
        assertTrue(WindowLayout.decode(noWidths.encode()).orElseThrow().topicGroupsAll(), "also with no widths kept");
        assertTrue(!WindowLayout.decode(new WindowLayout(0, 0, 1280, 720, List.of(3L), List.of(), 0.6, 0.2, 0, -1, "", List.of(0), 0, 0, 0, "",
                java.util.Map.of(), false).encode()).orElseThrow().topicGroupsAll(), "one group at a time reads back");

        // A line written before the view was kept ends at the widths: one group at a time.
        WindowLayout before = WindowLayout.decode("0,0,1280,720|3,7|0.5000|0.6000|0.2000|0|-1||0,120|1|9,4|Ferry|claimSuggestionsTable=210.50")
                .orElseThrow();
        assertTrue(!before.topicGroupsAll());
        assertEquals(List.of(210.5), before.columnWidths().get("claimSuggestionsTable"));
    }
}
