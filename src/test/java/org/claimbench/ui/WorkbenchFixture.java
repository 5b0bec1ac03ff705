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
        return start(stage, home, new ImmediateTaskRunner());
    }

    /**
     * The window as the app runs it: articles read and suggestions computed on the background
     * thread, their results handed back to the JavaFX thread later (tests wait with {@link #settle}).
     */
    static WorkbenchFixture startWithBackgroundThread(Stage stage, Path home) {
        return start(stage, home, null);
    }

    private static WorkbenchFixture start(Stage stage, Path home, org.claimbench.ui.common.TaskRunner runner) {
        return start(stage, home, runner, 1400, 900);
    }

    /** The window at a size of the test's choosing (background work run at once). */
    static WorkbenchFixture start(Stage stage, Path home, double width, double height) {
        return start(stage, home, new ImmediateTaskRunner(), width, height);
    }

    /** The window at a size of the test's choosing, its background work run by {@code runner}. */
    static WorkbenchFixture start(Stage stage, Path home, org.claimbench.ui.common.TaskRunner runner, double width, double height) {
        AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("config"));
        AppContext ctx = new AppContext(dirs, runner);
        Scene scene = ctx.createScene(width, height);
        stage.setScene(scene);
        stage.show();
        // The test's size whatever an earlier test left the shared stage at (a stage shown once keeps its size when its
        // scene is replaced: a 400 × 100 window hid half the toolbar from the test after it).
        stage.setWidth(width);
        stage.setHeight(height);
        // And the whole window on the headless screen (1600 × 1000, pom.xml): a window an earlier test left lower down ran
        // past the screen's last row, and Monocle's framebuffer threw while composing it ("newPosition > limit"), failing
        // the test after it (SuggestedContradictionsOrderUiTest after ReviewStatusWholeUiTest, stop 61).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        if (stage.getX() < screen.getMinX() || stage.getX() + width > screen.getMaxX()) {
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - width) / 2));
        }
        if (stage.getY() < screen.getMinY() || stage.getY() + height > screen.getMaxY()) {
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - height) / 2));
        }
        // Nor the places an earlier test's dialogs were closed at (DialogPlace keeps them in the window's properties, for as
        // long as the window lives: in the app, the session; here, every test of the JVM).
        stage.getProperties().keySet().removeIf(k -> k instanceof String key && key.startsWith("claimbench.dialogPlace."));
        ctx.workbench().start();
        return new WorkbenchFixture(ctx);
    }

    /**
     * Closes the workspace and opens its file again in the same window, as File › Open of the same file does (the layout is
     * stored at the close and put back at the open), then waits until the window has settled. Call off the JavaFX thread.
     */
    void reopenWorkspace() {
        java.nio.file.Path file = workspace().file();
        onFx(() -> {
            context.session().close();
            context.session().open(file, context.workbench().opened());
            return null;
        });
        settle();
    }

    /** Waits until no background work is left and the JavaFX thread has handled what it handed back. */
    void settle() {
        try {
            for (int quiet = 0; quiet < 3; ) {
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                boolean idle = org.testfx.util.WaitForAsyncUtils.asyncFx(context::idle).get();
                quiet = idle ? quiet + 1 : 0;
                if (!idle) {
                    Thread.sleep(20);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * Marks a phrase shown in a pane as a user does: scrolled into view, dragged over with the mouse, then a key (1–9)
     * pressed; the claim marked. Fails if the drag selected other words or the key marked nothing.
     */
    org.claimbench.domain.Claim markWithMouse(org.testfx.api.FxRobot robot, int pane, String phrase, javafx.scene.input.KeyCode key) {
        selectWithMouse(robot, pane, phrase);
        int before = workspace().claimCount();
        robot.type(key);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, workspace().claimCount(), "pressing " + key + " marked a claim");
        return workspace().claimsOf(context.workbench().panes().get(pane - 1).article().orElseThrow().id()).stream()
                .filter(c -> c.exact().equals(phrase)).findFirst().orElseThrow();
    }

    /**
     * Answers the open topic dialog (T) with {@code topic} and Enter. Headless, the dialog's box needs a click for the keys
     * (on a desktop it has them with its text selected).
     */
    /** Whether a node of a tag bar is its "New source…" button (beside the sources' buttons, where there is room). */
    static boolean newSourceButton(javafx.scene.Node n) {
        return n.getId() != null && n.getId().endsWith("-new");
    }

    /** Accepts the first n suggested claims whose speakers have a source (the claims a test works on; no user action). */
    void acceptClaimsWithASource(org.testfx.api.FxRobot robot, int n) {
        robot.interact(() -> context.workbench().suggestions().acceptAll(context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(n).toList()));
    }

    static void answerTopic(org.testfx.api.FxRobot robot, String topic) {
        javafx.scene.control.TextField editor = onFx(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot().lookup("#topicChoice")).filter(java.util.Objects::nonNull)
                .map(n -> ((javafx.scene.control.ComboBox<?>) n).getEditor()).findFirst().orElseThrow());
        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.write(topic);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the first occurrence of {@code phrase} in pane {@code pane} (1-based) by dragging the mouse over it. */
    void selectWithMouse(org.testfx.api.FxRobot robot, int pane, String phrase) {
        InlineCssTextArea area = area(pane);
        robot.interact(() -> {
            area.moveTo(area.getText().indexOf(phrase));
            area.requestFollowCaret();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Point2D[] points = onFx(() -> dragPoints(area, phrase));
        robot.moveTo(points[0]).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(points[1]).release(javafx.scene.input.MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertEquals(phrase, area.getSelectedText());
    }

    /**
     * The system's file dialogs cannot run headless: file choices that save where {@code answer} says for the name offered,
     * and open nothing.
     */
    static org.claimbench.ui.common.FileChoices savingTo(java.util.function.Function<String, Path> answer) {
        return new org.claimbench.ui.common.FileChoices() {
            @Override
            public Optional<Path> saveFile(javafx.stage.Window owner, String title, String initialName, String description, String pattern) {
                return Optional.of(answer.apply(initialName));
            }

            @Override
            public Optional<Path> folder(javafx.stage.Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(javafx.stage.Window owner, String title,
                                                            java.util.List<javafx.stage.FileChooser.ExtensionFilter> filters) {
                return Optional.empty();
            }
        };
    }

    /**
     * What a cell draws of its text in {@code room} px: the whole text where it fits, else as many of its first characters as
     * fit beside "…" (with the "…"). JavaFX thread.
     */
    static String drawnText(javafx.scene.control.Labeled cell, double room) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(cell.getFont());
        String text = cell.getText() == null ? "" : cell.getText();
        measure.setText(text);
        if (measure.getLayoutBounds().getWidth() <= room) {
            return text;
        }
        int n = text.length();
        do {
            measure.setText(text.substring(0, --n) + "…");
        } while (n > 0 && measure.getLayoutBounds().getWidth() > room);
        return text.substring(0, n) + "…";
    }

    /** Runs work on the JavaFX thread and gives its result (an assertion failing there fails the test). */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the workspace and its suggestions, then brings the suggested claims' list into sight and gives it. */
    javafx.scene.control.TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> claimSuggestionsInSight(org.testfx.api.FxRobot robot)
            throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> context.model().workspace().isPresent());
        settle();
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> context.workbench().suggestions().ready()));
        robot.interact(() -> context.view().focusList(2));
        settle();
        return robot.lookup("#claimSuggestionsTable").queryTableView();
    }
}
