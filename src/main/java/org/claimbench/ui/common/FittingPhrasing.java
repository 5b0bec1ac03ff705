package org.claimbench.ui.common;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A label that says one thing in the longest of its phrasings that fits its width whole, refitted as the width changes:
 * a hint reads "Select text, press 1–5 to tag who said it." in a narrow pane rather than "… or click a source to tag …"
 * cut off. The first (whole) phrasing is the label's tooltip and accessible help. Only the last phrasing, when even it
 * does not fit, is cut by the label itself. Call on the JavaFX thread.
 */
public final class FittingPhrasing {

    private static final String KEY = FittingPhrasing.class.getName();

    private final Label label;
    private final StringProperty whole = new SimpleStringProperty("");
    private final Text measure = new Text();
    private List<String> phrasings = List.of("");

    private FittingPhrasing(Label label) {
        this.label = label;
        label.setMinWidth(0);
        label.widthProperty().addListener((o, was, now) -> fit());
        label.fontProperty().addListener((o, was, now) -> fit());
        Tooltips.bind(label, whole);
    }

    /**
     * Shows on {@code label} the first of {@code phrasings} (longest first, each a whole message) that fits its width, and
     * the first in its tooltip.
     *
     * @throws IllegalArgumentException if {@code phrasings} is empty
     */
    public static void show(Label label, List<String> phrasings) {
        if (phrasings.isEmpty()) {
            throw new IllegalArgumentException("A label needs at least one phrasing to show");
        }
        FittingPhrasing f = (FittingPhrasing) label.getProperties().computeIfAbsent(KEY, k -> new FittingPhrasing(label));
        f.phrasings = List.copyOf(phrasings);
        f.whole.set(phrasings.get(0));
        f.fit();
    }

    /** The phrasing shown now is the first one (nothing was left out). */
    public static boolean showsWhole(Label label) {
        return label.getProperties().get(KEY) instanceof FittingPhrasing f && f.label.getText().equals(f.whole.get());
    }

    private void fit() {
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        if (room <= 0) {
            label.setText(phrasings.get(0));
            return;
        }
        measure.setFont(label.getFont());
        for (String p : phrasings) {
            measure.setText(p);
            if (measure.getLayoutBounds().getWidth() <= room) {
                label.setText(p);
                return;
            }
        }
        label.setText(phrasings.get(phrasings.size() - 1));
    }
}
