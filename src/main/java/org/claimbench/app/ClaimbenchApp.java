package org.claimbench.app;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.claimbench.settings.AppDirs;

/** The desktop app: one window, opened on the last workspace (or the samples on first start). */
public class ClaimbenchApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(AppDirs.detect(), null);
        context.workbench().setDocumentOpener(p -> getHostServices().showDocument(p.toUri().toString()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = context.createScene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.setScene(scene);
        stage.titleProperty().bind(context.session().titleProperty());
        var icon = ClaimbenchApp.class.getResourceAsStream("/org/claimbench/ui/claimbench-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setOnShown(e -> StartupTimer.shown());
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            context.session().open(Path.of(args.get(0)).toAbsolutePath(), context.workbench().opened());
        } else {
            context.workbench().start();
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
