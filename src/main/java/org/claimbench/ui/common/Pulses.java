package org.claimbench.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work that waits for a window to lay out what just changed. */
public final class Pulses {

    /** If no layout pulse comes (a scene in no window that shows), the work runs after this long anyway. */
    static final long LATEST_MS = 1000;

    private Pulses() {
    }

    /**
     * Runs work once on the JavaFX thread when the scene's next layout pulse is through: what
     * changed is laid out and handed to the renderer first. A scene that gets no pulse does not
     * hold the work back for more than a second.
     */
    public static void afterNextLayout(Scene scene, Runnable work) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                work.run();
            }
        };
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(once);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
        CompletableFuture.delayedExecutor(LATEST_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener[0]);
            once.run();
        }));
    }

    /**
     * Runs each step in a frame of its own: the first now, each next one once the window has laid out what the one before
     * it changed, and {@code then} once the last step is laid out (a window built in steps answers between them).
     *
     * @param afterNextLayout runs work once the window's next layout pulse is through (e.g. {@link #afterNextLayout})
     */
    public static void inFrames(java.util.List<Runnable> steps, java.util.function.Consumer<Runnable> afterNextLayout, Runnable then) {
        inFrames(steps, 0, afterNextLayout, then);
    }

    private static void inFrames(java.util.List<Runnable> steps, int next, java.util.function.Consumer<Runnable> afterNextLayout, Runnable then) {
        if (next == steps.size()) {
            then.run();
            return;
        }
        long t0 = System.nanoTime();
        steps.get(next).run();
        if (TRACE) {
            // The step's name only when traced: a class name and a pattern per frame is work for nothing otherwise.
            traceStep(steps.get(next).getClass().getSimpleName().replaceAll("\\$\\$Lambda.*", "") + "#" + next, t0);
        }
        afterNextLayout.accept(() -> inFrames(steps, next + 1, afterNextLayout, then));
    }

    private static final boolean TRACE = Boolean.getBoolean("claimbench.startupPhases");

    /**
     * With -Dclaimbench.startupPhases=true, prints a start-up step's time on the JavaFX thread, one line:
     * "frame-step NAME MS-TAKEN AT-MS" (AT-MS since the JVM started), beside the start-up's phases (docs/speed.md).
     */
    public static void traceStep(String name, long startedNanos) {
        if (TRACE) {
            System.out.println("frame-step " + name + " " + (System.nanoTime() - startedNanos) / 1_000_000 + " "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /**
     * Runs work once on the JavaFX thread when the node is in a scene and that scene's next layout
     * pulse is through (see {@link #afterNextLayout}); a node made off the JavaFX thread waits for its
     * scene.
     */
    public static void whenLaidOut(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterNextLayout(node.getScene(), work);
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextLayout(now, work);
                }
            }
        };
        node.sceneProperty().addListener(once);
    }
}
