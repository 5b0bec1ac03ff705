package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.common.FileChoices;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.claimbench.workspace.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.claimbench.ui.WorkbenchFixture.onFx;

/**
 * The fact-checker's whole job from the keyboard, in the window as the app runs it: a new
 * workspace, the five samples imported, the suggested claims accepted, five suggested
 * contradictions reviewed side by side and confirmed, the report exported; the report holds them.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardJobUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private Path dir;
    /** The user's actions: a key or chord, a word typed, an answer in a file dialog. */
    private int actions;

    @Start
    void start(Stage stage) {
        dir = home.resolve(String.valueOf(System.nanoTime()));
        app = WorkbenchFixture.startWithBackgroundThread(stage, dir);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    /** The system's file dialogs cannot run headless: these answers stand for the user's choice there. */
    private final class Answers implements FileChoices {
        final Path report;
        final List<Path> samples;

        Answers(Path report, List<Path> samples) {
            this.report = report;
            this.samples = samples;
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
            if (title.equals("New workspace")) {
                actions += 2; // a name, Enter
                return Optional.of(report.resolveSibling("desk.claimbench"));
            }
            actions++; // Enter on the name offered
            return Optional.of(report);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Path>> openFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
            actions += 3; // to the samples folder, Ctrl+A, Enter
            return Optional.of(samples);
        }
    }

    @Test
    void theJobFromTheKeyboardEndsInAReportHoldingTheFiveConfirmedContradictions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().isPresent());
        app.settle();
        List<Path> samples = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(samples::add);
        }
        assertEquals(5, samples.size());
        Path report = dir.resolve("desk-report.html");
        List<Path> opened = new ArrayList<>();
        robot.interact(() -> {
            app.context.workbench().setFileChoices(new Answers(report, samples));
            app.context.workbench().setDocumentOpener(p -> opened.add(p) && false);
        });

        // Ctrl+N, a name, Enter: a new, empty workspace, and the window says so at once (the counts and the panes' bylines
        // had kept the sample workspace's).
        key(robot, KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace()
                .map(x -> x.file().getFileName().toString().equals("desk.claimbench")).orElse(false));
        app.settle();
        assertEquals(0, app.workspace().articles().size());
        assertEquals("0 articles · 0 claims · 0 contradictions", robot.lookup("#workspaceCounts").queryLabeled().getText());
        for (var byline : robot.lookup(n -> n.getId() != null && n.getId().startsWith("paneByline-")).queryAllAs(javafx.scene.control.Labeled.class)) {
            assertEquals("", byline.getText(), "a pane with no article says nothing of the last one's: " + byline.getId());
        }

        key(robot, KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().map(w -> w.articles().size() == 5).orElse(false));
        app.settle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()
                && !app.context.workbench().suggestions().claims().isEmpty()));

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Workspace w = app.workspace();
        assertTrue(w.claimCount() > 50, "the suggested claims are marked: " + w.claimCount());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().contradictions().size() >= 5));

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        List<long[]> confirmed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ContradictionSuggestionRow row = onFx(() -> table.getSelectionModel().getSelectedItem());
            List<Long> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().map(a -> a.id()).orElse(-1L)).toList());
            assertTrue(shown.contains(row.a().articleId()) && shown.contains(row.b().articleId()), "the pair seen is the pair judged: " + shown);
            confirmed.add(new long[] {row.a().id(), row.b().id()});
            key(robot, KeyCode.A);
        }
        assertEquals(5, w.contradictions().stream().filter(x -> x.status() == ContradictionStatus.CONFIRMED).count());

        key(robot, KeyCode.CONTROL, KeyCode.R);
        robot.lookup("#reportTitle").queryTextInputControl();
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(report));
        app.settle();
        assertEquals(List.of(report), opened, "the report was handed to the browser");
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.contains(report.toString()) && status.contains("No browser opened the report"), status);
        assertTrue(robot.lookup("#copyWrittenPath").query().isVisible(), "its path can be copied");

        Document doc = Jsoup.parse(Files.readString(report));
        for (long[] pair : confirmed) {
            Contradiction x = w.contradictionsOf(pair[0]).stream().filter(c -> c.involves(pair[1])).findFirst().orElseThrow();
            Element section = doc.getElementById("contradiction-" + x.id());
            assertTrue(section != null, "the report holds contradiction " + x.id());
            assertTrue(section.text().contains("Confirmed"), section.text());
            for (long id : pair) {
                String quote = w.claim(id).orElseThrow().exact().replaceAll("\\s+", " ");
                assertTrue(section.text().contains(quote.substring(0, Math.min(40, quote.length()))), "with both quotes: " + quote);
            }
        }
        System.out.println("KeyboardJobUiTest: the job took " + actions + " actions");
        assertTrue(actions <= 30, "the job took " + actions + " actions");
    }

    private void key(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        List<KeyCode> reverse = new ArrayList<>(List.of(chord));
        java.util.Collections.reverse(reverse);
        robot.release(reverse.toArray(KeyCode[]::new));
        actions++;
        app.settle();
    }

}
