package org.claimbench.ui.claims;

import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.ui.common.CompletionPopup;

/**
 * A dialog asking for one value in an editable box that completes what is typed (a topic, a speaker): Enter sets what
 * the box holds (an editable box would keep the key for itself), its text is chosen at once so typing replaces it.
 */
final class AskInBox {

    private AskInBox() {
    }

    /** What the box holds when OK or Enter closes the dialog, stripped ("" for an empty box); empty if cancelled. */
    static Optional<String> ask(Window owner, String title, String header, ComboBox<String> box, String current, String hint) {
        return ask(owner, title, header, box, current, hint, java.util.List.of(), null);
    }

    /**
     * {@link #ask}, where a number key picks a value: with the box's text empty or all selected (so that typing would replace
     * it), the digit 1 to 9 sets the first to ninth of {@code byNumber} and closes the dialog at once, as a number tags a
     * source; once the user types, digits are text. The values are listed under the box with their numbers. With
     * {@code okSays} (or null), the OK button says what it will do with the box's text as typed (stripped), so that Enter on an
     * empty box, or on a word meant to pick a value, is never silent.
     */
    static Optional<String> ask(Window owner, String title, String header, ComboBox<String> box, String current, String hint,
                                java.util.List<String> byNumber, java.util.function.Function<String, String> okSays) {
        return ask(owner, title, header, box, current, hint, byNumber, okSays, null);
    }

    /**
     * {@link #ask}, where the box's completion decides what Enter and OK set ({@link CompletionPopup#enterSets}: the name
     * highlighted in its list, else the words typed), the OK button says it with {@code okSays}, and, with {@code hintSays}
     * (typed, what Enter sets), the line above the box says what Enter and Shift+Enter do. Shift+Enter sets the words typed.
     */
    static Optional<String> ask(Window owner, String title, String header, ComboBox<String> box, String current, String hint,
                                java.util.List<String> byNumber, java.util.function.Function<String, String> okSays,
                                java.util.function.BiFunction<String, String, String> hintSays) {
        javafx.beans.value.ObservableStringValue sets = CompletionPopup.of(box).<javafx.beans.value.ObservableStringValue>map(CompletionPopup::enterSets)
                .orElseGet(() -> javafx.beans.binding.Bindings.createStringBinding(() -> box.getEditor().getText().strip(), box.getEditor().textProperty()));
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        box.getEditor().setText(current == null ? "" : current);
        Label help = new Label(hint);
        help.setId("askInBoxHint");
        if (hintSays != null) {
            help.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> hintSays.apply(box.getEditor().getText().strip(), sets.get()), sets, box.getEditor().textProperty()));
        }
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        // A line that follows what Enter sets goes above the box: under it, the open list of names covered it (stop 61).
        VBox content = hintSays == null ? new VBox(8, box, help) : new VBox(8, help, box);
        java.util.List<String> numbered = byNumber.subList(0, Math.min(9, byNumber.size()));
        if (!numbered.isEmpty()) {
            StringBuilder lines = new StringBuilder("Or press its number:");
            for (int i = 0; i < numbered.size(); i++) {
                lines.append('\n').append(i + 1).append("  ").append(numbered.get(i));
            }
            Label keys = new Label(lines.toString());
            keys.setId("askInBoxNumbers");
            keys.getStyleClass().add("muted");
            keys.setWrapText(true);
            content.getChildren().add(keys);
        }
        content.setPadding(new Insets(10));
        content.setPrefWidth(380);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("askInBoxOk");
        if (okSays != null) {
            // Its own width: "Take the topic off 12 claims" made Cancel as wide.
            javafx.scene.control.ButtonBar.setButtonUniformSize(ok, false);
            ok.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> okSays.apply(sets.get()), sets));
        }
        // Shift+Enter sets the words typed (the completion lets go of the name it highlighted first); the default button
        // answers Enter alone.
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                ok.fire();
            }
        });
        box.getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isConsumed() && !box.isShowing()) {
                e.consume();
                ok.fire();
            }
        });
        box.getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            javafx.scene.control.TextField editor = box.getEditor();
            boolean replaces = editor.getText().isEmpty() || editor.getSelectedText().length() == editor.getText().length();
            if (!replaces || typed.length() != 1 || typed.charAt(0) < '1' || typed.charAt(0) > '0' + numbered.size()) {
                return;
            }
            e.consume();
            box.hide();
            editor.setText(numbered.get(typed.charAt(0) - '1'));
            ok.fire();
        });
        d.setOnShown(e -> {
            box.getEditor().requestFocus();
            box.getEditor().selectAll();
            Platform.runLater(() -> {
                box.getEditor().requestFocus();
                box.getEditor().selectAll();
            });
        });
        d.setResultConverter(b -> b == ButtonType.OK ? sets.get() : null);
        return d.showAndWait();
    }
}
