package org.claimbench.ui.article;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.claimbench.ui.common.Pulses;

/**
 * RichTextFX's area built for a pane that shows its light first frame ({@link LightArticleText}):
 * made on another thread (RichTextFX's classes loaded there, not on the JavaFX thread, which the
 * user's first press would wait for), handed over on the JavaFX thread, one pane a frame; and, when it cannot be
 * built, the notice the pane shows instead.
 */
final class AreaBuild {

    /** Makes a pane's area (its index); a test may put a maker that fails here. */
    static IntFunction<RichArticleText> maker = RichArticleText::new;
    /** Set while a pane's area took over in the frame being made (JavaFX thread only). */
    private static boolean tookOverThisFrame;

    private AreaBuild() {
    }

    /**
     * Makes the area of pane {@code index} (in {@code scene}) on another thread, then on the JavaFX thread gives it to
     * {@code made}, not in the same frame as another pane's; if it fails there, it is made once more on the JavaFX thread, and if that fails
     * too, {@code failed} is given the error (RuntimeException or LinkageError, e.g. a class missing).
     */
    static void offThread(int index, Scene scene, Consumer<RichArticleText> made, Consumer<Throwable> failed) {
        IntFunction<RichArticleText> make = maker;
        CompletableFuture.supplyAsync(() -> make.apply(index)).whenComplete((area, error) -> Platform.runLater(() -> {
            if (area != null) {
                oneAFrame(scene, () -> made.accept(area));
                return;
            }
            RichArticleText again;
            try {
                again = make.apply(index);
            } catch (RuntimeException | LinkageError e) {
                failed.accept(e);
                return;
            }
            made.accept(again);
        }));
    }

    /**
     * Runs a pane's takeover now, or, if another pane's area took over in the frame being made, once that
     * frame is laid out (the panes' areas are made at the same time: taking over together, their first layout
     * was one frame of 100–370 ms on the JavaFX thread, docs/speed.md round 10).
     */
    private static void oneAFrame(Scene scene, Runnable takeOver) {
        if (tookOverThisFrame) {
            Pulses.afterNextLayout(scene, () -> oneAFrame(scene, takeOver));
            return;
        }
        tookOverThisFrame = true;
        Pulses.afterNextLayout(scene, () -> tookOverThisFrame = false);
        long t0 = System.nanoTime();
        takeOver.run();
        Pulses.traceStep("areaTakeOver", t0);
    }

    /** What the pane says when its area could not be built or take over: what still works, what to do. */
    static Label notice(int index, Throwable error) {
        System.getLogger("claimbench").log(System.Logger.Level.ERROR, "the article's text area could not be built", error);
        Label notice = new Label("The full text view could not be opened (" + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()) + "). You can still read, select and "
                + "mark the first " + String.format("%,d", LightArticleText.MOST) + " characters here; every claim is "
                + "saved as you make it. Restart Claimbench to get the full view back.");
        notice.setId("textNotice-" + index);
        notice.getStyleClass().add("pane-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return notice;
    }
}
