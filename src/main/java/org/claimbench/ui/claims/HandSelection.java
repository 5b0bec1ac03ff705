package org.claimbench.ui.claims;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Whether the table's selection is changing under the user's own hand: the pointer on its rows (a click, Ctrl- or
 * Shift-click, a drag over rows) or a key that selects rows (Shift or Ctrl with the arrows, Page keys, Home, End, Space).
 * Only such a choice of two rows picks them to link: rows selected by a command (Enter in the search, Select similar,
 * an undo, a key such as Ctrl+A that selects whatever is listed) were boxed as a pair the user never chose (C9, a student
 * at 1024 × 700, stop 59).
 */
final class HandSelection {

    private boolean byHand;

    private HandSelection() {
    }

    /** Watches {@code table}'s input; call on the JavaFX thread. */
    static HandSelection watch(TableView<?> table) {
        HandSelection hand = new HandSelection();
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hand.during());
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> hand.during());
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> hand.during());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.isShiftDown() || e.isShortcutDown()) && !e.isAltDown() && selects(e.getCode())) {
                hand.during();
            }
        });
        return hand;
    }

    /** Whether the selection changing now is the user's own choice of rows. */
    boolean now() {
        return byHand;
    }

    /**
     * The table selects while it handles the event, after this filter and before the next event: the mark lasts until the
     * events queued now are handled.
     */
    private void during() {
        if (!byHand) {
            byHand = true;
            Platform.runLater(() -> byHand = false);
        }
    }

    private static boolean selects(KeyCode code) {
        return switch (code) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, SPACE -> true;
            default -> false;
        };
    }
}
