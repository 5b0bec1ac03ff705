package org.claimbench.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Keeps a drop-down list inside the window: a list of long entries (article titles) is as wide as
 * its longest entry, and opened from a box near the right edge it ran past the window. Its width
 * is held to the room between the box's left edge and the window's right edge (never narrower than
 * the box); longer entries are cut with "…".
 */
public final class PopupWidth {

    private PopupWidth() {
    }

    /** Applies to the box from now on (each time its list opens). */
    public static void keepInWindow(ComboBox<?> box) {
        box.setOnShowing(e -> {
            if (!(box.getSkin() instanceof ComboBoxListViewSkin<?> skin) || !(skin.getPopupContent() instanceof Region list)) {
                return;
            }
            Window w = box.getScene() == null ? null : box.getScene().getWindow();
            Bounds b = box.localToScreen(box.getBoundsInLocal());
            if (w == null || b == null) {
                return;
            }
            double room = roomRight(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()), b.getMinX(), b.getWidth());
            list.setMaxWidth(room);
            list.setPrefWidth(Math.min(room, Math.max(b.getWidth(), list.prefWidth(-1))));
        });
    }

    /** The room for a list opened from a box at boxX (screen units): to the window's right edge less a margin, at least the box's width. */
    static double roomRight(Rectangle2D window, double boxX, double boxWidth) {
        return Math.max(boxWidth, window.getMaxX() - boxX - 8);
    }
}
