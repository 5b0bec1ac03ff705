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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find in this article (Ctrl+F), above the text: the phrase, which hit of how many, next, previous, Escape to close. The
 * count stands inside the field, previous over next beside it; where the pane is too narrow for the field
 * ({@link #PHRASE_ROOM} px for the phrase) and the buttons on one row, the buttons go to a second row, right-aligned, and the
 * field takes the whole first row.
 */
final class FindBar extends Region {

    /** The least room (px) the field keeps for the phrase, beside the count: about a dozen characters. */
    static final double PHRASE_ROOM = 90;
    private static final double GAP = 4;

    private final PaneFind find;
    private final IntSupplier caret;
    private final java.util.function.Consumer<java.util.Optional<org.claimbench.domain.TextSpan>> backToText;
    private final TextField field = new TextField();
    private final StackPane fieldWithCount;
    private final Label count;
    private final HBox buttons;

    /**
     * @param article the article the pane shows: the search was in the one shown before, so another article closes the bar
     *                (its hits and count are gone already) rather than leave it open on words that count nothing; Ctrl+F
     *                opens it again on them
     * @param backToText gives the text the keyboard back at Escape, with the hit chosen then (to leave selected), if any
     */
    FindBar(int index, PaneFind find, IntSupplier caret, java.util.function.Consumer<java.util.Optional<org.claimbench.domain.TextSpan>> backToText, javafx.beans.value.ObservableValue<org.claimbench.domain.Article> article) {
        this.find = find;
        this.caret = caret;
        this.backToText = backToText;
        setId("findBar-" + index);
        getStyleClass().add("find-bar");
        field.setId("findField-" + index);
        // Its focus starts a new action: an old status message goes (StaleStatus in the workbench).
        field.getStyleClass().add("starts-an-action");
        field.setPromptText("Find in this article");
        field.setPrefColumnCount(16);
        Label count = new Label();
        count.setId("findCount-" + index);
        count.getStyleClass().add("muted");
        count.textProperty().bind(find.statusProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        // The count stands inside the field at its right end, as in a browser's find bar: beside it, it took the room of
        // the phrase in a narrow pane (three panes at 1024 × 700: the field 59 px wide). The field's text stops before it.
        count.setMouseTransparent(true);
        StackPane.setAlignment(count, Pos.CENTER_RIGHT);
        StackPane.setMargin(count, new Insets(0, 8, 0, 0));
        fieldWithCount = new StackPane(field, count);
        fieldWithCount.setMinWidth(0);
        field.setMinWidth(0);
        Runnable pad = () -> {
            Insets p = field.getPadding();
            double right = count.getWidth() > 0 ? count.getWidth() + 12 : p.getLeft();
            if (p.getRight() != right) {
                field.setPadding(new Insets(p.getTop(), right, p.getBottom(), p.getLeft()));
            }
        };
        count.widthProperty().addListener((o, a, b) -> pad.run());
        field.paddingProperty().addListener((o, a, b) -> pad.run());
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
        this.count = count;
        // Previous over next, half a row each (as in a code editor's find widget): beside a field in a third of a 1024 px
        // window, three buttons of a row's height left the phrase 59 px.
        previous.getStyleClass().add("find-step");
        next.getStyleClass().add("find-step");
        javafx.scene.layout.VBox steps = new javafx.scene.layout.VBox(0, previous, next);
        steps.setAlignment(Pos.CENTER);
        buttons = new HBox(2, steps, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(List.of(fieldWithCount, buttons));
        setPadding(new Insets(4, 8, 4, 8));
        shown(false);
        article.addListener((o, was, now) -> {
            if (was != null && now != null && was.id() != now.id()) {
                hide();
            }
        });
    }

    /** Whether field and buttons share one row at this width (the whole bar's, px). */
    private boolean oneRow(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double fieldNeeds = PHRASE_ROOM + count.prefWidth(-1) + 12 + 16;
        return inner >= fieldNeeds + GAP + buttons.prefWidth(-1);
    }

    private double rowHeight() {
        return Math.max(fieldWithCount.prefHeight(-1), buttons.prefHeight(-1));
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + buttons.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + fieldWithCount.prefWidth(-1) + GAP + buttons.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double rows = width < 0 || oneRow(width) ? rowHeight() : 2 * rowHeight() + GAP;
        return snappedTopInset() + snappedBottomInset() + rows;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double row = rowHeight();
        double buttonsWidth = buttons.prefWidth(-1);
        if (oneRow(getWidth())) {
            layoutInArea(fieldWithCount, x, y, inner - GAP - buttonsWidth, row, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
            layoutInArea(buttons, x + inner - buttonsWidth, y, buttonsWidth, row, 0, javafx.geometry.HPos.RIGHT, javafx.geometry.VPos.CENTER);
        } else {
            layoutInArea(fieldWithCount, x, y, inner, row, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
            layoutInArea(buttons, x + Math.max(0, inner - buttonsWidth), y + row + GAP, Math.min(inner, buttonsWidth), row, 0,
                    javafx.geometry.HPos.RIGHT, javafx.geometry.VPos.CENTER);
        }
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

    /**
     * Opens the bar on a phrase, the hit at an offset chosen (Find in All Articles), the keyboard in its field as after
     * Ctrl+F: Enter goes to the next hit and Escape closes the bar, the hit left selected in the text. Left where it was
     * (the Claims tab's search, the list), the keyboard's Escape never reached the bar, which stayed open (factcheck57).
     */
    void open(String phrase, int at) {
        shown(true);
        field.requestFocus();
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

    /**
     * Closes the bar (Escape, ×): the highlights go, the hit chosen stays selected in the text, so that Shift+arrows extend it
     * (factcheck47: after Enter and Escape nothing was selected, and the words found had to be selected again); the pane
     * offers to mark it only once the user makes it theirs (editor58: PaneTagging#leftByFind).
     */
    private void close() {
        java.util.Optional<org.claimbench.domain.TextSpan> hit = find.current();
        shown(false);
        find.clear();
        backToText.accept(hit);
    }

    private void shown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
