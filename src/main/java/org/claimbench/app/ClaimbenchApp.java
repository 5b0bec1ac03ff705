package org.claimbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.claimbench.settings.AppDirs;
import org.claimbench.settings.SettingsStore;
import org.claimbench.settings.UserSettings;
import org.claimbench.settings.WindowLayout;
import org.claimbench.ui.common.Pulses;

/**
 * The desktop app: one window, opened on the last workspace (or the samples on first start).
 *
 * <p>The window opens at once with a plain "Opening Claimbench…" face in the user's theme; the
 * workbench is built meanwhile on a thread of its own (JavaFX lets nodes be made off its thread
 * until they are in a window that shows) and takes the window over once built; the workspace is
 * opened on the background thread as soon as the workbench is built, and the workbench takes the
 * window over once the workspace is open too (or after two seconds), laid out with its first
 * articles in one pass; the lists below the panes are built a frame each after that.
 */
public class ClaimbenchApp extends Application {

    private AppContext context;
    private AppDirs dirs;
    private UserSettings settings;
    private CompletableFuture<AppContext> building;
    private volatile OpeningWorkspace<?> opening;

    @Override
    public void init() {
        StartupTimer.mark("init");
        dirs = AppDirs.detect();
        settings = new SettingsStore(dirs.settingsFile()).load();
    }

    @Override
    public void start(Stage stage) {
        StartupTimer.mark("start");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Image icon = icon();
        // The window opens where and as large as it was for the workspace it opens on.
        Optional<WindowLayout> last = (getParameters().getRaw().size() == 1
                ? Optional.of(Path.of(getParameters().getRaw().get(0)).toAbsolutePath().toString())
                : settings.recentWorkspaces().stream().findFirst()).flatMap(settings::layout);
        double width = last.map(l -> l.width()).filter(w -> w > 200).orElse(1440.0);
        double height = last.map(l -> l.height()).filter(h -> h > 200).orElse(900.0);
        // The scene's fill in the theme's colour too: a dark theme's window never shows a white frame first.
        Scene scene = new Scene(Splash.create(icon, settings.dark()), Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()),
                Splash.background(settings.dark()));
        stage.setScene(scene);
        last.ifPresent(l -> {
            stage.setX(Math.max(screen.getMinX(), Math.min(l.x(), screen.getMaxX() - scene.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(l.y(), screen.getMaxY() - scene.getHeight())));
        });
        stage.setTitle("Claimbench");
        if (icon != null) {
            // The window's icon once decoded; the opening face shows it as soon as it is.
            Runnable useIcon = () -> stage.getIcons().add(icon);
            if (icon.getProgress() >= 1) {
                useIcon.run();
            } else {
                icon.progressProperty().addListener((o, was, now) -> {
                    if (now.doubleValue() >= 1 && !icon.isError()) {
                        useIcon.run();
                    }
                });
            }
        }
        stage.setOnShown(e -> StartupTimer.shown());
        stage.show();
        // Built once the window is there: started sooner, on two cores it held the window up as long as it saved.
        // The workspace starts opening on the background thread as soon as the workbench is built: what the
        // user waits for is the articles in the panes.
        building = AppContext.buildOffFxThread(dirs, settings.dark()).thenApply(built -> {
            openWorkspace(built);
            return built;
        });
        ClassWarmer.start(dirs);
        // The opening face is drawn first; the workbench takes over once it is built and the workspace open,
        // and is laid out with its articles in one pass.
        CompletableFuture<AppContext> ready = building.thenCompose(built -> opening.taken().thenApply(open -> built));
        Pulses.afterNextLayout(scene, () -> ready.whenComplete((built, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                throw new IllegalStateException("The workbench could not be built", failure);
            }
            install(built, stage, scene);
        })));
    }

    private void install(AppContext built, Stage stage, Scene scene) {
        context = built;
        context.workbench().setDocumentOpener(BrowserOpener::open);
        context.install(scene);
        // The scene's fill follows the theme switched in the window (seen for a moment where a resize outruns the layout).
        scene.fillProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> Splash.background(context.model().darkProperty().get()), context.model().darkProperty()));
        stage.titleProperty().bind(context.session().titleProperty());
        StartupTimer.markLayout(scene);
        context.view().setOnListsBuilt(() -> Pulses.afterNextLayout(scene, StartupTimer::listsShown));
        Pulses.afterNextLayout(scene, StartupTimer::ready);
        Pulses.afterNextLayout(scene, ClassWarmer::startLater);
        opening.install(scene);
    }

    /**
     * Opens the workspace given on the command line, else the last one (or the samples), from the
     * thread that built the workbench, whose objects are still its own until handed to the JavaFX
     * thread; the file is read on the background thread, and the window takes it over once the
     * workbench is in the window ({@link OpeningWorkspace}).
     */
    private void openWorkspace(AppContext built) {
        opening = new OpeningWorkspace<>(built.workbench().opened());
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            built.session().open(Path.of(args.get(0)).toAbsolutePath(), opening);
        } else {
            built.session().openAtStartup(opening);
        }
    }

    /** Decoded on a JavaFX loader thread: the window does not wait for it. */
    private static Image icon() {
        var url = ClaimbenchApp.class.getResource("/org/claimbench/ui/claimbench-icon.png");
        return url == null ? null : new Image(url.toExternalForm(), true);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        } else if (building != null) {
            building.thenAccept(AppContext::close);
        }
    }
}
