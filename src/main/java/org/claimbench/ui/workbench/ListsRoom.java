package org.claimbench.ui.workbench;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Gives the lists below the panes at least {@link WorkbenchView#BOTTOM_ROOM} pixels (five rows of claims or more under one
 * line of filters) as long as the panes keep {@link org.claimbench.ui.article.ArticlePaneView#ROOMY_HEIGHT} (six lines of text
 * with their byline; the user may drag them shorter, to three lines): when the window is first laid out and each time its height
 * changes, shrinking or growing (the lists are not resized with the window, so a window made short and then tall again had
 * left them the short window's height: 178 px against 278 at 1280 × 720). A remembered layout's divider, or one the user
 * drags, is their choice and is kept. The sidebar's width is {@link SidebarRoom}'s.
 */
final class ListsRoom {

    private ListsRoom() {
    }

    /**
     * @param center   the vertical split: the panes above, the lists below
     * @param restored whether a remembered layout was put back (its dividers are kept)
     * @param laidOut  runs its argument once the window has been laid out again
     */
    static void keep(SplitPane center, Region panes, Region lists, BooleanSupplier restored, Consumer<Runnable> laidOut) {
        boolean[] chosen = {false};
        Consumer<Double> give = listsHeight -> {
            double h = center.getHeight();
            if (!restored.getAsBoolean() && !chosen[0] && h > 0 && listsHeight < WorkbenchView.BOTTOM_ROOM - 1) {
                double above = Math.max(org.claimbench.ui.article.ArticlePaneView.ROOMY_HEIGHT, h - WorkbenchView.BOTTOM_ROOM);
                center.setDividerPositions(Math.min(0.66, above / h));
            }
        };
        // Read at once from the divider's place, and again once the split pane has laid out (the lists' real height).
        center.heightProperty().addListener((o, was, now) -> {
            give.accept((1 - center.getDividerPositions()[0]) * now.doubleValue());
            laidOut.accept(() -> give.accept(lists.getHeight()));
        });
        // The target is the divider or its grabber inside it.
        center.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != center; n = n.getParent()) {
                if (n.getParent() == center && n.getStyleClass().contains("split-pane-divider")) {
                    chosen[0] = true;
                }
            }
        });
        SplitPane.setResizableWithParent(lists, false);
    }
}
