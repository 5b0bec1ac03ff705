package org.claimbench.ui.common;

import javafx.application.Platform;

/** Hands work to the JavaFX thread: at once when already on it, so an edit restyles in the same frame. */
public final class FxThread {

    private FxThread() {
    }

    /**
     * Runs r once the JavaFX thread has handled the event it is handling now (every listener of the same change first); at
     * once off the JavaFX thread (a test's view model).
     */
    public static void afterThisEvent(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            Platform.runLater(r);
        } else {
            r.run();
        }
    }

    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
