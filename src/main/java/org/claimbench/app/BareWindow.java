package org.claimbench.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** An empty JavaFX window started the same way as Claimbench: the baseline for the start-up benchmark. */
public final class BareWindow {

    private BareWindow() {
    }

    /** Not the main class itself: an Application main class on the class path will not launch. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            StartupTimer.mark("start");
            stage.setScene(new Scene(new StackPane(), 1440, 900));
            stage.setOnShown(e -> {
                StartupTimer.shown();
                StartupTimer.bareReady();
            });
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
