package org.claimbench.ui.article;

import java.util.List;
import java.util.function.IntSupplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/** Find in this article (Ctrl+F), above the text: the phrase, which hit of how many, next, previous, Escape to close. */
final class FindBar extends HBox {

    private final PaneFind find;
    private final IntSupplier caret;
    private final Runnable backToText;
    private final TextField field = new TextField();

    /**
     * @param article the article the pane shows: the search was in the one shown before, so another article closes the bar
     *                (its hits and count are gone already) rather than leave it open on words that count nothing; Ctrl+F
     *                opens it again on them
     */
    FindBar(int index, PaneFind find, IntSupplier caret, Runnable backToText, javafx.beans.value.ObservableValue<org.claimbench.domain.Article> article) {
        this.find = find;
        this.caret = caret;
        this.backToText = backToText;
        setId("findBar-" + index);
        getStyleClass().add("find-bar");
        field.setId("findField-" + index);
        field.setPromptText("Find in this article");
        field.setPrefColumnCount(16);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label count = new Label();
        count.setId("findCount-" + index);
        count.getStyleClass().add("muted");
        count.textProperty().bind(find.statusProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = button("findPrevious-" + index, "mdi2c-chevron-up", "Previous (Shift+Enter, Shift+F3)", () -> find.next(-1));
        Button next = button("findNext-" + index, "mdi2c-chevron-down", "Next (Enter, F3)", () -> find.next(1));
        Button close = button("findClose-" + index, "mdi2c-close", "Close (Escape)", this::close);
        field.textProperty().addListener((o, was, now) -> find.find(now, caret.getAsInt()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find.next(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        getChildren().addAll(List.of(field, count, previous, next, close));
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        shown(false);
        article.addListener((o, was, now) -> {
            if (was != null && now != null && was.id() != now.id()) {
                hide();
            }
        });
    }

    private static Button button(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        Tooltips.set(b, tip);
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Opens the bar on the phrase sought last, selected so that typing replaces it. */
    void open() {
        shown(true);
        field.requestFocus();
        field.selectAll();
        if (!field.getText().isBlank()) {
            find.find(field.getText(), caret.getAsInt());
        }
    }

    /** Opens the bar on a phrase, the hit at an offset chosen. */
    void open(String phrase, int at) {
        shown(true);
        if (phrase.equals(field.getText())) {
            find.find(phrase, at);
        } else {
            field.setText(phrase);
            find.find(phrase, at);
        }
    }

    /** Hides the bar, keeping the phrase for the next Ctrl+F; the search itself was reset with the text. */
    private void hide() {
        shown(false);
    }

    private void close() {
        shown(false);
        find.clear();
        backToText.run();
    }

    private void shown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
