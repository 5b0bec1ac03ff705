package org.claimbench.ui.common;

import java.util.Comparator;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps every dialog whole on its owner's screen. JavaFX centres a dialog on its owner: a dialog wider than a window near
 * the screen's edge (Edit text…, 800 px, over a window at 1024 × 700) came up with its left edge off the screen, its
 * buttons out of reach. Installed once, it moves each owned window that shows so that it is whole on the screen of its
 * owner (its second screen too); one larger than the screen starts at the screen's top left corner.
 */
public final class DialogsOnScreen {

    private static boolean installed;

    private DialogsOnScreen() {
    }

    /** Watches every window from now on (once; on the JavaFX thread). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Stage s && s.getOwner() != null) {
                        // After the window's own placement (centred on its owner), in the same frame.
                        Platform.runLater(() -> keepOnScreen(s));
                    }
                }
            }
        });
    }

    /** Moves the window so that it is whole on its owner's screen (nothing moves where it is whole already). */
    static void keepOnScreen(Stage s) {
        if (!s.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(s.getOwner());
        s.setX(within(s.getX(), s.getWidth(), screen.getMinX(), screen.getMaxX()));
        s.setY(within(s.getY(), s.getHeight(), screen.getMinY(), screen.getMaxY()));
    }

    /** The visual bounds of the screen that holds most of the window (its second screen too), else the primary screen's. */
    static Rectangle2D screenOf(Window w) {
        Rectangle2D window = new Rectangle2D(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
        return Screen.getScreensForRectangle(window).stream().map(Screen::getVisualBounds)
                .max(Comparator.comparingDouble(b -> overlap(b, window))).orElse(Screen.getPrimary().getVisualBounds());
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        return Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()))
                * Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()));
    }

    /**
     * A dialog's left (or top) edge moved so that the dialog, this wide (or tall), is whole between min and max: a window
     * smaller than its dialog at the screen's edge would have it run off the screen. One larger than the screen starts at min.
     */
    static double within(double at, double size, double min, double max) {
        return Math.max(min, Math.min(at, max - size));
    }
}
