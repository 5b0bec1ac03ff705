package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window: marking, linking, undoing, reopening, as a user would. */
class WorkbenchUiTest extends SampleWindowTest {

    static final String PRESS_PHRASE = "hour-long phone conversation";
    static final String KREMLIN_PHRASE = "the Russian president once again made it clear";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @org.junit.jupiter.api.BeforeEach
    void letTheWindowSettle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartShowsTheSamplesWithTwoArticlesSideBySide(FxRobot robot) {
        ListView<?> articles = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(5, articles.getItems().size());
        assertTrue(app.area(1).getText().startsWith("Putin insists to Trump"));
        assertTrue(app.area(2).getText().contains(PRESS_PHRASE));
        assertTrue(robot.lookup("#howToHint").queryLabeled().getText().contains("press 1–5"));
        assertTrue(robot.lookup("#claimInfo-1").queryLabeled().getText().contains("Select text"));
    }

    @Test
    void aSixthSourceIsNamedInEveryHintThatGivesTheKeys(FxRobot robot) {
        robot.interact(() -> app.workspace().addSource("Finnish president", "#336699"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#howToHint").queryLabeled().getText().contains("press 1–6"), robot.lookup("#howToHint").queryLabeled().getText());
        assertTrue(robot.lookup("#claimInfo-1").queryLabeled().getText().contains("press 1–6"));
        assertTrue(robot.lookup("#claimInfo-2").queryLabeled().getText().contains("press 1–6"));
        assertTrue(robot.lookup("#claimsPlaceholder").queryLabeled().getText().contains("press 1–6"));
    }

    @Test
    void selectingWithTheMouseAndPressingTwoMarksAWhiteHouseClaim(FxRobot robot) throws Exception {
        Claim c = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT2);
        assertEquals(PRESS_PHRASE, c.exact());
        assertEquals("White House", app.workspace().source(c.sourceId()).orElseThrow().name());

        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals(PRESS_PHRASE, table.getItems().get(0).quote());
        assertEquals("White House", table.getItems().get(0).source());
        assertTrue(highlighted(app.area(2), app.area(2).getText().indexOf(PRESS_PHRASE) + 3), "the claim is highlighted");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + app.workspace().file());
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.quote, s.name FROM claim c JOIN source s ON s.id = c.source_id")) {
            assertTrue(rs.next(), "the claim is in the database file");
            assertEquals(PRESS_PHRASE, rs.getString(1));
            assertEquals("White House", rs.getString(2));
        }
    }

    @Test
    void undoAndRedoAClaimWithTheKeyboard(FxRobot robot) {
        Claim c = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT5);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().claim(c.id()).isEmpty());
        assertEquals(0, robot.lookup("#claimsTable").queryTableView().getItems().size());
        assertFalse(highlighted(app.area(2), app.area(2).getText().indexOf(PRESS_PHRASE) + 3), "the highlight is gone");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(c, app.workspace().claim(c.id()).orElseThrow());
        assertEquals(1, robot.lookup("#claimsTable").queryTableView().getItems().size());
    }

    @Test
    void twoClaimsSelectedInTheTableAreLinkedWithTheKeyboard(FxRobot robot) {
        Claim kremlin = markWithMouse(robot, 1, KREMLIN_PHRASE, KeyCode.DIGIT1);
        Claim press = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT5);
        robot.clickOn("#claimsTab");
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        assertEquals(java.util.Set.of(kremlin.id(), press.id()),
                app.context.workbench().picked().stream().map(Claim::id).collect(java.util.stream.Collectors.toSet()));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // The dialog says whose each claim is, not only its words.
        String header = ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText();
        assertTrue(header.contains("Kremlin readout: ") && header.contains("Press: "), header);
        // Shift+Enter breaks the note's line; Enter presses OK, as in the dialog's other fields.
        robot.clickOn("#contradictionNote").write("Linked from the table");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("both in one article");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Contradiction> all = app.workspace().contradictions();
        assertEquals(1, all.size(), "Enter made the link");
        assertTrue(all.get(0).involves(kremlin.id()) && all.get(0).involves(press.id()));
        assertEquals("Linked from the table\nboth in one article", all.get(0).note());
    }

    @Test
    void theStatusChosenInTheLinkDialogIsTheStatusSaved(FxRobot robot) throws Exception {
        // newcomer33: "Confirmed" chosen in the dialog came out as Open, four links in a row.
        Claim kremlin = markWithMouse(robot, 1, KREMLIN_PHRASE, KeyCode.DIGIT1);
        Claim press = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT5);
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), KREMLIN_PHRASE).orElseThrow()));
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(2), PRESS_PHRASE).orElseThrow()));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#contradictionStatus");
        robot.clickOn("Confirmed");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        List<Contradiction> all = app.workspace().contradictions();
        assertEquals(1, all.size());
        assertEquals(org.claimbench.domain.ContradictionStatus.CONFIRMED, all.get(0).status());
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Linked a confirmed contradiction (other)"),
                app.context.workbench().statusProperty().get());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + app.workspace().file());
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM contradiction")) {
            assertTrue(rs.next(), "the link is in the database file");
            assertEquals("confirmed", rs.getString(1));
        }
        // One edit: a single undo takes the confirmed link away.
        robot.interact(() -> app.context.workbench().undo());
        assertTrue(app.workspace().contradictions().isEmpty());
        assertTrue(kremlin.id() != press.id());
    }

    @Test
    void twoClaimsFromTwoPanesAreLinkedAsAContradiction(FxRobot robot) {
        Claim kremlin = markWithMouse(robot, 1, KREMLIN_PHRASE, KeyCode.DIGIT1);
        Claim press = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT5);

        Point2D p1 = onFx(() -> WorkbenchFixture.middleOf(app.area(1), KREMLIN_PHRASE).orElseThrow());
        robot.clickOn(p1);
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(2), PRESS_PHRASE).orElseThrow()));
        assertEquals(List.of(kremlin.id(), press.id()), app.context.workbench().picked().stream().map(Claim::id).toList());
        assertTrue(robot.lookup("#claimInfo-2").queryLabeled().getText().contains("Press"));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ContradictionKind> kind = robot.lookup("#contradictionKind").queryComboBox();
        robot.interact(() -> kind.setValue(ContradictionKind.FRAMING));
        robot.clickOn("#contradictionNote").write("Same call, told to opposite effect");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        List<Contradiction> all = app.workspace().contradictions();
        assertEquals(1, all.size());
        assertEquals(ContradictionKind.FRAMING, all.get(0).kind());
        assertEquals("Linked a confirmed contradiction (framing). Ctrl+Z undoes it.", app.context.workbench().statusProperty().get());
        // Linked across two events the articles report, it is allowed and said.
        robot.interact(() -> app.context.workbench().undo());
        long second = app.context.workbench().panes().get(1).article().orElseThrow().id();
        robot.interact(() -> app.workspace().updateArticleMetadata(second,
                app.workspace().article(second).orElseThrow().metadata().withEvent("ferry strike, 2025-02-01")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            app.context.workbench().picked(app.context.workbench().panes().get(0), kremlin);
            app.context.workbench().picked(app.context.workbench().panes().get(1), press);
            app.context.workbench().linking().link(ContradictionKind.OTHER, org.claimbench.domain.ContradictionStatus.OPEN, "");
        });
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Linked a contradiction (other) across two events (“"),
                app.context.workbench().statusProperty().get());
        assertEquals("Same call, told to opposite effect", all.get(0).note());
        assertTrue(all.get(0).involves(kremlin.id()) && all.get(0).involves(press.id()));
        TableView<ContradictionRow> list = robot.lookup("#contradictionsTable").queryTableView();
        assertEquals(1, list.getItems().size());
        assertTrue(robot.lookup("#claimInfo-2").queryLabeled().getText().contains("1 contradiction"));

        // Review: choosing it shows both claims side by side, emphasised.
        robot.clickOn("#contradictionsTab");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertTrue(app.context.workbench().panes().get(0).emphasised().contains(kremlin.id()));
        assertTrue(app.context.workbench().panes().get(1).emphasised().contains(press.id()));
    }

    @Test
    void reviewingAContradictionBringsBothClaimsIntoViewEvenDeepInALongParagraph(FxRobot robot) throws Exception {
        Workspace w = app.workspace();
        String deep = "It has ignored requests and demands";
        String other = "I think it went very well";
        org.claimbench.domain.Article article = w.articles().stream().filter(a -> w.text(a.id()).contains(deep)).findFirst().orElseThrow();
        String text = w.text(article.id());
        long press = w.sourceNamed("Press").orElseThrow().id();
        long whiteHouse = w.sourceNamed("White House").orElseThrow().id();
        Claim a = onFx(() -> w.markClaim(article.id(), new TextSpan(text.indexOf(deep), text.indexOf(deep) + deep.length()), press, "", ""));
        Claim b = onFx(() -> w.markClaim(article.id(), new TextSpan(text.indexOf(other), text.indexOf(other) + other.length()), whiteHouse, "", ""));
        onFx(() -> w.addContradiction(a.id(), b.id(), ContradictionKind.FRAMING, ""));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ContradictionRow> list = robot.lookup("#contradictionsTable").queryTableView();
        robot.clickOn("#contradictionsTab");
        robot.interact(() -> list.getSelectionModel().select(0));
        // Both claims are of one article: it is shown in two panes side by side, each scrolled to its claim, both emphasised
        // (shown once, the second claim of a long article was out of sight).
        app.settle();
        List<org.claimbench.ui.article.ArticlePaneViewModel> showing = onFx(() -> app.context.workbench().panes().stream()
                .filter(p -> p.article().map(x -> x.id() == article.id()).orElse(false)).toList());
        assertEquals(2, showing.size(), "the article is shown in two panes");
        assertTrue(onFx(() -> showing.stream().allMatch(p -> p.emphasised().containsAll(List.of(a.id(), b.id())))), "both claims emphasised");
        InlineCssTextArea first = app.area(app.context.workbench().panes().indexOf(showing.get(0)) + 1);
        InlineCssTextArea second = app.area(app.context.workbench().panes().indexOf(showing.get(1)) + 1);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> visible(first, deep) && visible(second, other)));
    }

    /** Whether a phrase's first and last characters are inside the text area's visible part. */
    private static boolean visible(InlineCssTextArea area, String phrase) {
        int start = area.getText().indexOf(phrase);
        if (start < 0) {
            return false;
        }
        javafx.geometry.Bounds view = area.localToScreen(area.getBoundsInLocal());
        return java.util.stream.IntStream.of(start, start + phrase.length() - 1).allMatch(i -> area.getCharacterBoundsOnScreen(i, i + 1)
                .map(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()).orElse(false));
    }

    @Test
    void everythingIsStillThereAfterReopeningTheWorkspace(FxRobot robot) throws Exception {
        Claim c = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT2);
        Path file = app.workspace().file();
        robot.interact(() -> app.context.session().close());
        assertTrue(app.context.model().workspace().isEmpty());
        // A closed workspace leaves nothing of its articles in the panes.
        assertTrue(app.context.workbench().panes().stream().allMatch(p -> p.article().isEmpty()));
        assertEquals("", app.area(1).getText());
        assertEquals("", app.area(2).getText());
        // The window says what to do next.
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Closed "), app.context.workbench().statusProperty().get());
        javafx.scene.control.Labeled placeholder = (javafx.scene.control.Labeled) robot.lookup("#articleList").queryListView().getPlaceholder();
        assertTrue(placeholder.getText().startsWith("No workspace open"), placeholder.getText());
        robot.interact(() -> app.context.session().open(file, app.context.workbench().opened()));
        assertTrue(placeholder.getText().startsWith("No articles yet"), placeholder.getText());
        assertEquals(c, app.workspace().claim(c.id()).orElseThrow());
        assertEquals(1, robot.lookup("#claimsTable").queryTableView().getItems().size());
        assertTrue(highlighted(app.area(2), app.area(2).getText().indexOf(PRESS_PHRASE) + 3));
    }

    @Test
    void anEarlierVersionIsRestoredFromTheArticleListAndTheClaimFollowsTheText(FxRobot robot) {
        Claim c = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT5);
        long articleId = c.articleId();
        String original = app.workspace().text(articleId);
        robot.interact(() -> app.context.workbench().articleActions().revise(app.workspace().article(articleId).orElseThrow(),
                "Breaking: a correction was added at the top.\n\n" + original, org.claimbench.domain.TextOrigin.EDIT));
        assertEquals(c.start() + 46, app.workspace().claim(c.id()).orElseThrow().start());
        for (int pane = 1; pane <= 2; pane++) {
            ComboBox<org.claimbench.domain.Article> chooser = robot.lookup("#articleChooser-" + pane).queryComboBox();
            String shown = chooser.getButtonCell().getText();
            assertTrue(shown != null && shown.startsWith(app.context.workbench().panes().get(pane - 1).article().orElseThrow().title()),
                    "pane " + pane + " still names its article after another article changed: " + shown);
        }

        javafx.scene.Node cell = robot.lookup("#articleList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> lc
                && lc.getItem() instanceof org.claimbench.domain.Article a && a.id() == articleId).query();
        // Monocle turns no right click into a context-menu request, so the request a right click makes is sent to the cell.
        Point2D at = cell.localToScreen(20, 10);
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(), false, null)));
        robot.clickOn("Earlier versions…");
        ListView<?> versions = robot.lookup("#versionList").queryAs(ListView.class);
        assertEquals(1, versions.getItems().size());
        assertTrue(!robot.lookup("#restoreVersion").queryButton().isDefaultButton(), "Enter does not replace the text: Close is the default");
        robot.clickOn("#restoreVersion");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(original, app.workspace().text(articleId));
        assertEquals(c.span(), app.workspace().claim(c.id()).orElseThrow().span());
        assertEquals(2, app.workspace().versions(articleId).size(), "the text it replaced is kept too");
        assertEquals(original, app.area(2).getText());
    }

    @Test
    void pastingAnArticleAddsItToTheList(FxRobot robot) {
        int before = app.workspace().articles().size();
        robot.interact(() -> app.context.workbench().articleActions().addPasted("Kallas said Europe would not accept a deal made over its head.", "EU reaction"));
        assertEquals(before + 1, app.workspace().articles().size());
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(before + 1, list.getItems().size());
    }

    @Test
    void aBatchWithABadFileImportsTheRestAndNamesTheBadOneInADialog(FxRobot robot) throws Exception {
        Path dir = home.resolve("import-" + System.nanoTime());
        java.nio.file.Files.createDirectories(dir);
        Path good = java.nio.file.Files.writeString(dir.resolve("kallas.txt"), "Kallas said Europe must have a seat at the table.");
        Path bad = java.nio.file.Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 4});
        int before = app.workspace().articles().size();
        robot.interact(() -> app.context.workbench().importFiles(List.of(good, bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, app.workspace().articles().size());
        String message = robot.lookup("#errorMessage").queryLabeled().getText();
        assertTrue(message.contains("'scan.pdf' is not a readable PDF"), message);
        assertTrue(app.context.workbench().statusProperty().get().contains("1 article imported, 1 failed"),
                app.context.workbench().statusProperty().get());
        robot.clickOn("OK");
    }

    @Test
    void theLegendHidesASourcesClaimsInThePanes(FxRobot robot) {
        Claim c = markWithMouse(robot, 2, PRESS_PHRASE, KeyCode.DIGIT2);
        int at = app.area(2).getText().indexOf(PRESS_PHRASE) + 3;
        assertTrue(highlighted(app.area(2), at));
        robot.clickOn("#sourceVisible-2");
        assertFalse(highlighted(app.area(2), at), "hidden sources are not highlighted");
        assertEquals(0, robot.lookup("#claimsTable").queryTableView().getItems().size());
        robot.clickOn("#sourceVisible-2");
        assertTrue(highlighted(app.area(2), at));
        assertEquals(c.id(), ((ClaimRow) robot.lookup("#claimsTable").queryTableView().getItems().get(0)).id());
    }

    /** A claim's colour at a position (a suggestion's dotted underline is not a claim). */
    private static boolean highlighted(InlineCssTextArea area, int position) {
        return area.getStyleAtPosition(position).contains("-rtfx-background-color");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Claim markWithMouse(FxRobot robot, int pane, String phrase, KeyCode key) {
        return app.markWithMouse(robot, pane, phrase, key);
    }

}
