package org.claimbench.ui.article;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.claimbench.domain.Article;
import org.claimbench.ui.common.Pulses;

/**
 * A pane's article chooser before it is real: the nodes a combo box's skin shows when closed (its
 * button cell with the article's title, the arrow button with its arrow), under the combo box's
 * own style classes, so it has the same size and look, without the combo box, its list and their
 * skins (two of them were in the start-up's first frame). It does nothing when clicked; the real
 * chooser takes its place once it has been laid out in a window ({@link #whenLaidOut}), one frame later.
 */
final class ChooserStandIn extends HBox {

    private final TitleCell cell = new TitleCell();
    private final ObservableValue<Article> article;
    private final ChangeListener<Article> follow = (o, was, now) -> cell.show(now);

    ChooserStandIn(int index, ObservableValue<Article> article) {
        setId("articleChooserStandIn-" + index);
        getStyleClass().setAll("combo-box-base", "combo-box", "pane-title-chooser");
        this.article = article;
        cell.show(article.getValue());
        article.addListener(follow);
        cell.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cell, Priority.ALWAYS);
        StackPane arrow = new StackPane();
        arrow.getStyleClass().setAll("arrow");
        StackPane arrowButton = new StackPane(arrow);
        arrowButton.getStyleClass().setAll("arrow-button");
        getChildren().addAll(cell, arrowButton);
        setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(200);
        // A combo box is never taller than it needs (its skin's maximum height is its preferred one), though
        // the row it is in is taller (the buttons beside it).
        setMaxHeight(USE_PREF_SIZE);
    }

    /**
     * The combo box's button cell as its skin fills it: the title, filled (its pseudo-class changes
     * its height in AtlantaFX's theme), or the prompt, empty.
     */
    private static final class TitleCell extends ListCell<Article> {
        void show(Article a) {
            updateItem(a, a == null);
            setText(a == null ? "Choose an article…" : a.title());
        }
    }

    /**
     * Runs work (which replaces this stand-in) on the JavaFX thread once the stand-in is in a scene and
     * that scene's next layout is through; from then on the stand-in no longer follows the article.
     */
    void whenLaidOut(Runnable work) {
        Pulses.whenLaidOut(this, () -> {
            article.removeListener(follow);
            work.run();
        });
    }
}
