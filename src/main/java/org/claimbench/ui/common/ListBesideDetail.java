package org.claimbench.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A list and the area that shows its chosen row in full, laid out so that the area reads without scrolling in a short
 * tab: beside the list when the room is wide rather than tall (the tab below the panes at 1024 × 700 and 1280 × 720 is
 * four to five times as wide as it is high), under it otherwise, the list giving way first down to {@link #LIST_MIN}
 * pixels. The area's content is measured at the width it gets (pixels throughout); beside the list, the area widens for
 * a long text and stays that wide while the room keeps its size, so that the list does not move from row to row.
 */
public final class ListBesideDetail extends Region {

    /** Beside when the room is at least this many times as wide as it is high. */
    static final double WIDE = 1.5;
    /** The share of the width the area takes beside the list, and its bounds in pixels. */
    static final double SHARE = 0.45;
    static final double MIN_BESIDE = 280;
    static final double MAX_BESIDE = 560;
    /** The most of the width the area takes beside the list when its text needs it, and the step it widens by (px). */
    static final double MOST = 0.7;
    static final double STEP = 20;
    /** The list's least height under which the area stops growing: its header and two rows. */
    public static final double LIST_MIN = 80;
    /** A vertical scroll bar's width (px, AtlantaFX's). */
    static final double SCROLL_BAR = 16;
    /** The gap between the two. */
    static final double GAP = 6;

    private final Region list;
    private final ScrollPane detail;
    /** The widest the area has been beside the list (px), and the size of the room it was at. */
    private double widest;
    private final double[] widestFor = new double[2];

    public ListBesideDetail(Region list, ScrollPane detail) {
        this.list = list;
        this.detail = detail;
        getChildren().addAll(list, detail);
    }

    /** True when the area stands beside the list at this size. */
    public static boolean beside(double width, double height) {
        return width >= WIDE * height && width >= 2 * MIN_BESIDE;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (beside(w, h)) {
            double dw = Math.max(MIN_BESIDE, Math.min(MAX_BESIDE, w * SHARE));
            // Wider, up to MOST of the room, while the whole text is taller than the tab: the list's columns are cut
            // anyway, and the area shows them whole. Not when the text is taller than the tab even at MOST: the area
            // scrolls either way, and the list beside it kept only its narrow columns (1024 × 700, round ui46).
            if (wanted(dw) > h && wanted(snapSizeX(w * MOST)) <= h) {
                while (wanted(dw) > h && dw + STEP <= w * MOST) {
                    dw += STEP;
                }
            }
            // Never narrower again at this size: row after row (↓, C, D) the list kept moving, wide for a short pair and
            // narrow for a long one, and the row being read moved with it (newcomer44). A new size starts afresh.
            if (w != widestFor[0] || h != widestFor[1]) {
                widestFor[0] = w;
                widestFor[1] = h;
                widest = 0;
            }
            dw = snapSizeX(Math.max(dw, widest));
            widest = dw;
            list.resizeRelocate(x, y, w - dw - GAP, h);
            detail.resizeRelocate(x + w - dw, y, dw, h);
        } else {
            double wanted = wanted(w);
            double dh = snapSizeY(Math.max(detail.minHeight(w), Math.min(wanted, h - LIST_MIN - GAP)));
            list.resizeRelocate(x, y, w, h - dh - GAP);
            detail.resizeRelocate(x, y + h - dh, w, dh);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return list.prefHeight(width) + GAP + wanted(width) + snappedTopInset() + snappedBottomInset();
    }

    /** The area's height with its whole content at this width (its content measured, wrapped lines and all). */
    private double wanted(double width) {
        // Measured a scroll bar narrower: what fits so fits whole, and then no scroll bar comes to narrow it.
        double inner = Math.max(0, width - detail.snappedLeftInset() - detail.snappedRightInset() - SCROLL_BAR);
        double content = detail.getContent() == null ? 0 : detail.getContent().prefHeight(inner);
        return Math.ceil(content + detail.snappedTopInset() + detail.snappedBottomInset()) + 2;
    }

    @Override
    protected double computeMinHeight(double width) {
        return LIST_MIN + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return list.prefWidth(height);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}
