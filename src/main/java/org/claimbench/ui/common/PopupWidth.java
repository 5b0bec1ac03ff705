package org.claimbench.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Keeps a drop-down list of long entries (article titles) inside the window and its entries whole: the list is as wide
 * as its longest entry, up to the window's width less a margin (never narrower than the box), and where it would run
 * past the window's right edge it opens further left, its right edge at the window's. Before, it was held to the room
 * between the box and the window's right edge: from a box near that edge (the suggestions' article filter) its titles
 * were cut after three words, behind a horizontal scroll bar.
 */
public final class PopupWidth {

    /** Screen units kept free between the list and the window's edges. */
    static final double MARGIN = 8;

    private PopupWidth() {
    }

    /** Applies to the box from now on (each time its list opens). */
    public static void keepInWindow(ComboBox<?> box) {
        box.setOnShowing(e -> {
            Region list = list(box);
            Window w = box.getScene() == null ? null : box.getScene().getWindow();
            Bounds b = box.localToScreen(box.getBoundsInLocal());
            if (list == null || w == null || b == null) {
                return;
            }
            list.setPrefWidth(Region.USE_COMPUTED_SIZE);
            double room = room(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()), b.getWidth());
            list.setMaxWidth(room);
            list.setPrefWidth(Math.min(room, Math.max(b.getWidth(), list.prefWidth(-1))));
        });
        box.setOnShown(e -> {
            Region list = list(box);
            Window w = box.getScene() == null ? null : box.getScene().getWindow();
            if (list == null || w == null || list.getScene() == null || list.getScene().getWindow() == null) {
                return;
            }
            Window popup = list.getScene().getWindow();
            Bounds shown = list.localToScreen(list.getLayoutBounds());
            if (shown != null) {
                popup.setX(popup.getX() + shift(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()), shown.getMinX(), shown.getWidth()));
            }
        });
    }

    private static Region list(ComboBox<?> box) {
        return box.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof Region list ? list : null;
    }

    /** The widest a list may be (screen units): the window's width less a margin each side, at least the box's width. */
    static double room(Rectangle2D window, double boxWidth) {
        return Math.max(boxWidth, window.getWidth() - 2 * MARGIN);
    }

    /**
     * How far (screen units, negative: to the left) a list shown at {@code listX}, {@code listWidth} wide, moves to end
     * inside the window: none while it does; never past the window's left edge.
     */
    static double shift(Rectangle2D window, double listX, double listWidth) {
        double over = listX + listWidth - (window.getMaxX() - MARGIN);
        if (over <= 0) {
            return 0;
        }
        return -Math.min(over, Math.max(0, listX - window.getMinX() - MARGIN));
    }
}
