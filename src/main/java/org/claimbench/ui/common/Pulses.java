package org.claimbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for a window to lay out what just changed. */
public final class Pulses {

    private Pulses() {
    }

    /**
     * Runs work on the JavaFX thread once the scene's next layout pulse is through: what changed
     * is laid out and handed to the renderer first.
     */
    public static void afterNextLayout(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
