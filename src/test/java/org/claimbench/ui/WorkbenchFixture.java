package org.claimbench.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimbench.app.AppContext;
import org.claimbench.settings.AppDirs;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;

/** Starts the real main window on a data folder of the test's own, with background work run at once. */
final class WorkbenchFixture {

    final AppContext context;

    private WorkbenchFixture(AppContext context) {
        this.context = context;
    }

    static WorkbenchFixture start(Stage stage, Path home) {
        AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("config"));
        AppContext ctx = new AppContext(dirs, new ImmediateTaskRunner());
        Scene scene = ctx.createScene(1400, 900);
        stage.setScene(scene);
        stage.show();
        ctx.workbench().start();
        return new WorkbenchFixture(ctx);
    }

    Workspace workspace() {
        return context.model().workspace().orElseThrow();
    }

    InlineCssTextArea area(int pane) {
        return context.view().paneViews().get(pane - 1).textArea();
    }

    /** Screen points just inside the first and last characters of a phrase shown in a pane. */
    static Point2D[] dragPoints(InlineCssTextArea area, String phrase) {
        int start = area.getText().indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the pane");
        }
        int end = start + phrase.length();
        Bounds first = area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
        Bounds last = area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow();
        return new Point2D[] {
            new Point2D(first.getMinX() + 1, first.getCenterY()),
            new Point2D(last.getMaxX() - 1, last.getCenterY())
        };
    }

    static Optional<Point2D> middleOf(InlineCssTextArea area, String phrase) {
        int start = area.getText().indexOf(phrase);
        return area.getCharacterBoundsOnScreen(start + phrase.length() / 2, start + phrase.length() / 2 + 1)
                .map(b -> new Point2D(b.getCenterX(), b.getCenterY()));
    }
}
