package org.claimbench.ui.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.util.StringConverter;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.controlsfx.control.CheckComboBox;

/**
 * The suggested claims' source filter counts, beside each source, the suggested claims of that source the list would show
 * with it checked (the article chosen applies): "Kremlin readout · 32", as the Claims tab's topic filter counts its topics.
 * walk62 checked sources one by one to learn which had suggestions at all. JavaFX thread.
 */
final class SourceFilterCounts {

    private SourceFilterCounts() {
    }

    /** Suggested claims by source id, of the article chosen (all articles' when none is). */
    static Map<Long, Integer> of(List<ClaimSuggestionRow> rows, Article article) {
        Map<Long, Integer> out = new HashMap<>();
        for (ClaimSuggestionRow r : rows) {
            if (article == null || r.suggestion().articleId() == article.id()) {
                out.merge(r.sourceId(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** What the box lists for a source: its name and its count. */
    static String choice(Source s, Map<Long, Integer> counts) {
        return s.name() + "  ·  " + counts.getOrDefault(s.id(), 0);
    }

    /** Makes {@code box} list each source with its count, kept up to date as {@code rows} and the article chosen change. */
    static void follow(CheckComboBox<Source> box, ObservableList<ClaimSuggestionRow> rows, ObjectProperty<Article> article) {
        @SuppressWarnings("unchecked")
        Map<Long, Integer>[] counts = new Map[] {of(rows, article.get())};
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : choice(s, counts[0]);
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        Runnable update = () -> {
            Map<Long, Integer> now = of(rows, article.get());
            if (!now.equals(counts[0])) {
                counts[0] = now;
                shownChoices(box).ifPresent(ListView::refresh);
            }
        };
        rows.addListener((ListChangeListener<ClaimSuggestionRow>) c -> update.run());
        article.addListener((o, was, now) -> update.run());
        warnOnceIfTheListIsNotFound(box);
    }

    /**
     * The list is found through ControlsFX's insides (the check box's inner ComboBox and its skin's list), which a new
     * version may change: then the counts shown would stop following, silently. When the box has been opened (its list
     * shown, or a click on it) and the list is not found, the app's log says so, once.
     */
    private static void warnOnceIfTheListIsNotFound(CheckComboBox<Source> box) {
        boolean[] checked = {false};
        javafx.event.EventHandler<javafx.event.Event> check = e -> javafx.application.Platform.runLater(() -> {
            if (!checked[0]) {
                checked[0] = true;
                if (shownChoices(box).isEmpty()) {
                    System.getLogger("claimbench").log(System.Logger.Level.WARNING, "the suggested claims' source filter: its "
                            + "drop-down list was not found (ControlsFX changed?); its counts will not follow accepted suggestions");
                }
            }
        });
        box.addEventFilter(javafx.scene.control.ComboBoxBase.ON_SHOWN, check);
        box.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, check);
    }

    /**
     * The list the box drops down, once its skin has made it: a converter's text is read when a row is drawn, so rows drawn
     * before a count changed are drawn again.
     */
    private static java.util.Optional<ListView<?>> shownChoices(CheckComboBox<Source> box) {
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof ComboBox<?>).map(n -> ((ComboBox<?>) n).getSkin())
                .filter(s -> s instanceof ComboBoxListViewSkin<?>).map(s -> ((ComboBoxListViewSkin<?>) s).getPopupContent())
                .filter(n -> n instanceof ListView<?>).<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }
}
