package org.claimbench.ui.articles;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Article;

/**
 * Asks the event that several articles report (Articles list › Set event…, Article › Set event…): one field that offers
 * the events the workspace's articles report as it is typed (↓ lists them, Enter takes one), as Article details › Event
 * does. An analyst set one event on three articles one dialog at a time (analyst54: 12 actions).
 *
 * <p>JavaFX thread.
 */
public final class SetEventDialog {

    /** How many titles the dialog names before "and N more". */
    private static final int NAMED = 3;

    private SetEventDialog() {
    }

    /**
     * The event typed for {@code articles} (stripped; "" to take their events off, so that the inferred ones stand); empty
     * when cancelled. {@code events}: the events the workspace's articles report, offered as the field is typed.
     */
    public static Optional<String> show(Window owner, List<Article> articles, List<String> events) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Set event");
        d.setHeaderText(header(articles));
        d.setGraphic(null);
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(events));
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(420);
        box.setPromptText("What they report, e.g. Harbour talks, 2025-03-04");
        box.getEditor().setId("setEventField");
        String common = articles.stream().map(a -> a.metadata().event().strip()).distinct().count() == 1 ? articles.get(0).metadata().event().strip() : "";
        box.getEditor().setText(common);
        org.claimbench.ui.common.CompletionPopup.attach(box, events);
        Label help = new Label("The events of the workspace are offered as you type (\u2193 lists them). Left empty, each article's "
                + "own event is taken off and the one inferred from its text stands. One Ctrl+Z takes it all back.");
        help.setId("setEventHelp");
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMaxWidth(420);
        d.getDialogPane().setContent(new VBox(8, box, help));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? box.getEditor().getText().strip() : null);
        d.setOnShown(e -> Platform.runLater(() -> {
            box.getEditor().requestFocus();
            box.getEditor().selectAll();
        }));
        return d.showAndWait();
    }

    /** "Set the event of 3 articles: “A”, “B”, “C”", the titles cut, at most {@link #NAMED} named. */
    static String header(List<Article> articles) {
        StringBuilder sb = new StringBuilder(articles.size() == 1 ? "Set the event of the article " : "Set the event of " + articles.size() + " articles: ");
        for (int i = 0; i < Math.min(NAMED, articles.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append('\u201c').append(org.claimbench.ui.common.EllipsisCut.toLength(articles.get(i).title(), 40)).append('\u201d');
        }
        if (articles.size() > NAMED) {
            sb.append(" and ").append(articles.size() - NAMED).append(" more");
        }
        return sb.toString();
    }
}
