package org.claimbench.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their control, not when the control is
 * made. A {@link Tooltip} is a window of its own, and JavaFX has windows made on its own thread
 * only: views that give their controls tooltips this way can be built on another thread (the
 * workbench is, while the window opens), and a start-up does not make some twenty tooltip windows
 * that nobody has pointed at yet. The text is the control's accessible help from the start, as a
 * tooltip's text would be.
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Gives a control a tooltip with this text. */
    public static void set(Control control, String text) {
        control.setAccessibleHelp(text);
        whenPointedAt(control, () -> new Tooltip(text));
    }

    /** Gives a control a tooltip whose text follows an observable value. */
    public static void bind(Control control, ObservableValue<String> text) {
        control.accessibleHelpProperty().bind(text);
        whenPointedAt(control, () -> {
            Tooltip tip = new Tooltip();
            // A long text (a whole title, a whole status message) wraps rather than running off the screen.
            tip.setWrapText(true);
            tip.setMaxWidth(560);
            tip.textProperty().bind(text);
            return tip;
        });
    }

    /** The widest a filter's tooltip is drawn (px): it wraps there, leaving the rest of its line in sight. */
    public static final double NARROW = 340;

    /**
     * The controls' tooltips, now or when they are made, wrap at {@link #NARROW} px: a tooltip comes under the pointer, and a
     * long one drawn on one or two lines covered a whole line of controls and the table's first rows (factcheck55).
     */
    public static void narrow(Control... controls) {
        for (Control c : controls) {
            narrow(c.getTooltip());
            c.tooltipProperty().addListener((o, was, now) -> narrow(now));
        }
    }

    private static void narrow(Tooltip tip) {
        if (tip != null) {
            tip.setWrapText(true);
            tip.setMaxWidth(NARROW);
        }
    }

    private static void whenPointedAt(Control control, java.util.function.Supplier<Tooltip> make) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                // The tooltip's own handlers take the pointer's next move from here, as for one set at once.
                control.setTooltip(make.get());
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }
}
