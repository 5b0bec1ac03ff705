package org.claimbench.app;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.claimbench.cli.WorkspaceOption;
import org.claimbench.domain.Article;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Renders the main window with chosen articles side by side to a PNG, with no display needed. */
@Command(name = "screenshot", description = "Render the main window with articles side by side to a PNG and exit (no display needed).")
final class ScreenshotCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
    Path out;

    @Option(names = "--articles", split = ",", paramLabel = "ID,ID", description = "Articles to show side by side (default: the first two).")
    List<Long> articles;

    @Option(names = "--contradiction", paramLabel = "ID", description = "Show this contradiction under review: both claims side by side.")
    Long contradiction;

    @Option(names = "--tab", paramLabel = "NAME", description = "The list shown below the panes: claims, contradictions or suggestions.")
    String tab;

    @Option(names = "--size", defaultValue = "1440x900", description = "Window size, e.g. 1440x900 (default).")
    String size;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--display", description = "Render on the real display instead of the headless platform.")
    boolean display;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width = Integer.parseInt(wh[0].strip());
        int height = Integer.parseInt(wh[1].strip());
        if (!Files.isRegularFile(workspace.file())) {
            throw new WorkspaceException("'" + workspace.file() + "' does not exist.");
        }
        HeadlessFx.start(!display, width, height);
        org.claimbench.cli.TempFolder temp = org.claimbench.cli.TempFolder.create("claimbench-screenshot");
        Path home = temp.path();
        Workspace w = Workspace.open(workspace.file());
        AppContext[] ctxHolder = new AppContext[1];
        try {
            AppContext ctx = HeadlessFx.call(() -> {
                AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("config"));
                AppContext c = new AppContext(dirs, new ImmediateTaskRunner());
                ctxHolder[0] = c;
                c.model().darkProperty().set(dark);
                Stage stage = new Stage();
                Scene scene = c.createScene(width, height);
                stage.setScene(scene);
                stage.show();
                c.model().attach(w);
                c.workbench().showOpened(w);
                // The app reads all claims after its first frame; the picture needs them now (the task runner here is immediate).
                c.model().loadAllClaims();
                showArticles(c, w);
                if (contradiction != null) {
                    c.workbench().showContradiction(c.workbench().contradictions().rows().stream()
                            .filter(r -> r.contradiction().id() == contradiction).findFirst()
                            .orElseThrow(() -> new WorkspaceException("Contradiction " + contradiction + " is not in this workspace.")));
                    c.view().showTab(1);
                }
                return c;
            });
            HeadlessFx.settle(5);
            if (contradiction != null) {
                // The contradiction chosen in its list, as a user reviewing it has it: the row selected.
                HeadlessFx.call(() -> {
                    ctx.view().selectContradiction(contradiction);
                    return null;
                });
                HeadlessFx.settle(5);
            }
            if (tab != null) {
                int index = java.util.List.of("claims", "contradictions", "suggestions").indexOf(tab.toLowerCase(java.util.Locale.ROOT));
                if (index < 0) {
                    throw new IllegalArgumentException("--tab takes claims, contradictions or suggestions");
                }
                HeadlessFx.call(() -> {
                    ctx.view().showTab(index);
                    return null;
                });
            }
            HeadlessFx.settle(15);
            BufferedImage image = HeadlessFx.call(() -> {
                WritableImage snap = ctx.view().getScene().snapshot(null);
                return SwingFXUtils.fromFXImage(snap, null);
            });
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(image, "png", out.toFile());
            System.out.println("wrote " + out + " (" + image.getWidth() + "x" + image.getHeight() + ")");
            return 0;
        } finally {
            // Let go of the workspace on the JavaFX thread first: nothing deferred may read it once it is closed.
            HeadlessFx.call(() -> {
                java.util.Optional.ofNullable(ctxHolder[0]).ifPresent(c -> c.model().attach(null));
                return null;
            });
            w.close();
            HeadlessFx.stop();
            temp.close();
        }
    }

    private void showArticles(AppContext c, Workspace w) {
        if (articles == null || articles.isEmpty()) {
            return;
        }
        List<ArticlePaneViewModel> panes = c.workbench().panes();
        while (panes.size() < Math.min(articles.size(), 4)) {
            c.workbench().addPane();
        }
        for (int i = 0; i < articles.size() && i < panes.size(); i++) {
            long id = articles.get(i);
            Article a = w.article(id).orElseThrow(() -> new WorkspaceException("Article " + id + " is not in this workspace."));
            panes.get(i).show(a, null);
        }
    }
}
