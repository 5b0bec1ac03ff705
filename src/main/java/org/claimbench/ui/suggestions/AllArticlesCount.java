package org.claimbench.ui.suggestions;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.claimbench.domain.Article;

/**
 * The suggested claims' article filter says, while it filters nothing, how many articles the list holds: "All 4 articles".
 * The list is ordered article by article, so the rows in sight at first are often all of one article, and with the Article
 * column out of sight at 1280 px a newcomer read them as the filter's doing while the box said "All articles"
 * (student-run56). An article chosen is named by its title, as before. JavaFX thread.
 */
final class AllArticlesCount {

    private AllArticlesCount() {
    }

    /** What the box says while no article is chosen: "All N articles" for the N articles {@code rows} come from ("All articles" for fewer than two). */
    static String allOf(List<ClaimSuggestionRow> rows) {
        long n = rows.stream().mapToLong(r -> r.suggestion().articleId()).distinct().count();
        return n < 2 ? "All articles" : "All " + n + " articles";
    }

    /** Makes {@code box}'s shown value follow {@link #allOf} of {@code rows} (every suggested claim, unfiltered). */
    static void follow(ComboBox<Article> box, ObservableList<ClaimSuggestionRow> rows) {
        ListCell<Article> shown = new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(a == null ? allOf(rows) : a.title());
            }
        };
        box.setButtonCell(shown);
        rows.addListener((ListChangeListener<ClaimSuggestionRow>) c -> {
            if (box.getValue() == null) {
                shown.setText(allOf(rows));
            }
        });
    }
}
