package org.claimbench.ui.common;

import javafx.geometry.Point2D;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Keeps a kind of dialog in one place over its window: the first time centred on the window (its middle on the window's
 * middle), then where the user last had it. JavaFX places an owned dialog a third of the way down its owner, measured
 * with the dialog's own height, so a dialog whose header changes (two quotes of any length) opened at another height
 * each time and the user's eye and mouse had to find its fields again. The place is kept in the owner window's
 * properties, so it lasts as long as that window and nothing global holds it.
 *
 * <p>Call on the JavaFX thread, before the dialog is shown.
 */
public final class DialogPlace {

    private DialogPlace() {
    }

    /**
     * Places {@code dialog} (owned by {@code owner}) where the dialog of this {@code kind} was last closed over {@code owner},
     * else centred on {@code owner}; remembers its place when it closes. A place off every screen is not used.
     */
    public static void keep(Dialog<?> dialog, Window owner, String kind) {
        if (owner == null) {
            return;
        }
        String key = "claimbench.dialogPlace." + kind;
        dialog.setOnShown(withBefore(dialog.getOnShown(), () -> {
            Point2D kept = owner.getProperties().get(key) instanceof Point2D p && onSomeScreen(p) ? p : null;
            if (kept != null) {
                dialog.setX(kept.getX());
                dialog.setY(kept.getY());
            } else {
                // The dialog may have no size yet when shown (NaN under X), and the window system gives it one after (at
                // first as wide as its header on one line): centred as its size comes and settles, until the user moves it.
                double[] placed = {Double.NaN, Double.NaN};
                javafx.beans.value.ChangeListener<Number> again = (o, was, now) -> {
                    boolean unmoved = Double.isNaN(placed[0]) || Math.abs(dialog.getX() - placed[0]) < 2 && Math.abs(dialog.getY() - placed[1]) < 2;
                    if (dialog.isShowing() && unmoved && !Double.isNaN(dialog.getWidth()) && !Double.isNaN(dialog.getHeight())) {
                        // After the size's change is handled: JavaFX places a dialog itself as its size changes.
                        javafx.application.Platform.runLater(() -> {
                            centre(dialog, owner);
                            placed[0] = dialog.getX();
                            placed[1] = dialog.getY();
                        });
                    }
                };
                again.changed(null, null, null);
                dialog.widthProperty().addListener(again);
                dialog.heightProperty().addListener(again);
            }
        }));
        dialog.setOnHidden(withBefore(dialog.getOnHidden(), () -> owner.getProperties().put(key, new Point2D(dialog.getX(), dialog.getY()))));
    }

    private static void centre(Dialog<?> dialog, Window owner) {
        dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
        dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 2));
    }

    private static boolean onSomeScreen(Point2D p) {
        return !javafx.stage.Screen.getScreensForRectangle(p.getX(), p.getY(), 1, 1).isEmpty();
    }

    private static javafx.event.EventHandler<javafx.scene.control.DialogEvent> withBefore(
            javafx.event.EventHandler<javafx.scene.control.DialogEvent> other, Runnable first) {
        return e -> {
            first.run();
            if (other != null) {
                other.handle(e);
            }
        };
    }
}
