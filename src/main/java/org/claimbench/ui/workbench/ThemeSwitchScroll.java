package org.claimbench.ui.workbench;

import java.util.List;

import org.claimbench.ui.article.ArticlePaneView;

/** Keeps every pane where it was scrolled to, to the pixel, while the theme is switched. */
final class ThemeSwitchScroll {

    private ThemeSwitchScroll() {
    }

    /**
     * Switching the theme re-applies every style and the text areas lay their lines out anew: each
     * pane is put back on the paragraph it showed at its top, that paragraph as far above or below the
     * pane's top as before (put back with the paragraph's first line at the top, a pane scrolled into a
     * long paragraph moved up to 8 lines at 1024 × 700: newcomer37).
     *
     * <p>While the theme's stylesheet is swapped, the text areas' virtual flows (Flowless) measure their
     * paragraphs once with the text not yet in its own font and keep those heights, so each paragraph
     * would be drawn over the one before it (seen at every switch). Right after that layout, before the
     * frame is drawn, each shown paragraph is laid out again, which makes the flow measure it anew.
     */
    static void install(WorkbenchView view, javafx.beans.value.ObservableValue<Boolean> dark, java.util.function.Consumer<Runnable> afterNextLayout) {
        dark.addListener((o, was, now) -> {
            List<ArticlePaneView> views = view.paneViews();
            if (view.getScene() != null) {
                javafx.scene.Scene scene = view.getScene();
                Runnable[] measureAgain = new Runnable[1];
                measureAgain[0] = () -> {
                    scene.removePostLayoutPulseListener(measureAgain[0]);
                    views.stream().map(ArticlePaneView::textArea).filter(java.util.Objects::nonNull).forEach(area -> {
                        area.lookupAll(".paragraph-box").forEach(n -> ((javafx.scene.Parent) n).requestLayout());
                        area.layout();
                    });
                };
                scene.addPostLayoutPulseListener(measureAgain[0]);
            }
            int[] top = new int[views.size()];
            int[] topChar = new int[views.size()];
            double[] shift = new double[views.size()];
            for (int i = 0; i < views.size(); i++) {
                var area = views.get(i).textArea();
                // -1: the pane shows its light first frame, which keeps its own place; the area that takes over
                // later starts where the light text is (not at the top).
                top[i] = area == null ? -1 : area.getParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
                topChar[i] = area == null || area.getParagraphs().isEmpty() ? -1 : area.hit(1, 1).getInsertionIndex();
                shift[i] = topChar[i] < 0 ? 0 : charTop(area, topChar[i]);
            }
            Runnable restore = () -> {
                for (int i = 0; i < views.size(); i++) {
                    var area = views.get(i).textArea();
                    if (area != null && top[i] >= 0 && top[i] < area.getParagraphs().size()) {
                        area.showParagraphAtTop(top[i]);
                        // The paragraph's first line is now at the top: the line that was at the top goes back there,
                        // measured again after each layout (the paragraphs may be measured anew in the same pulse).
                        for (int pass = 0; pass < 3 && topChar[i] >= 0 && !Double.isNaN(shift[i]); pass++) {
                            area.layout();
                            double drawn = charTop(area, topChar[i]);
                            if (Double.isNaN(drawn) || Math.abs(drawn - shift[i]) < 0.5) {
                                break;
                            }
                            area.scrollYBy(drawn - shift[i]);
                        }
                    }
                }
            };
            // Once after the switch's layout, and once more after the next one: the areas may measure their paragraphs
            // again then (their styles applied a pulse late), which moved the line by a few px.
            afterNextLayout.accept(() -> {
                restore.run();
                afterNextLayout.accept(restore);
            });
        });
    }

    /** How far (px) below the area's top the character at {@code offset} is drawn; NaN when it is not in sight. */
    static double charTop(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area, int offset) {
        int end = Math.min(offset + 1, area.getLength());
        var ch = offset < end ? area.getCharacterBoundsOnScreen(offset, end) : java.util.Optional.<javafx.geometry.Bounds>empty();
        var whole = area.localToScreen(area.getBoundsInLocal());
        return ch.isEmpty() || whole == null ? Double.NaN : ch.get().getMinY() - whole.getMinY();
    }
}
