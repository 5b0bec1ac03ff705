package org.claimbench.ui.workbench;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The sidebar: the article list over the sources' legend. It runs a step of its own before it lays out its children, with
 * its own height as it is now: the legend's rows are decided there (LegendRoom), where a change of them is laid out in the
 * same pass. Decided from a height listener, they changed while the sidebar was laying out, a legend asking for a layout
 * then did not reach it (a parent laying out takes no requests), and one resize left the sidebar wrong (review64c 1).
 */
final class SidebarBox extends VBox {

    private java.util.function.DoubleConsumer beforeLayout = high -> { };

    SidebarBox(double spacing, Node... children) {
        super(spacing, children);
    }

    /** Runs {@code step} with the height the children share (less the sidebar's padding and spacing) before each layout. */
    void beforeLayout(java.util.function.DoubleConsumer step) {
        beforeLayout = step;
    }

    /** The height the sidebar gives its children, less the spacing between them, at its height now. */
    double childrensShare() {
        long shown = getChildren().stream().filter(Node::isManaged).count();
        return getHeight() - snappedTopInset() - snappedBottomInset() - snapSpaceY(getSpacing()) * Math.max(0, shown - 1);
    }

    @Override
    protected void layoutChildren() {
        beforeLayout.accept(childrensShare());
        super.layoutChildren();
    }
}
