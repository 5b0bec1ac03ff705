package org.claimbench.ui.common;

import javafx.application.Platform;

/** Hands work to the JavaFX thread: at once when already on it, so an edit restyles in the same frame. */
public final class FxThread {

    private FxThread() {
    }

    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
