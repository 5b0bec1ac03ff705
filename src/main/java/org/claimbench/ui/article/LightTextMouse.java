package org.claimbench.ui.article;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The mouse on a {@link LightArticleText}, as on RichTextFX's area: a press sets the caret (a double click selects the
 * word, a triple click the paragraph), a drag selects from where it began, the release is told to the pane and runs
 * the work waiting for it. Hit tests are the column's (TextFlow's insertion points, UTF-16 units of the text).
 */
final class LightTextMouse {

    private final LightArticleText text;
    private final LightColumn column;
    private final Runnable released;
    private boolean pressed;
    private Runnable whenReleased;

    /** Listens to the presses, drags and releases on the text's box; {@code released} is told each release after a press. */
    LightTextMouse(Region page, LightArticleText text, LightColumn column, Runnable released) {
        this.text = text;
        this.column = column;
        this.released = released;
        page.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        page.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        page.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
    }

    /** Whether a mouse button pressed on the text is still down (a drag may be under way). */
    boolean pressed() {
        return pressed;
    }

    /** Runs work once the mouse button pressed on the text is released (after the pane is told). */
    void whenReleased(Runnable work) {
        whenReleased = work;
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        text.requestFocus();
        pressed = true;
        int at = hit(e.getX(), e.getY());
        int[] around = e.getClickCount() >= 3 ? column.paragraphAround(at) : e.getClickCount() == 2 ? column.wordAround(at) : null;
        if (around != null) {
            text.select(around[0], around[1]);
        } else {
            text.select(at, at);
        }
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (pressed) {
            text.select(text.anchor(), hit(e.getX(), e.getY()));
            e.consume();
        }
    }

    private void release(MouseEvent e) {
        if (!pressed || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = false;
        released.run();
        Runnable then = whenReleased;
        whenReleased = null;
        if (then != null) {
            then.run();
        }
    }

    /** The insertion point nearest a point of the page (its own coordinates). */
    private int hit(double x, double y) {
        return column.hit(column.parentToLocal(x, y));
    }
}
