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
        // Each pane's place as last laid out, measured after the pulse that moved it: by the time this class hears of the
        // switch, listeners heard before it (the panes' restyle for the theme) may have moved the text already, which put
        // the line back 9 px higher at every second switch.
        java.util.Map<Object, Place> places = new java.util.WeakHashMap<>();
        Runnable record = () -> {
            if (HoldPlace.current != null) {
                return;
            }
            for (ArticlePaneView v : view.paneViews()) {
                var area = v.textArea();
                if (area != null && !area.getParagraphs().isEmpty()) {
                    Place was = places.get(area);
                    if (was == null || !was.sameLayout(area)) {
                        try {
                            places.put(area, Place.of(area));
                        } catch (RuntimeException notLaidOut) {
                            // No paragraph in sight yet (an area of no height): measured at a later pulse.
                            places.remove(area);
                        }
                    }
                }
            }
        };
        view.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(record);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(record);
            }
        });
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
                Place known = area == null ? null : places.get(area);
                if (known != null) {
                    top[i] = known.paragraph;
                    topChar[i] = known.character;
                    shift[i] = known.shift;
                    continue;
                }
                top[i] = area == null ? -1 : area.getParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
                topChar[i] = area == null || area.getParagraphs().isEmpty() ? -1 : topLeftCharacter(area);
                shift[i] = topChar[i] < 0 ? 0 : charTop(area, topChar[i]);
            }
            boolean[] putBack = new boolean[views.size()];
            Runnable restore = () -> {
                for (int i = 0; i < views.size(); i++) {
                    var area = views.get(i).textArea();
                    if (area == null || top[i] < 0 || top[i] >= area.getParagraphs().size()) {
                        continue;
                    }
                    area.layout();
                    double drawn = topChar[i] < 0 ? Double.NaN : charTop(area, topChar[i]);
                    if (!putBack[i] || Double.isNaN(drawn)) {
                        // First time, or the line is out of sight: the paragraph's first line at the top, then the line.
                        area.showParagraphAtTop(top[i]);
                        putBack[i] = true;
                    }
                    // The line that was at the top goes back there, measured again after each layout (the paragraphs may
                    // be measured anew in the same pulse).
                    for (int pass = 0; pass < 6 && topChar[i] >= 0 && !Double.isNaN(shift[i]); pass++) {
                        area.layout();
                        drawn = charTop(area, topChar[i]);
                        if (Double.isNaN(drawn) || Math.abs(drawn - shift[i]) < 0.5) {
                            break;
                        }
                        area.scrollYBy(drawn - shift[i]);
                    }
                }
            };
            // Once after the switch's layout, then after every layout for a while: the areas measure their paragraphs
            // again a pulse or more later (their styles and fonts applied late, more pulses late in a busy JVM), and each
            // new measure moved the line by up to 9 px. Put back until the user scrolls, clicks or types there, or 2 s pass.
            afterNextLayout.accept(() -> {
                restore.run();
                if (view.getScene() != null) {
                    HoldPlace.after(view.getScene(), restore, 2000);
                }
            });
        });
    }

    /**
     * The character at the area's top left that is drawn: the one the hit finds there, or, where RichTextFX gives that one
     * no bounds on screen, the first of the next few that has some. A place measured on a character without bounds had no
     * pixel offset, and the switch then put the paragraph's first line at the top: after a start in the dark theme, the
     * first switch moved a pane scrolled by the wheel 19 px (Xvfb) or a line (ThemeSwitchKeepsScrollUiTest) (round ui41).
     */
    static int topLeftCharacter(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
        int hit = area.hit(1, 1).getInsertionIndex();
        for (int k = 0; k < 8 && hit + k < area.getLength(); k++) {
            if (!Double.isNaN(charTop(area, hit + k))) {
                return hit + k;
            }
        }
        return hit;
    }

    /** How far (px) below the area's top the character at {@code offset} is drawn; NaN when it is not in sight. */
    static double charTop(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area, int offset) {
        int end = Math.min(offset + 1, area.getLength());
        var ch = offset < end ? area.getCharacterBoundsOnScreen(offset, end) : java.util.Optional.<javafx.geometry.Bounds>empty();
        var whole = area.localToScreen(area.getBoundsInLocal());
        return ch.isEmpty() || whole == null ? Double.NaN : ch.get().getMinY() - whole.getMinY();
    }

    /**
     * Where an area's text stands: the paragraph at its top, the character at its top left and how far (px) below the
     * area's top that character is drawn; with the scroll, width and height estimate it was measured at.
     */
    private record Place(int paragraph, int character, double shift, double scrollY, double width, double total) {

        static Place of(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
            int character = topLeftCharacter(area);
            Double y = area.estimatedScrollYProperty().getValue();
            Double h = area.totalHeightEstimateProperty().getValue();
            return new Place(area.firstVisibleParToAllParIndex(), character, charTop(area, character),
                    y == null ? Double.NaN : y, area.getWidth(), h == null ? Double.NaN : h);
        }

        /** Whether the area is still scrolled and measured as when this was taken (nothing to measure again). */
        boolean sameLayout(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
            Double y = area.estimatedScrollYProperty().getValue();
            Double h = area.totalHeightEstimateProperty().getValue();
            return y != null && h != null && scrollY == y && width == area.getWidth() && total == h
                    && !Double.isNaN(shift);
        }
    }

    /** Runs a put-back after every layout pulse of a scene until the user acts in it or a time is up. */
    static final class HoldPlace {

        private static HoldPlace current;

        private final javafx.scene.Scene scene;
        private final Runnable putBack;
        private final Runnable onPulse;
        private final javafx.event.EventHandler<javafx.event.Event> userActs;
        private boolean over;

        private HoldPlace(javafx.scene.Scene scene, Runnable putBack) {
            this.scene = scene;
            this.putBack = putBack;
            // After the pulse, not in it: a scroll asked during the pulse's own layout would be laid out a pulse late.
            this.onPulse = () -> javafx.application.Platform.runLater(() -> {
                if (!over) {
                    this.putBack.run();
                }
            });
            this.userActs = e -> end();
        }

        /** Starts holding (ending the hold of an earlier switch); ends after {@code ms} milliseconds at the latest. */
        static void after(javafx.scene.Scene scene, Runnable putBack, long ms) {
            if (current != null) {
                current.end();
            }
            HoldPlace hold = new HoldPlace(scene, putBack);
            current = hold;
            scene.addPostLayoutPulseListener(hold.onPulse);
            scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, hold.userActs);
            scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, hold.userActs);
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, hold.userActs);
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
            later.setOnFinished(e -> hold.end());
            later.play();
        }

        private void end() {
            if (over) {
                return;
            }
            over = true;
            scene.removePostLayoutPulseListener(onPulse);
            scene.removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, userActs);
            scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, userActs);
            scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, userActs);
            if (current == this) {
                current = null;
            }
        }
    }
}
