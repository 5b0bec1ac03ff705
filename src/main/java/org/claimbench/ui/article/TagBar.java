package org.claimbench.ui.article;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.Tooltips;

/**
 * The small toolbar that appears by a selection: one button per source, numbered like the keys
 * that do the same. Its buttons never take focus, so the keys keep working in the text.
 */
final class TagBar extends HBox {

    private final ObservableList<Source> sources;
    private final Consumer<Source> onTag;
    private final int paneIndex;

    TagBar(int paneIndex, ObservableList<Source> sources, Consumer<Source> onTag) {
        this.paneIndex = paneIndex;
        this.sources = sources;
        this.onTag = onTag;
        setId("tagBar-" + paneIndex);
        getStyleClass().add("tag-bar");
        setSpacing(4);
        setManaged(false);
        setVisible(false);
        sources.addListener((ListChangeListener<Source>) c -> rebuild());
        rebuild();
    }

    private java.util.List<Source> built = java.util.List.of();

    private void rebuild() {
        if (built.equals(sources)) {
            return;
        }
        built = java.util.List.copyOf(sources);
        getChildren().clear();
        Label hint = new Label("Tag as");
        hint.getStyleClass().add("tag-bar-hint");
        getChildren().add(hint);
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            Circle dot = new Circle(5, Color.web(s.colour()));
            String key = i < 9 ? (i + 1) + " " : "";
            Button b = new Button(key + s.name(), dot);
            b.setId("tag-" + paneIndex + "-" + (i + 1));
            b.setFocusTraversable(false);
            b.getStyleClass().add("tag-button");
            Tooltips.set(b, i < 9 ? "Tag the selection as " + s.name() + " (key " + (i + 1) + ")" : "Tag the selection as " + s.name());
            b.setOnAction(e -> onTag.accept(s));
            getChildren().add(b);
        }
        autosize();
    }

    /**
     * Shows the bar by a selection, inside the pane's width: if the sources' names do not fit, the
     * buttons say their first word, then only their key (the whole name is in each tooltip).
     */
    void showAt(double x, double y, double maxWidth) {
        for (int brevity = 0; brevity < 3; brevity++) {
            label(brevity);
            applyCss();
            if (prefWidth(-1) <= maxWidth - 8) {
                break;
            }
        }
        autosize();
        double w = prefWidth(-1);
        double h = prefHeight(w);
        resizeRelocate(Math.max(4, Math.min(x, maxWidth - w - 4)), Math.max(2, y), w, h);
        setVisible(true);
    }

    /** 0: "Tag as" and "1 Kremlin readout"; 1: "1 Kremlin"; 2: "1". */
    private void label(int brevity) {
        getChildren().get(0).setVisible(brevity == 0);
        getChildren().get(0).setManaged(brevity == 0);
        for (int i = 0; i < built.size(); i++) {
            String name = built.get(i).name();
            String key = i < 9 ? String.valueOf(i + 1) : "";
            String shown = switch (brevity) {
                case 0 -> name;
                case 1 -> name.split("\\s+")[0];
                default -> key.isEmpty() ? name.substring(0, Math.min(3, name.length())) : "";
            };
            ((Button) getChildren().get(i + 1)).setText(key.isEmpty() ? shown : shown.isEmpty() ? key : key + " " + shown);
        }
    }

    void hide() {
        setVisible(false);
    }

    /** The number of the source a key tags with (its digit: 1 for the first source), -1 for a key that is no digit. */
    static int sourceNumber(javafx.scene.input.KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char ch = name.charAt(name.length() - 1);
            return Character.isDigit(ch) ? ch - '0' : -1;
        }
        return -1;
    }
}
