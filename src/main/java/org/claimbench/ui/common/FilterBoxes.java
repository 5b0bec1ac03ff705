package org.claimbench.ui.common;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The filter boxes that lists of claims and of suggestions share: sources to check, one article to choose. */
public final class FilterBoxes {

    private FilterBoxes() {
    }

    /** "All sources" until some are checked; kept in step with {@code checked} both ways. */
    public static CheckComboBox<Source> sources(ObservableList<Source> all, ObservableList<Source> checked, String id, String tooltip) {
        CheckComboBox<Source> box = new CheckComboBox<>(all);
        box.setId(id);
        box.setTitle("All sources");
        box.setConverter(new SourceConverter());
        box.setTooltip(new Tooltip(tooltip));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Source>) c -> {
            List<Source> now = List.copyOf(box.getCheckModel().getCheckedItems());
            checked.setAll(now);
            box.setTitle(now.isEmpty() ? "All sources" : now.size() == 1 ? now.get(0).name() : now.size() + " sources");
        });
        checked.addListener((ListChangeListener<Source>) c -> {
            if (checked.isEmpty() && !box.getCheckModel().getCheckedItems().isEmpty()) {
                box.getCheckModel().clearChecks();
            }
        });
        return box;
    }

    /** The button that clears a list's filters. */
    public static Button clearButton(String id, Runnable clear) {
        Button button = new Button(null, new FontIcon("mdi2f-filter-remove-outline"));
        button.setId(id);
        button.setTooltip(new Tooltip("Clear all filters"));
        button.getStyleClass().add("flat");
        button.setOnAction(e -> clear.run());
        return button;
    }

    /**
     * "All articles" while none is chosen, and as the list's first entry, which goes back to all of them (before, only the
     * clear button did, and a newcomer looked for it in the list). {@code chosen} always holds one of {@code all}'s
     * entries (or null): when an article's record is replaced, it is re-pointed to the new one by id.
     */
    public static ComboBox<Article> article(ObservableList<Article> all, ObjectProperty<Article> chosen, String id, String tooltip) {
        ComboBox<Article> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText("All articles");
        box.setTooltip(new Tooltip(tooltip));
        javafx.collections.ObservableList<Article> entries = javafx.collections.FXCollections.observableArrayList();
        Runnable follow = () -> {
            java.util.List<Article> list = new java.util.ArrayList<>(all.size() + 1);
            list.add(null);
            list.addAll(all);
            entries.setAll(list);
            // An article revised or its details edited is a new record with the same id: the choice follows it, so the box
            // keeps naming what the list shows (a stale record matched no entry, and the box could fall back to "All
            // articles" while the list stayed filtered). A removed article is no longer a choice.
            Article was = chosen.get();
            if (was != null) {
                Article now = all.stream().filter(a -> a.id() == was.id()).findFirst().orElse(null);
                if (now != was) {
                    chosen.set(now);
                }
            }
        };
        follow.run();
        all.addListener((javafx.collections.ListChangeListener<Article>) c -> follow.run());
        box.setItems(entries);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty ? null : a == null ? "All articles" : a.title());
            }
        });
        box.setPrefWidth(200);
        // Its list measures only a screenful of rows to size its popup (by default every article, at every layout).
        box.getProperties().put("comboBoxRowsToMeasureWidth", 16);
        PopupWidth.keepInWindow(box);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Article a) {
                return a == null ? "All articles" : a.title();
            }

            @Override
            public Article fromString(String s) {
                return null;
            }
        });
        // Cleared, it says "All articles" again (the default cell would stay blank once something had been chosen).
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(a == null ? "All articles" : a.title());
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }
}
