package org.claimbench.ui.common;

import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Room kept for a control's longest text, so that its text changing moves nothing laid out after it. */
public final class LabelRoom {

    private LabelRoom() {
    }

    /**
     * Keeps {@code control} at least as wide (pixels) as it would be showing {@code longest}'s text in its own font, padding
     * and label padding, worked out again when any of {@code dependencies} changes (besides its font and paddings).
     * Binds the control's minWidth (do not set it elsewhere).
     */
    public static void reserve(Labeled control, Supplier<String> longest, Observable... dependencies) {
        Text probe = new Text();
        Observable[] all = new Observable[dependencies.length + 3];
        all[0] = control.fontProperty();
        all[1] = control.paddingProperty();
        all[2] = control.labelPaddingProperty();
        System.arraycopy(dependencies, 0, all, 3, dependencies.length);
        control.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            probe.setFont(control.getFont());
            probe.setText(longest.get());
            Insets label = control.getLabelPadding();
            return Math.ceil(control.snappedLeftInset() + control.snappedRightInset() + label.getLeft() + label.getRight()
                    + probe.getLayoutBounds().getWidth() + 1);
        }, all));
    }
}
