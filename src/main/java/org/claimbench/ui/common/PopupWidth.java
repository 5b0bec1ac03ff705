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
 *
 * <p>The list opens right below the box, as a menu does, every time: the skin placed it from a guess of its height made
 * before it was shown, above or below the box, so the same screen spot picked another article each time (factcheck57: every
 * entry 21 px lower on the second opening). Where the screen's room below is short, the list is as tall as that room and
 * scrolls; only where fewer than three of the box's heights fit below does it open above, its bottom at the box's top.
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
            // The skin sets the list's sizes at each opening, and they stay: measured afresh, and held to the room below.
            list.setMinHeight(Region.USE_COMPUTED_SIZE);
            list.setPrefHeight(Region.USE_COMPUTED_SIZE);
            list.setMaxHeight(Region.USE_COMPUTED_SIZE);
            double natural = list.prefHeight(-1);
            double height = height(natural, below(box, b), b.getHeight());
            if (height < natural) {
                list.setPrefHeight(height);
                list.setMaxHeight(height);
                list.setMinHeight(height);
            }
        });
        box.setOnShown(e -> {
            Region list = list(box);
            Window w = box.getScene() == null ? null : box.getScene().getWindow();
            Bounds b = box.localToScreen(box.getBoundsInLocal());
            if (list == null || w == null || b == null || list.getScene() == null || list.getScene().getWindow() == null) {
                return;
            }
            Window popup = list.getScene().getWindow();
            Bounds shown = list.localToScreen(list.getLayoutBounds());
            if (shown != null) {
                popup.setX(popup.getX() + shift(new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()), shown.getMinX(), shown.getWidth()));
                double top = shown.getHeight() <= below(box, b) + 1 ? b.getMaxY() : b.getMinY() - shown.getHeight();
                popup.setY(popup.getY() + top - shown.getMinY());
            }
        });
    }

    /** The room (screen units) from the box's bottom edge to the bottom of the screen it is on. */
    private static double below(ComboBox<?> box, Bounds b) {
        javafx.collections.ObservableList<javafx.stage.Screen> screens = javafx.stage.Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        Rectangle2D screen = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        return screen.getMaxY() - b.getMaxY();
    }

    /**
     * How tall the list is (screen units): as tall as its rows ({@code natural}) where they fit in the room {@code below} the
     * box, else as tall as that room (it scrolls), unless fewer than three box heights ({@code boxHeight}) fit there: then it
     * keeps its height and opens above.
     */
    static double height(double natural, double below, double boxHeight) {
        return natural <= below || below < 3 * boxHeight ? natural : below;
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
