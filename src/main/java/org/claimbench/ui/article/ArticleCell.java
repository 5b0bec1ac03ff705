package org.claimbench.ui.article;

import javafx.scene.control.ListCell;
import org.claimbench.domain.Article;

/** Shows an article's title with its outlet and date in lists and choosers. */
final class ArticleCell extends ListCell<Article> {
    private final boolean withByline;

    ArticleCell() {
        this(true);
    }

    /** withByline false: the title alone (the pane's header says the rest on the line below). */
    ArticleCell(boolean withByline) {
        this.withByline = withByline;
    }

    @Override
    protected void updateItem(Article a, boolean empty) {
        super.updateItem(a, empty);
        if (empty || a == null) {
            setText(null);
        } else {
            String by = withByline ? a.metadata().byline() : "";
            setText(a.title() + (by.isEmpty() ? "" : "  —  " + by));
        }
    }
}
