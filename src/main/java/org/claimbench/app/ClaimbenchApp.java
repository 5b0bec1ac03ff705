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
import org.claimbench.settings.SettingsStore;
import org.claimbench.ui.common.Pulses;

/**
 * The desktop app: one window, opened on the last workspace (or the samples on first start).
 *
 * <p>The window shows at once with a plain "Opening Claimbench…" face in the user's theme; the
 * workbench (a good part of a second of class loading and styling on a cold JVM) is built right
 * after that first frame and takes the window over.
 */
public class ClaimbenchApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        AppDirs dirs = AppDirs.detect();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Image icon = icon();
        org.claimbench.settings.UserSettings settings = new SettingsStore(dirs.settingsFile()).load();
        boolean dark = settings.dark();
        // The window opens where and as large as it was for the workspace it opens on.
        java.util.Optional<org.claimbench.settings.WindowLayout> last = (getParameters().getRaw().size() == 1
                ? java.util.Optional.of(Path.of(getParameters().getRaw().get(0)).toAbsolutePath().toString())
                : settings.recentWorkspaces().stream().findFirst()).flatMap(settings::layout);
        double width = last.map(l -> l.width()).filter(w -> w > 200).orElse(1440.0);
        double height = last.map(l -> l.height()).filter(h -> h > 200).orElse(900.0);
        Scene scene = new Scene(Splash.create(icon, dark), Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        stage.setScene(scene);
        last.ifPresent(l -> {
            stage.setX(Math.max(screen.getMinX(), Math.min(l.x(), screen.getMaxX() - scene.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(l.y(), screen.getMaxY() - scene.getHeight())));
        });
        stage.setTitle("Claimbench");
        if (icon != null) {
            stage.getIcons().add(icon);
        }
        stage.setOnShown(e -> StartupTimer.shown());
        Pulses.afterNextLayout(scene, () -> build(stage, scene, dirs));
        stage.show();
        ClassWarmer.start();
    }

    private void build(Stage stage, Scene scene, AppDirs dirs) {
        context = new AppContext(dirs, null);
        context.workbench().setDocumentOpener(BrowserOpener::open);
        context.install(scene);
        stage.titleProperty().bind(context.session().titleProperty());
        // The workspace is opened once the workbench is laid out: on two cores, reading it alongside
        // would hold up that first layout.
        Pulses.afterNextLayout(scene, () -> {
            StartupTimer.ready();
            openWorkspace();
        });
    }

    private void openWorkspace() {
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            context.session().open(Path.of(args.get(0)).toAbsolutePath(), context.workbench().opened());
        } else {
            context.workbench().start();
        }
    }

    private static Image icon() {
        var in = ClaimbenchApp.class.getResourceAsStream("/org/claimbench/ui/claimbench-icon.png");
        return in == null ? null : new Image(in);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
