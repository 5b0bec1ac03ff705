package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a drop-down list of long titles goes: as wide as it needs inside the window, moved left to end inside it. */
class PopupWidthTest {

    private static final Rectangle2D WINDOW = new Rectangle2D(100, 50, 1024, 700);

    @Test
    void aListMayBeAsWideAsTheWindowLessItsMargins() {
        assertEquals(1024 - 16, PopupWidth.room(WINDOW, 150));
        assertEquals(2000, PopupWidth.room(WINDOW, 2000));
    }

    @Test
    void aListThatEndsInsideTheWindowStaysWhereItOpened() {
        assertEquals(0, PopupWidth.shift(WINDOW, 400, 300));
    }

    @Test
    void aListThatWouldRunPastTheRightEdgeMovesLeftToEndInsideIt() {
        // Opened from a box at 974 (screen), 460 wide: it would end at 1434, the window's right edge less the margin is 1116.
        assertEquals(-318, PopupWidth.shift(WINDOW, 974, 460));
    }

    @Test
    void itNeverMovesPastTheWindowsLeftEdge() {
        assertEquals(-(300 - 100 - 8), PopupWidth.shift(WINDOW, 300, 1100));
    }

    @Test
    void aListWhoseRowsFitBelowOpensBelowAsTallAsThem() {
        assertEquals(200, PopupWidth.height(200, 400, 100));
    }

    /** student59: from a box 100 px above a 700 px screen's foot the list opened below, two and a half titles in sight. */
    @Test
    void aListWhoseRowsDoNotFitBelowTakesTheLargerRoomAbove() {
        assertEquals(300, PopupWidth.height(300, 100, 600), "as tall as its rows, above");
        assertEquals(600 - 8, PopupWidth.height(900, 100, 600), "as tall as the room above, scrolling");
        assertEquals(400 - 8, PopupWidth.height(900, 400, 300), "the room below is the larger");
    }
}
