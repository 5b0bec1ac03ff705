package org.claimbench.ui.common;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Completes what is typed in an editable box from a list of labels (topics), in a list under the
 * box and as wide as it. A suggestion is taken only when the user picks it: ↓/↑ choose one and
 * Enter takes the one chosen and goes on to the box as Enter does on words typed (a dialog's OK sets
 * it), or a click takes it into the box to edit. Enter with none chosen keeps the words typed (a
 * new question is never replaced by an existing one that starts the same way); Escape closes the
 * list. The keyboard stays in the box throughout: the list never takes the focus.
 */
public final class CompletionPopup {

    /** At most this many suggestions are listed at once (the list scrolls beyond). */
    static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 26;

    private final ComboBox<String> box;
    private final TextField editor;
    private final List<String> labels;
    private final ListView<String> list = new ListView<>();
    private Popup popup;
    /** True while the box's text is set by a pick: that change is not typing. */
    private boolean picking;

    private CompletionPopup(ComboBox<String> box, List<String> labels) {
        this.box = box;
        this.editor = box.getEditor();
        this.labels = labels;
        list.setId(box.getId() + "Completions");
        list.getStyleClass().add("completion-list");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(l -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    take(cell.getItem());
                }
            });
            return cell;
        });
        // On the box, not its editor: an editable combo box has the focus itself and hands most keys on to its
        // editor, but not Enter, which goes from the box up to the dialog's default button.
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        editor.textProperty().addListener((o, was, now) -> {
            if (!picking && editor.isFocused()) {
                update(now);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                hide();
            }
        });
    }

    /** Completes the box's editor from labels (read each time, so topics added meanwhile are offered). */
    public static CompletionPopup attach(ComboBox<String> box, List<String> labels) {
        return new CompletionPopup(box, labels);
    }

    /** The labels that hold the words typed (in any case), the typed words themselves left out. */
    static List<String> matches(List<String> labels, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        return labels.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains(t) && !l.strip().equalsIgnoreCase(t)).distinct().toList();
    }

    /** Whether the list of suggestions is open. */
    public boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    /** The list of suggestions (for tests and for people looking it up by id). */
    public ListView<String> list() {
        return list;
    }

    private void update(String typed) {
        List<String> found = matches(List.copyOf(labels), typed);
        if (found.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().clearSelection();
        show();
    }

    private void show() {
        if (box.getScene() == null || box.getScene().getWindow() == null) {
            return;
        }
        if (popup == null) {
            popup = new Popup();
            popup.setAutoHide(true);
            popup.setAutoFix(true);
            popup.getContent().add(list);
        }
        popup.getScene().getStylesheets().setAll(box.getScene().getStylesheets());
        list.setPrefWidth(box.getWidth());
        list.setPrefHeight(Math.min(list.getItems().size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        Bounds b = box.localToScreen(box.getBoundsInLocal());
        if (b == null) {
            return;
        }
        if (popup.isShowing()) {
            popup.setX(b.getMinX());
            popup.setY(b.getMaxY());
        } else {
            popup.show(box, b.getMinX(), b.getMaxY());
        }
    }

    private void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (!isShowing()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int n = list.getItems().size();
        switch (e.getCode()) {
            case DOWN -> move(Math.min(at + 1, n - 1), e);
            case UP -> {
                if (at <= 0) {
                    list.getSelectionModel().clearSelection();
                    e.consume();
                } else {
                    move(at - 1, e);
                }
            }
            case ENTER -> {
                if (at >= 0) {
                    // Taken, and the key goes on to the box as for words typed (in a dialog: its OK): a topic picked with ↓
                    // and Enter is set, not only put in the box for a second Enter (student45). A click takes it to edit.
                    take(list.getItems().get(at));
                } else {
                    // The words typed stand: the key goes on to the box (and the dialog's OK).
                    hide();
                }
            }
            case ESCAPE -> {
                hide();
                e.consume();
            }
            case TAB -> hide();
            default -> {
            }
        }
    }

    private void move(int index, KeyEvent e) {
        list.getSelectionModel().select(index);
        list.scrollTo(index);
        e.consume();
    }

    private void take(String label) {
        picking = true;
        try {
            editor.setText(label);
            editor.positionCaret(label.length());
        } finally {
            picking = false;
        }
        hide();
    }
}
