package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.FileChoices;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs as newcomer35 met them: the window has the keyboard again after a system file dialog closes; the link
 * dialog offers Confirmed and opens where it was; Article details shows the inferred event as what it is, and dates in
 * ISO 8601.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsAsUsedUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            app.context.close();
        }).get();
    }

    @Test
    void afterASaveDialogIsCancelledTheWindowHasTheKeyboardAndTheArticleMenuActsOnThePaneWorkedIn(FxRobot robot) {
        app.settle();
        // A system dialog that closes and leaves the focus elsewhere (under X with no window manager: nowhere), as the
        // report's save dialog did when newcomer35 pressed Escape in it.
        Stage[] elsewhere = new Stage[1];
        robot.interact(() -> app.context.workbench().setFileChoices(new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description, String pattern) {
                elsewhere[0] = new Stage();
                elsewhere[0].setScene(new javafx.scene.Scene(new Label("elsewhere"), 200, 100));
                elsewhere[0].show();
                elsewhere[0].requestFocus();
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<java.util.List<Path>> openFiles(Window owner, String title, java.util.List<javafx.stage.FileChooser.ExtensionFilter> f) {
                return Optional.empty();
            }
        }));
        Article worked = onFx(() -> app.context.workbench().panes().get(1).article().orElseThrow());
        robot.clickOn(app.area(2));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> elsewhere[0] != null && elsewhere[0].isShowing()), "the save dialog was asked");
        assertTrue(onFx(stage::isFocused), "the window has the keyboard again once the dialog is closed");
        int panes = onFx(() -> app.context.workbench().panes().size());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(panes + 1, onFx(() -> app.context.workbench().panes().size()), "a key reaches the window (Ctrl+T added a pane)");

        // The pane worked in is still the one the Article menu acts on, whatever has had the focus since.
        robot.interact(() -> app.context.workbench().activePaneProperty().set(app.context.workbench().panes().get(1)));
        robot.interact(() -> elsewhere[0].requestFocus());
        robot.clickOn("#articleMenu").clickOn("#menuArticleEditDetails");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(), "Edit details… opened its dialog");
        TextField title = robot.lookup("#metaTitle").queryAs(TextField.class);
        assertEquals(worked.metadata().title(), title.getText(), "on the article of the pane worked in");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void linkingTwoClaimsByHandOffersConfirmedAndTheDialogOpensWhereItWas(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        long left = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        long right = onFx(() -> app.context.workbench().panes().get(1).article().orElseThrow().id());
        long source = onFx(() -> app.context.model().sources().get(0).id());
        long other = onFx(() -> app.context.model().sources().get(1).id());
        Claim shortA = onFx(() -> w.markClaim(left, words(w.text(left), 0, 12), source, "", ""));
        Claim shortB = onFx(() -> w.markClaim(right, words(w.text(right), 0, 12), other, "", ""));
        Claim longA = onFx(() -> w.markClaim(left, words(w.text(left), 200, 110), source, "", ""));
        Claim longB = onFx(() -> w.markClaim(right, words(w.text(right), 200, 110), other, "", ""));
        app.settle();

        double[] first = linkAndPlace(robot, shortA, shortB);
        double[] windowMiddle = onFx(() -> new double[] {stage.getX() + stage.getWidth() / 2, stage.getY() + stage.getHeight() / 2});
        assertEquals(windowMiddle[0], first[0] + first[2] / 2, 2, "first opened centred on the window, across");
        assertEquals(windowMiddle[1], first[1] + first[3] / 2, 2, "and down");
        double[] second = linkAndPlace(robot, longA, longB);
        assertEquals(first[0], second[0], 1, "opened where it was, though its quotes are longer");
        assertEquals(first[1], second[1], 1);

        assertEquals(2, w.contradictions().size());
        assertTrue(w.contradictions().stream().allMatch(c -> c.status() == ContradictionStatus.CONFIRMED),
                "linked by hand and OK pressed: confirmed, the user has judged them");
    }

    @Test
    void articleDetailsShowsTheInferredEventAsAPromptAndStoresOnlyATypedOne(FxRobot robot) throws Exception {
        app.settle();
        Workspace w = app.workspace();
        Article a = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        // An article with no event of its own: the one inferred from its text stands.
        onFx(() -> {
            w.updateArticleMetadata(a.id(), a.metadata().withEvent(""));
            return null;
        });
        app.settle();
        String inferred = onFx(() -> app.context.workbench().articleActions().inferredEvent(a));
        openDetails(robot);
        TextField event = robot.lookup("#metaEvent").queryAs(TextField.class);
        Label help = robot.lookup("#metaEventHelp").queryAs(Label.class);
        assertEquals("", event.getText(), "no value the user did not type");
        if (!inferred.isEmpty()) {
            assertEquals("inferred from the text: " + inferred, event.getPromptText());
            assertTrue(help.getText().startsWith("Inferred from the text: " + inferred), help.getText());
        }
        robot.type(KeyCode.ENTER);
        app.settle();
        assertEquals("", onFx(() -> articleById(a.id()).metadata().event()), "OK with the field left empty stores no event");

        openDetails(robot);
        robot.clickOn("#metaEvent").write("Harbour talks, 2026-11-30");
        assertTrue(robot.lookup("#metaEventHelp").queryAs(Label.class).getText().startsWith("Set for this article"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        app.settle();
        assertEquals("Harbour talks, 2026-11-30", onFx(() -> articleById(a.id()).metadata().event()));

        // Events inferred again (as a suggestions' run does): the article is grouped under the user's event. Typing another
        // one, the dialog does not call the earlier typed words what the text gives.
        org.claimbench.workspace.ContradictionInputs.inferEvents(w);
        openDetails(robot);
        robot.clickOn("#metaEvent").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Harbour summit");
        String said = robot.lookup("#metaEventHelp").queryAs(Label.class).getText();
        assertTrue(said.startsWith("Set for this article"), said);
        assertFalse(said.contains("Harbour talks"), "the user's earlier event is not what the text gives: " + said);
        robot.type(KeyCode.ESCAPE);
        app.settle();
    }

    @Test
    void theEventFieldOffersTheEventsOtherArticlesReport(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Article a = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        Article other = onFx(() -> w.articles().stream().filter(x -> x.id() != a.id()).findFirst().orElseThrow());
        onFx(() -> {
            w.updateArticleMetadata(other.id(), other.metadata().withEvent("Harbour talks, 2026-11-30"));
            w.updateArticleMetadata(a.id(), a.metadata().withEvent(""));
            return null;
        });
        app.settle();
        openDetails(robot);
        robot.clickOn("#metaEvent").write("Harb");
        robot.type(KeyCode.DOWN);
        app.settle();
        robot.type(KeyCode.ENTER);
        app.settle();
        if (dialogOpen()) {
            // Enter took the event into the field; OK stores it.
            robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                    .queryAs(javafx.scene.control.Button.class));
            app.settle();
        }
        assertEquals("Harbour talks, 2026-11-30", onFx(() -> articleById(a.id()).metadata().event()),
                "four letters and ↓, Enter: the event another article reports, not typed again");
    }

    @Test
    void datesReadTheSameInTheDetailsDialogThePaneAndTheArticleList(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        Article a = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        onFx(() -> {
            w.updateArticleMetadata(a.id(), a.metadata().withPublished(LocalDate.of(2026, 11, 30)));
            return null;
        });
        app.settle();
        assertTrue(robot.lookup("#paneByline-1").queryLabeled().getText().contains("2026-11-30"), robot.lookup("#paneByline-1").queryLabeled().getText());
        assertTrue(robot.lookup("#articleList .list-cell .muted").queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .anyMatch(t -> t != null && t.contains("2026-11-30")), "the article list says it the same way");
        DatePicker date = openDetails(robot);
        assertEquals("2026-11-30", date.getEditor().getText(), "the details dialog says it the same way");
        robot.clickOn(date.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write("2026-12-01");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        app.settle();
        assertFalse(dialogOpen(), "OK took the date");
        assertEquals(LocalDate.of(2026, 12, 1), articleById(a.id()).metadata().published(), "ISO typed is read");
        assertTrue(robot.lookup("#paneByline-1").queryLabeled().getText().contains("2026-12-01"));
    }

    /** Picks the two claims, links them with Ctrl+L and OK; the dialog's x, y, width and height as it opened. */
    private double[] linkAndPlace(FxRobot robot, Claim a, Claim b) {
        robot.interact(() -> app.context.workbench().picked().setAll(a, b));
        robot.clickOn("#claimsTable");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // The link dialog's own window (the one holding its status box), not another window an earlier test left showing.
        Window dialog = onFx(() -> Window.getWindows().stream().filter(x -> x != stage && x.isShowing() && x.getScene() != null
                && x.getScene().getRoot().lookup("#contradictionStatus") != null).findFirst().orElseThrow());
        // The window system sizes a dialog after showing it and the dialog is centred again as its size settles: read its
        // place once it has stopped moving (two readings apart, at most three seconds).
        double[] place = onFx(() -> new double[] {dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()});
        for (long until = System.nanoTime() + 3_000_000_000L; System.nanoTime() < until; ) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            double[] again = onFx(() -> new double[] {dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()});
            if (java.util.Arrays.equals(place, again)) {
                break;
            }
            place = again;
        }
        ComboBox<?> status = robot.lookup("#contradictionStatus").queryComboBox();
        assertEquals(ContradictionStatus.CONFIRMED, status.getValue(), "the status offered");
        robot.type(KeyCode.ENTER);
        app.settle();
        return place;
    }

    /** A span of whole words of {@code text} from the first word at or after {@code from}, at least {@code length} long. */
    private static TextSpan words(String text, int from, int length) {
        int start = from == 0 ? 0 : text.indexOf(' ', from) + 1;
        int end = text.indexOf(' ', start + length);
        return new TextSpan(start, end);
    }

    private DatePicker openDetails(FxRobot robot) {
        robot.clickOn("#paneMenu-1");
        robot.clickOn("Edit details…");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#metaPublished").queryAs(DatePicker.class);
    }

    private static boolean dialogOpen() {
        return onFx(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".dialog-pane") != null));
    }

    private Article articleById(long id) {
        return onFx(() -> app.context.model().articles().stream().filter(x -> x.id() == id).findFirst().orElseThrow());
    }
}
