package org.claimbench.ui.workbench;

import org.claimbench.ui.articles.ArticleListView;
import org.claimbench.ui.sources.SourceLegendView;

/**
 * Shows nine sources' rows in the legend, where the sidebar has room for them and four articles above: the legend is the
 * only key map on screen for tagging with keys 1–9, and with seven rows the sources of keys 8 and 9 were in its scrolled
 * part (review63b, 2). Where the window is shorter, seven rows, and the article list keeps four articles in view.
 * Figures (ArticleListRoomUiTest, cells of 57 px): at 1280 × 720 the article list has 256 px with seven rows; two rows more
 * (54 px) would leave 202, under the 230 four articles need, so seven rows there; from a window about 750 px high, nine.
 */
final class LegendRoom {

    /** The articles the article list keeps in view, whatever the legend shows. */
    static final int ARTICLES_KEPT = 4;

    private LegendRoom() {
    }

    static void keep(SourceLegendView legend, ArticleListView articles, javafx.beans.Observable sourceRows) {
        Runnable decide = () -> {
            double needed = articles.roomFor(ARTICLES_KEPT);
            int sources = legend.sourceCount();
            if (needed <= 0 || articles.listHeight().get() <= 0 || legend.listLaidOutHigh() <= 0) {
                // No article cell laid out to measure: the rows stay as they are until one is.
                return;
            }
            // The article list and the legend's list share the sidebar's height, as laid out now: their sum does not change
            // with the rows shown, so the decision does not swing back once the sidebar is laid out again with it. Taken
            // when a source is added too, before the layout, so that its row is scrolled to under the rows then shown.
            double shared = articles.listHeight().get() + legend.listLaidOutHigh();
            boolean roomForAll = shared - SourceLegendView.heightOf(Math.min(sources, SourceLegendView.ROWS_OF_KEYS)) >= needed;
            legend.mostRowsProperty().set(roomForAll ? SourceLegendView.ROWS_OF_KEYS : SourceLegendView.MOST_ROWS);
        };
        articles.listHeight().addListener((o, was, now) -> decide.run());
        legend.heightProperty().addListener((o, was, now) -> decide.run());
        sourceRows.addListener(o -> decide.run());
        decide.run();
    }
}
