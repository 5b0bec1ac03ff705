package org.claimbench.ui.article;

import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * A selection made with the keyboard (Shift+arrows, Shift+End…) gets the tag bar when Shift is let go, as a mouse
 * selection gets it when the button is: before, it was only the grey box (faint in the dark theme, factcheck47), and
 * nothing said that a number key or a click would tag it. While Shift+keys change it, the bar is away. The text's focus ring
 * (a region over its edge) shows while the text has the keyboard from Tab.
 */
final class KeyboardSelection {

    private KeyboardSelection() {
    }

    /**
     * The ring around the text while it has the keyboard from Tab (its focus-visible): drawn over the text's edge, inside
     * the pane, so that nothing moves (a border of the text itself was clipped by its scroll pane, and one of the body
     * would shift the text when it came).
     */
    static Region ring() {
        Region ring = new Region();
        ring.getStyleClass().add("pane-text-ring");
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        return ring;
    }

    /** The keyboard's ways with a pane's text: its focus ring, Tab on to the next control, the tag bar after Shift. */
    static void attach(Node text, Region ring, Runnable hideBar, Runnable showBar, BooleanSupplier hasSelection) {
        text.focusVisibleProperty().addListener((o, was, now) -> ring.setVisible(now));
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShiftDown() && e.getCode().isNavigationKey()) {
                hideBar.run();
            }
            // Tab (Shift+Tab) goes on to the next (previous) control, as everywhere else in the window: the read-only text
            // took it and kept the keyboard (factcheck47: six Tabs, six identical screenshots). The key is handed on from
            // the text's parent, the text out of the tab order meanwhile (the parent's next would be the text itself), so
            // that the window moves the focus as it does for Tab, its focus ring shown.
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && text.getParent() != null && e.getTarget() == text) {
                e.consume();
                Node from = text.getParent();
                boolean was = text.isFocusTraversable();
                text.setFocusTraversable(false);
                try {
                    javafx.event.Event.fireEvent(from, e.copyFor(from, from));
                } finally {
                    text.setFocusTraversable(was);
                }
            }
        });
        text.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SHIFT && hasSelection.getAsBoolean()) {
                showBar.run();
            }
        });
    }
}
