package org.claimbench.ui.workbench;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/**
 * The whole of a status message the line shows shortened ("… is not…", or its first sentences and "…"), at a click on
 * the line: a box just above the status bar, the message wrapped, as wide as the window allows (to {@link #MAX_WIDTH} px),
 * until the next click or Escape. The pointer turns to a hand over a shortened message. A tooltip held it too, but only for
 * a pointer resting on the line, and a newcomer never read the end of "The source is for this suggestion only (“…” is
 * not…" (analyst54); a click is what one tries on text cut short, and the box stays while it is read. The line itself
 * keeps one line: wrapped to two, it would move everything above it each time a long message came.
 */
final class WholeStatusMessage {

    /** The widest the box is (px), about 90 characters a line. */
    static final double MAX_WIDTH = 640;

    private final Label line;
    private final javafx.scene.Node bar;
    private final ObservableValue<String> message;
    private final Tooltip box = new Tooltip();

    private WholeStatusMessage(Label line, javafx.scene.Node bar, ObservableValue<String> message) {
        this.line = line;
        this.bar = bar;
        this.message = message;
        box.setId("wholeStatusMessage");
        box.setWrapText(true);
        box.setAutoHide(true);
        box.setHideOnEscape(true);
        box.textProperty().bind(message);
    }

    /** Shows {@code message} whole above {@code bar} (the status bar) at a click on {@code line}, when it shows it shortened. */
    static void install(Label line, javafx.scene.Node bar, ObservableValue<String> message) {
        WholeStatusMessage whole = new WholeStatusMessage(line, bar, message);
        Runnable cursor = () -> line.setCursor(whole.shortened() ? Cursor.HAND : null);
        // The line's cut ("…") is laid out after its text changes: the pointer is told as it comes over the line.
        line.setOnMouseEntered(e -> cursor.run());
        message.addListener((o, was, now) -> {
            cursor.run();
            whole.box.hide();
        });
        line.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && whole.shortened()) {
                whole.show();
            }
        });
        cursor.run();
    }

    /** Whether the line shows less than the whole message. */
    private boolean shortened() {
        String m = message.getValue();
        return m != null && !m.isBlank() && !(line.lookup(".text") instanceof javafx.scene.text.Text t && m.equals(t.getText()));
    }

    private void show() {
        if (line.getScene() == null || line.getScene().getWindow() == null) {
            return;
        }
        Bounds at = line.localToScreen(line.getLayoutBounds());
        double top = bar.localToScreen(bar.getLayoutBounds()).getMinY();
        javafx.stage.Window window = line.getScene().getWindow();
        box.setMaxWidth(Math.min(MAX_WIDTH, Math.max(200, window.getWidth() - 40)));
        // Shown first where it may go, then lifted above the line as its size is known (and whenever it changes, as the
        // wrapped text is laid out); kept inside the window.
        Runnable place = () -> {
            box.setY(top - box.getHeight() - 2);
            box.setX(Math.max(window.getX(), Math.min(at.getMinX(), window.getX() + window.getWidth() - box.getWidth())));
        };
        javafx.beans.value.ChangeListener<Number> resized = (o, was, now) -> place.run();
        box.heightProperty().addListener(resized);
        box.widthProperty().addListener(resized);
        box.setOnHidden(e -> {
            box.heightProperty().removeListener(resized);
            box.widthProperty().removeListener(resized);
        });
        box.setOnShown(e -> place.run());
        // First at the window's top, where it cannot run off the screen below, then placed.
        box.show(window, at.getMinX(), window.getY());
    }
}
