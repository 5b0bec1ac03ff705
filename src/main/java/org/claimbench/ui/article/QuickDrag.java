package org.claimbench.ui.article;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * A drag that RichTextFX's area left without a selection is completed on its release: the words from where the button went
 * down to where it came up are selected. The area selects a new range only once JavaFX has detected a drag gesture, and it
 * detects one on the first motion past a few pixels, after that motion is handled: a drag whose motion came as one event
 * (a quick drag on a loaded machine, or xdotool's) selected nothing, the release counted as a click, and the digit after it
 * made no claim (student59, twice, both drags on a suggested claim's dotted words, whose click the status bar then
 * described). A press and release within {@link #SLOP} px is a click, left alone; Shift and double clicks are the area's.
 * JavaFX thread.
 */
final class QuickDrag {

    /** How far (px) the pointer must move between press and release for the gesture to be a drag. */
    static final double SLOP = 4;

    private final GenericStyledArea<?, ?, ?> area;
    private boolean pressed;
    private double pressX;
    private double pressY;

    /** Watches the presses on {@code area}; {@link #released} is to be called from its release handler, before the pane reads the selection. */
    QuickDrag(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressed = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !e.isShiftDown();
            pressX = e.getX();
            pressY = e.getY();
        });
    }

    /** The button came up ({@code e}: the area's release, its coordinates the area's): selects what a drag went over, if the area did not. */
    void released(MouseEvent e) {
        if (!pressed || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = false;
        if (area.getSelection().getLength() > 0 || Math.hypot(e.getX() - pressX, e.getY() - pressY) < SLOP) {
            return;
        }
        int from = area.hit(pressX, pressY).getInsertionIndex();
        int to = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (from != to) {
            area.selectRange(from, to);
        }
    }
}
