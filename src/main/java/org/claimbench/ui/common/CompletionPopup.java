package org.claimbench.ui.common;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Completes what is typed in an editable box from a list of labels (topics, speakers), in a list under the box and as wide
 * as it, and is the box's only list, as a combo box's: ↓ (or Alt+↓, F4, a click on the box's arrow) opens it with the
 * labels that hold the words typed (all of them when none do) and moves in it; Enter takes the one highlighted and goes on
 * to the box as Enter does on words typed (a dialog's OK sets it), a click takes it into the box and gives the keyboard
 * back to the box's window. Enter with none highlighted keeps the words typed (a new question is never replaced by an
 * existing one that starts the same way); Escape closes the list. The list never takes the box's keyboard.
 *
 * <p>{@link #takingFirstOffered} (a name, not a question: the speaker box) highlights the first label offered as soon as
 * what is typed is not a label itself, so that Enter takes it, as the user sees it chosen (fact-checker, stop 61: typed
 * "Vlad", saw "Vladimir Putin" offered, pressed Enter and got "Vlad"); Shift+Enter keeps the words typed.
 * {@link #enterSets} is what Enter, or the dialog's OK, sets now: the label highlighted, else the words typed, so that a
 * dialog can say it before the key (and its OK clicked with the mouse, which closes the list first, sets the same).
 *
 * <p>The list is a window of its own. A desktop may give that window the keyboard when the mouse comes to it (a window
 * manager's focus follows the mouse, or none at all under Xvfb): the box's window then loses the keyboard, and the box with
 * it, before the click. The list closed then, the click fell on the dialog under it, and the words typed stayed
 * (factcheck49: 5 of 9 picks with the mouse; Enter then made a topic of the prefix). It now closes only when the keyboard
 * goes to another control of the box's window (or the box leaves its window); the window losing the keyboard leaves it open.
 */
public final class CompletionPopup {

    /** At most this many suggestions are listed at once (the list scrolls beyond). */
    static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 26;
    /** A row's padding and the list's scroll bar, beside a label's text. */
    private static final double TEXT_ROOM = 40;

    private final ComboBox<String> box;
    private final TextField editor;
    private final List<String> labels;
    private final ListView<String> list = new ListView<>();
    private Popup popup;
    /** The key the box got last, whose copy it sends on to its editor, and whether this list took it. */
    private KeyCode sentOn;
    private boolean sentOnTaken;
    /** True while the box's text is set by a pick: that change is not typing. */
    private boolean picking;
    /** Whether typing highlights the first label offered (Enter takes it), set by {@link #takingFirstOffered}. */
    private boolean firstOffered;
    /**
     * The label highlighted, kept when the list closes by a click elsewhere (on OK), dropped by typing that offers none,
     * Escape, Tab, ↑ past the first row and Shift+Enter.
     */
    private final javafx.beans.property.ReadOnlyStringWrapper highlighted = new javafx.beans.property.ReadOnlyStringWrapper();
    private javafx.beans.binding.StringBinding enterSets;

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
                    keyboardBack();
                }
            });
            return cell;
        });
        // On the box, not its editor: an editable combo box has the focus itself and hands most keys on to its
        // editor, but not Enter, which goes from the box up to the dialog's default button.
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keyOnce);
        // The combo box opens its own list on F4's release.
        box.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.F4) {
                e.consume();
            }
        });
        editor.textProperty().addListener((o, was, now) -> {
            if (!picking && editor.isFocused()) {
                update(now);
            }
        });
        // The box loses the keyboard when its window does (to the list's own window, where the click goes): the list stays
        // for that click. It closes when the keyboard goes to another control, or the box's window closes.
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && !keyboardStaysInTheBox()) {
                hide();
            }
        });
        box.skinProperty().addListener((o, was, now) -> ownTheArrow());
        ownTheArrow();
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                highlighted.set(now);
            }
        });
        enterSets = javafx.beans.binding.Bindings.createStringBinding(
                () -> highlighted.get() != null ? highlighted.get() : editor.getText() == null ? "" : editor.getText().strip(),
                highlighted, editor.textProperty());
        box.getProperties().put(CompletionPopup.class, this);
    }

    /** The completion attached to this box, if any. */
    public static java.util.Optional<CompletionPopup> of(ComboBox<String> box) {
        return box.getProperties().get(CompletionPopup.class) instanceof CompletionPopup p ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    /** Typing highlights the first label offered where the words typed are not a label: Enter takes it (a name's box). */
    public CompletionPopup takingFirstOffered() {
        firstOffered = true;
        return this;
    }

    /** What Enter (or the dialog's OK) sets now: the label highlighted in the list, else the words typed, stripped. */
    public javafx.beans.binding.StringBinding enterSets() {
        return enterSets;
    }

    private void unhighlight() {
        list.getSelectionModel().clearSelection();
        highlighted.set(null);
    }

    /**
     * The box's arrow opens this list, not the combo box's own: two lists, one of them taking a click and Enter otherwise
     * (its first Enter only closed it, factcheck49), was one list too many.
     */
    private void ownTheArrow() {
        if (!(box.lookup(".arrow-button") instanceof javafx.scene.layout.Region arrow) || arrow.getProperties().containsKey(CompletionPopup.class)) {
            return;
        }
        arrow.getProperties().put(CompletionPopup.class, this);
        arrow.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (isShowing()) {
                hide();
            } else {
                box.requestFocus();
                open();
            }
        });
        arrow.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, javafx.event.Event::consume);
        arrow.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume);
    }

    private boolean inBox(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at == box) {
                return true;
            }
        }
        return false;
    }

    /** Whether the box is still its window's keyboard owner: the window, not the box, lost the keyboard (or nothing did). */
    private boolean keyboardStaysInTheBox() {
        javafx.scene.Scene scene = box.getScene();
        javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing() && (owner == box || owner == editor);
    }

    /** After a click in the list: the keyboard back in the box's window and box, so that Enter sets what was picked. */
    private void keyboardBack() {
        if (box.getScene() != null && box.getScene().getWindow() != null) {
            box.getScene().getWindow().requestFocus();
        }
        box.requestFocus();
        editor.positionCaret(editor.getText().length());
    }

    /** Completes the box's editor from labels (read each time, so topics added meanwhile are offered). */
    public static CompletionPopup attach(ComboBox<String> box, List<String> labels) {
        return new CompletionPopup(box, labels);
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
        List<String> found = new java.util.ArrayList<>(CompletionMatches.matches(List.copyOf(labels), typed));
        String words = typed == null ? "" : typed.strip();
        // A known label typed in another case ("vladimir putin") is offered first, highlighted: Enter takes its own spelling.
        labels.stream().filter(l -> firstOffered && l.strip().equalsIgnoreCase(words) && !l.strip().equals(words)).findFirst().ifPresent(l -> found.add(0, l));
        unhighlight();
        if (found.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().clearSelection();
        boolean aLabel = labels.stream().anyMatch(l -> l.strip().equals(words));
        if (firstOffered && !aLabel) {
            list.getSelectionModel().select(0);
        }
        show();
    }

    /** Opens the list as ↓ does: the labels offered, the one the box holds (else the first) highlighted. */
    private void open() {
        List<String> all = CompletionMatches.offered(List.copyOf(labels), editor.getText());
        if (all.isEmpty()) {
            return;
        }
        list.getItems().setAll(all);
        int at = Math.max(0, all.indexOf(editor.getText().strip()));
        list.getSelectionModel().select(at);
        show();
        list.scrollTo(Math.max(0, at - VISIBLE_ROWS + 1));
    }

    private void show() {
        if (box.getScene() == null || box.getScene().getWindow() == null) {
            return;
        }
        if (popup == null) {
            popup = new Popup();
            // Not auto-hidden: JavaFX hides such a popup when its window's grab ends, and GTK ends it when that window loses
            // the keyboard, to the list's own window too: the list went before the click on it came. A press in the box's
            // window outside the box closes it instead (as auto-hiding did), and it goes with its window.
            popup.setAutoHide(false);
            popup.setAutoFix(true);
            popup.getContent().add(list);
            box.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                if (!(e.getTarget() instanceof javafx.scene.Node n) || !inBox(n)) {
                    hide();
                }
            });
            box.getScene().getWindow().showingProperty().addListener((o, was, now) -> {
                if (!now) {
                    hide();
                }
            });
        }
        // The app's stylesheet too, which a dialog's scene lacks: its chosen row stands out as the window's lists' do (it was
        // Primer's faint grey in the speaker box, fact-checker stop 61).
        popup.getScene().getStylesheets().setAll(box.getScene().getStylesheets());
        AppStylesheet.addTo(popup.getScene().getStylesheets());
        // As wide as the box, or as its longest topic where that is wider (the toolbar's sticky box is 140 px: its topics
        // were cut behind a sideways bar), up to the window's width.
        javafx.stage.Window w = box.getScene().getWindow();
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(editor.getFont());
        double widest = list.getItems().stream().mapToDouble(l -> {
            measure.setText(l);
            return measure.getLayoutBounds().getWidth();
        }).max().orElse(0) + TEXT_ROOM;
        list.setPrefWidth(Math.min(PopupWidth.room(new javafx.geometry.Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()),
                box.getWidth()), Math.max(box.getWidth(), widest)));
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

    /**
     * A key is seen once. The editable box sends the keys it gets on to its editor as copies, which come through the box
     * again: ↓ opened the list and its copy moved to the second row. A copy of a key taken is dropped too.
     */
    private void keyOnce(KeyEvent e) {
        if (e.getTarget() == editor && e.getCode() == sentOn) {
            sentOn = null;
            if (sentOnTaken) {
                e.consume();
            }
            return;
        }
        sentOn = null;
        keyPressed(e);
        if (e.getTarget() != editor) {
            sentOn = e.getCode();
            sentOnTaken = e.isConsumed();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
            // The words typed, as they are: the key goes on (a dialog's Shift+Enter sets them).
            unhighlight();
            hide();
            return;
        }
        if (!isShowing()) {
            // ↓ (Alt+↓, F4) opens this list; the combo box's own ↓ chose its next item, changing the text typed, and its
            // Alt+↓ opened a second list. ↑ with no list open does nothing either.
            boolean down = e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.KP_DOWN || e.getCode() == KeyCode.F4;
            if (down && !e.isShortcutDown() && !e.isShiftDown()) {
                open();
                e.consume();
            } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.KP_UP) && !e.isShortcutDown() && !e.isShiftDown()) {
                e.consume();
            }
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int n = list.getItems().size();
        switch (e.getCode()) {
            case DOWN, KP_DOWN -> {
                if (e.isAltDown()) {
                    e.consume();
                } else {
                    move(Math.min(at + 1, n - 1), e);
                }
            }
            case UP, KP_UP -> {
                if (e.isAltDown()) {
                    hide();
                    e.consume();
                } else if (at <= 0) {
                    unhighlight();
                    e.consume();
                } else {
                    move(at - 1, e);
                }
            }
            case F4 -> {
                hide();
                e.consume();
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
                unhighlight();
                hide();
                e.consume();
            }
            case TAB -> {
                unhighlight();
                hide();
            }
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
