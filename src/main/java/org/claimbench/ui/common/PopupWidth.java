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
 * entry 21 px lower on the second opening). Where its rows do not fit in the screen's room below, it opens where the room
 * is larger, below or above (its bottom at the box's top), as tall as that room and scrolling: from a box low on a 1024 × 700
 * screen it opened below with two and a half titles in sight, its foot at the screen's edge (student59).
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
            double height = height(natural, below(box, b), above(box, b));
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
                double top = shown.getHeight() <= below(box, b) - MARGIN + 1 ? b.getMaxY() : b.getMinY() - shown.getHeight();
                popup.setY(popup.getY() + top - shown.getMinY());
            }
        });
    }

    /** The room (screen units) from the box's bottom edge to the bottom of the screen it is on. */
    private static double below(ComboBox<?> box, Bounds b) {
        return screen(b).getMaxY() - b.getMaxY();
    }

    /** The room (screen units) from the top of the screen the box is on to the box's top edge. */
    private static double above(ComboBox<?> box, Bounds b) {
        return b.getMinY() - screen(b).getMinY();
    }

    private static Rectangle2D screen(Bounds b) {
        javafx.collections.ObservableList<javafx.stage.Screen> screens = javafx.stage.Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        return (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * How tall the list is (screen units): as tall as its rows ({@code natural}) where they fit in the room {@code below} the
     * box less {@link #MARGIN}; else as tall as they are or as the larger room, below or {@code above}, less the margin (it
     * scrolls there). It opens below while that height fits there, else above.
     */
    static double height(double natural, double below, double above) {
        double under = below - MARGIN;
        return natural <= under ? natural : Math.min(natural, Math.max(under, above - MARGIN));
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
