package org.claimbench.ui.workbench;

import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.claimbench.ui.sources.SourceLegendView;
import org.claimbench.ui.sources.SourceRow;

/**
 * Widens the sidebar so that the sources' names read whole in the legend ("European Commission" was cut to "European
 * Com…" at 1280 px), up to a quarter of the window: when the window is first laid out, when the legend's list is made and
 * when a source is added or renamed. It never narrows the sidebar (a width the user chose, or a remembered one, stays unless a name needs more).
 * A name longer than a quarter of the window is still cut, whole in its row's tooltip.
 */
final class SidebarRoom {

    /** The widest the sidebar is made for names, as a share of the window's width. */
    static final double MAX_SHARE = 0.25;

    private SidebarRoom() {
    }

    /**
     * @param laidOut runs its argument once the window has been laid out again (measures need laid-out rows)
     */
    static void keep(SplitPane main, Region sidebar, SourceLegendView legend, javafx.collections.ObservableList<SourceRow> rows,
                     java.util.function.Consumer<Runnable> laidOut) {
        Runnable widen = () -> {
            double w = main.getWidth();
            double more = legend.missingForNames();
            double wanted = w > 0 ? Math.min(MAX_SHARE, (sidebar.getWidth() + more) / w) : 0;
            if (more > 0 && wanted > main.getDividerPositions()[0]) {
                main.setDividerPositions(wanted);
            }
        };
        rows.addListener((ListChangeListener<SourceRow>) c -> laidOut.accept(widen));
        // The legend's list comes a frame after the first one at start-up (it replaces a stand-in).
        legend.getChildren().addListener((ListChangeListener<javafx.scene.Node>) c -> laidOut.accept(widen));
        main.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    main.widthProperty().removeListener(this);
                    laidOut.accept(widen);
                }
            }
        });
    }
}
