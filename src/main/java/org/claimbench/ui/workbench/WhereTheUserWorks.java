package org.claimbench.ui.workbench;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Whether the user works in the article panes or in the lists below them: the keyboard went to a pane, or the mouse was
 * pressed in one, last. Not in the panes at start, before the user's first click or key: the window itself may put the
 * keyboard in a pane as it opens, and Ctrl+F then opened the first article's find bar under a newcomer who meant the Claims
 * tab showing below (factcheck49 typed two topics into it). JavaFX thread only.
 */
final class WhereTheUserWorks {

    private boolean inPanes;
    private boolean userActed;

    /** Follows the clicks and the keyboard in {@code window}'s {@code panes} and {@code lists}. */
    WhereTheUserWorks(Region window, Region panes, Region lists) {
        panes.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> inPanes = true);
        lists.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> inPanes = false);
        window.addEventFilter(InputEvent.ANY, e -> userActed |= e.getEventType() == MouseEvent.MOUSE_PRESSED
                || e.getEventType() == KeyEvent.KEY_PRESSED);
        ChangeListener<Node> focus = (o, was, now) -> {
            if (!userActed) {
                return;
            }
            for (Node n = now; n != null; n = n.getParent()) {
                if (n == panes || n == lists) {
                    inPanes = n == panes;
                    return;
                }
            }
        };
        window.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focus);
            }
        });
    }

    /** Whether the user works in the article panes (else in the lists, or nowhere yet). */
    boolean inPanes() {
        return inPanes;
    }
}
