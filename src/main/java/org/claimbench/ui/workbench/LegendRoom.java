package org.claimbench.ui.workbench;

import org.claimbench.ui.articles.ArticleListView;
import org.claimbench.ui.sources.SourceLegendView;

/**
 * Shows up to nine sources' rows in the legend, as many as the sidebar has room for with four articles above: the legend is the
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

    /**
     * Decides the legend's rows as the sidebar is about to lay out its children, from the sidebar's height then (a decision
     * taken there is laid out in the same pass, review64c 1), and when sources are added (so that a source added is scrolled
     * to under the rows then shown). Articles coming or going, a workspace opened and the legend's list taking its
     * stand-in's place change what there is to measure without a layout of the sidebar: it is asked for one once they are
     * laid out (review64c 2: at start-up the rows stayed seven in a window with room for nine).
     *
     * @param articlesShown the article list's items and the workspace open, whose change asks for a decision
     * @param laidOut       runs its argument once the window has been laid out again (the article rows measured need it)
     */
    static void keep(SidebarBox sidebar, SourceLegendView legend, ArticleListView articles, javafx.beans.Observable sourceRows,
                     java.util.List<javafx.beans.Observable> articlesShown, java.util.function.Consumer<Runnable> laidOut) {
        sidebar.beforeLayout(share -> decide(share, sidebar, legend, articles));
        sourceRows.addListener(o -> decide(sidebar.childrensShare(), sidebar, legend, articles));
        javafx.beans.InvalidationListener again = o -> laidOut.accept(sidebar::requestLayout);
        articlesShown.forEach(shown -> shown.addListener(again));
        legend.getChildren().addListener(again);
        laidOut.accept(sidebar::requestLayout);
    }

    private static void decide(double share, SidebarBox sidebar, SourceLegendView legend, ArticleListView articles) {
        double needed = articles.roomFor(ARTICLES_KEPT);
        double listHigh = articles.listHeight().get();
        double legendListHigh = legend.listLaidOutHigh();
        if (needed <= 0 || listHigh <= 0 || legendListHigh <= 0) {
            // No article cell laid out to measure: seven, the rows that fit any window, until one is (keep asks again then);
            // the rows of a taller window kept instead outlived a resize to a short one (review64c 2).
            legend.mostRowsProperty().set(SourceLegendView.MOST_ROWS);
            return;
        }
        // What the two lists share: the children's share less what is not a list (the article list's header and filter, the
        // legend's header and "Add source"), as last laid out: those do not change with the sidebar's height or the rows.
        double besideTheLists = sidebar.getChildren().stream().filter(javafx.scene.Node::isManaged)
                .mapToDouble(n -> ((javafx.scene.layout.Region) n).getHeight()).sum() - listHigh - legendListHigh;
        double shared = share - besideTheLists;
        // As many rows as fit over the four articles, seven to nine: with seven or nine alone, a window with room for eight
        // showed seven, and a ninth source added took a row off the eight shown (review64c 5).
        double border = SourceLegendView.heightOf(1) - SourceLegendView.ROW_HEIGHT;
        int fit = (int) Math.floor((shared - needed - border) / SourceLegendView.ROW_HEIGHT);
        legend.mostRowsProperty().set(Math.max(SourceLegendView.MOST_ROWS, Math.min(SourceLegendView.ROWS_OF_KEYS, fit)));
    }
}
