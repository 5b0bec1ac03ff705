package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;


import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.sources.SourceRow;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smaller things users hit (issue 14 item 13). */
class SmallThingsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPastedArticleOpensInAPaneAndTheOtherPaneKeepsItsArticle(FxRobot robot) {
        Article right = app.context.workbench().panes().get(1).article().orElseThrow();
        robot.interact(() -> app.context.workbench().activePaneProperty().set(app.context.workbench().panes().get(0)));
        robot.interact(() -> app.context.workbench().articleActions().addPasted("Kallas said Europe would not accept a deal made over its head.", "EU reaction"));
        assertEquals("EU reaction", app.context.workbench().panes().get(0).article().orElseThrow().title(), "the new article is shown");
        assertTrue(app.area(1).getText().startsWith("Kallas said"));
        for (int pane = 1; pane <= 2; pane++) {
            ComboBox<Article> chooser = robot.lookup("#articleChooser-" + pane).queryComboBox();
            String shown = chooser.getButtonCell().getText();
            assertTrue(shown != null && shown.startsWith(app.context.workbench().panes().get(pane - 1).article().orElseThrow().title()),
                    "pane " + pane + "'s box names its article: " + shown);
        }
        assertEquals(right, app.context.workbench().panes().get(1).article().orElseThrow());
        assertEquals("Pasted article “EU reaction” added and shown.", app.context.workbench().statusProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // The pane shows it and the status line says so: no notice over the claims table as well (newcomer35).
        assertTrue(robot.lookup("#noticeMessage").queryAll().isEmpty(), "no notice for a pasted article");
    }

    @Test
    void theStatusBarKeepsItsHeightWhenItsButtonsComeAndGo(FxRobot robot) {
        javafx.scene.layout.Region bar = robot.lookup("#statusBar").queryAs(javafx.scene.layout.Region.class);
        WaitForAsyncUtils.waitForFxEvents();
        double before = bar.getHeight();
        robot.interact(() -> app.context.workbench().writtenFileProperty().set(java.nio.file.Path.of("/tmp/report.html")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#copyWrittenPath").query().isVisible());
        assertEquals(before, bar.getHeight(), 0.5, "the panes above do not jump when Copy path (or Cancel) shows");
    }

    @Test
    void aNewSourceIsSeenInTheLegendWithoutScrolling(FxRobot robot) {
        robot.interact(() -> app.context.workbench().legend().add("NATO"));
        robot.interact(() -> app.context.workbench().legend().add("China"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SourceRow> legend = robot.lookup("#sourceList").queryAs(ListView.class);
        assertEquals(7, legend.getItems().size());
        assertTrue(legend.lookupAll(".scroll-bar").stream().noneMatch(s -> s instanceof ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible()), "all seven sources without scrolling");
        assertTrue(robot.lookup("#sourceList .list-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof SourceRow r && r.source().name().equals("China") && c.isVisible()));
    }

    @Test
    void theAddSourceButtonStaysWhereItWasSoASecondClickLandsOnIt(FxRobot robot) {
        int sources = app.workspace().sources().size();
        app.settle();
        javafx.geometry.Bounds first = robot.lookup("#addSource").query().localToScreen(robot.lookup("#addSource").query().getBoundsInLocal());
        javafx.geometry.Point2D spot = new javafx.geometry.Point2D(first.getCenterX(), first.getCenterY());
        for (String name : List.of("Harbour board", "Port authority")) {
            // Clicked where the user found it the first time, not looked up again.
            robot.clickOn(spot);
            robot.clickOn("#sourceNameField").write(name);
            robot.type(KeyCode.ENTER);
            app.settle();
        }
        assertEquals(sources + 2, app.workspace().sources().size(), "both clicks on the same spot added a source");
        javafx.geometry.Bounds now = robot.lookup("#addSource").query().localToScreen(robot.lookup("#addSource").query().getBoundsInLocal());
        assertEquals(first.getMinX(), now.getMinX(), 0.5);
        assertEquals(first.getMinY(), now.getMinY(), 0.5, "the button did not move as the list grew");
    }

    @Test
    void aLongTopicInTheFilterLeavesTheSearchBoxItsRoom(FxRobot robot) {
        Workspace w = app.workspace();
        robot.interact(() -> {
            Article a = app.context.workbench().panes().get(0).article().orElseThrow();
            Claim c = w.markClaim(a.id(), new TextSpan(0, 20), w.sourceNamed("Press").orElseThrow().id(), "", "");
            w.setTopic(List.of(c.id()), "What exactly did the two presidents say about a ceasefire in Ukraine and when?");
            app.context.view().focusList(0);
            app.context.workbench().claims().topicFilter().set("What exactly did the two presidents say about a ceasefire in Ukraine and when?");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        assertTrue(search.getWidth() >= search.prefWidth(-1) - 1, "the search box keeps its width: " + search.getWidth());
        assertEquals(1, robot.lookup("#claimsTable").queryTableView().getItems().size());
    }

    @Test
    void theTextEditorShowsTheClaimsInTheirColoursAsTheEditorTypes(FxRobot robot) {
        Workspace w = app.workspace();
        Article a = app.context.workbench().panes().get(1).article().orElseThrow();
        String text = w.text(a.id());
        int at = text.indexOf(WorkbenchUiTest.PRESS_PHRASE);
        robot.interact(() -> w.markClaim(a.id(), new TextSpan(at, at + WorkbenchUiTest.PRESS_PHRASE.length()),
                w.sourceNamed("White House").orElseThrow().id(), "", ""));
        InlineCssTextArea editor = openTextEditor(robot, a);
        assertTrue(editor.getStyleAtPosition(at + 3).contains("#0072B2"), "the claim is drawn in the White House's colour");
        assertTrue(!editor.getStyleAtPosition(at - 5).contains("background"), "the words around it are plain");
        robot.interact(() -> editor.insertText(0, "Updated: "));
        assertTrue(editor.getStyleAtPosition(at + 9 + 3).contains("#0072B2"), "the colour moves with the words");
        assertTrue(!editor.getStyleAtPosition(3).contains("background"), "new words come plain");
        int inside = at + 9 + 4;
        robot.interact(() -> editor.insertText(inside, "xyz "));
        for (int i = inside; i < inside + 4; i++) {
            assertTrue(editor.getStyleAtPosition(i + 1).contains("#0072B2"), "words typed inside the claim take its colour: " + i);
        }
        robot.clickOn("Cancel");
        assertEquals(text, w.text(a.id()), "cancelled: the text is as it was");
    }

    @Test
    void aDoubleClickInTheTextEditorSelectsTheWordAndNotTheBlankBeforeIt(FxRobot robot) {
        Article a = app.context.workbench().panes().get(1).article().orElseThrow();
        InlineCssTextArea editor = openTextEditor(robot, a);
        String text = editor.getText();
        // A word of five letters or more after a blank, on the first line shown.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" ([A-Za-z]{5,})\\b").matcher(text);
        assertTrue(m.find());
        int start = m.start(1);
        // On the word's first letter, at its left edge: where the blank before it was taken too (newcomers, stops 46 and 47).
        javafx.geometry.Bounds letter = WorkbenchFixture.onFx(() -> editor.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
        robot.moveTo(new Point2D(letter.getMinX() + 1, letter.getCenterY())).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(m.group(1), WorkbenchFixture.onFx(editor::getSelectedText), "the word double-clicked, nothing around it");
        robot.clickOn("Cancel");
    }

    /** Article list › right-click the article › Edit text…: the editor. */
    static InlineCssTextArea openTextEditor(FxRobot robot, Article a) {
        javafx.scene.Node cell = robot.lookup("#articleList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> lc
                && lc.getItem() instanceof Article x && x.id() == a.id()).query();
        Point2D p = cell.localToScreen(20, 10);
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, p.getX(), p.getY(), false, null)));
        robot.clickOn("Edit text…");
        InlineCssTextArea editor = robot.lookup("#articleTextEditor").query();
        return editor;
    }

    @Test
    void theLineUnderThePaneAndTheStatusBarFollowUndoAndRedo(FxRobot robot) {
        Workspace w = app.workspace();
        var pane = app.context.workbench().panes().get(1);
        robot.interact(() -> {
            String text = w.text(pane.article().orElseThrow().id());
            int at = text.indexOf(WorkbenchUiTest.PRESS_PHRASE);
            pane.selectionProperty().set(new TextSpan(at, at + WorkbenchUiTest.PRESS_PHRASE.length()));
            app.context.workbench().tag(pane, w.sourceNamed("White House").orElseThrow());
        });
        assertTrue(robot.lookup("#claimInfo-2").queryLabeled().getText().startsWith("● White House"), "the line names the new claim");
        robot.clickOn(app.area(1));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.claims().isEmpty());
        assertEquals(org.claimbench.ui.article.ArticlePaneView.hint(5), robot.lookup("#claimInfo-2").queryLabeled().getText(),
                "undone, the line no longer describes a claim that is gone");
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.startsWith("Undid: Mark claim of White House"), status);
        assertEquals("Redo mark claim of White House", ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query())
                .getMenus().get(1).getItems().get(1).getText(), "the redo menu names the action");
        assertTrue(robot.lookup("#workspaceCounts").queryLabeled().getText().contains("0 claims"), "the counts follow");
    }

    @Test
    void theArticleFilterListsAllArticlesFirstWhichShowsThemAllAgain(FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Article> box = robot.lookup("#claimsArticleFilter").queryAs(javafx.scene.control.ComboBox.class);
        Article one = app.context.model().articles().get(0);
        robot.interact(() -> box.getSelectionModel().select(one));
        assertEquals(one, app.context.workbench().claims().articleFilter().get());
        assertEquals(null, box.getItems().get(0), "the first entry stands for all articles");
        assertEquals(app.context.model().articles().size() + 1, box.getItems().size());
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> first = robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(javafx.scene.control.ListCell.class);
        assertEquals("All articles", first.getText());
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.context.workbench().claims().articleFilter().get(), "every article again");
        assertEquals("All articles", box.getButtonCell().getText());
    }
    @Test
    void aReopenedWorkspaceSaysItsEditsAreSavedAndThatUndoStartsAfresh(FxRobot robot) throws Exception {
        Article a = app.context.model().articles().get(0);
        app.workspace().markClaim(a.id(), new TextSpan(0, 12), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mark claim of Press", app.context.model().undoTextProperty().get());
        Path file = app.workspace().file();
        WaitForAsyncUtils.asyncFx(() -> {
            app.context.session().close();
            app.context.session().open(file, app.context.workbench().opened());
        }).get();
        app.settle();
        assertEquals("", app.context.model().undoTextProperty().get(), "the history does not outlive the window's hold on the file");
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.contains("1 claim, all saved. Ctrl+Z undoes what you do from now on."), status);
        String tip = robot.lookup("#toolUndo").queryButton().getAccessibleHelp();
        assertTrue(tip.startsWith("Nothing to undo since the workspace was opened"), tip);
    }
    @Test
    void aSourceNameCutInTheLegendIsReadWholeWithWhatItStandsFor(FxRobot robot) {
        robot.interact(() -> app.context.workbench().legend().add("Permanent Representation of the Harbour League"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label name = robot.lookup("#sourceList .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof SourceRow r
                        && r.source().name().startsWith("Permanent"))
                .map(n -> (javafx.scene.control.Label) n.lookup("#sourceName")).findFirst().orElseThrow();
        assertTrue(name.getWidth() < name.prefWidth(-1), "the legend is too narrow for the whole name");
        javafx.scene.control.ListCell<?> row = (javafx.scene.control.ListCell<?>) name.getParent().getParent();
        assertTrue(row.getAccessibleHelp().startsWith("Permanent Representation of the Harbour League\nUncheck to hide its claims"),
                "its row's tooltip gives it whole: " + row.getAccessibleHelp());
        assertNull(robot.lookup("#sourceList").queryAs(ListView.class).getAccessibleHelp(), "no tooltip of the list hides the rows' own");
        String press = robot.lookup("#sourceList .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof SourceRow r && r.source().name().equals("Press"))
                .map(n -> (javafx.scene.control.ListCell<?>) n).findFirst().orElseThrow().getAccessibleHelp().lines().findFirst().orElseThrow();
        assertTrue(press.startsWith("Press: "), "with what the source stands for: " + press);
    }

    @Test
    void theStatusBarCountsADismissedContradictionAsTheReportDoesNotAsOneFound(FxRobot robot) {
        Workspace w = app.workspace();
        Article a = app.context.model().articles().get(0);
        long press = w.sourceNamed("Press").orElseThrow().id();
        List<Claim> claims = WorkbenchFixture.onFx(() -> List.of(w.markClaim(a.id(), new TextSpan(0, 10), press, "", ""),
                w.markClaim(a.id(), new TextSpan(20, 30), press, "", ""), w.markClaim(a.id(), new TextSpan(40, 50), press, "", "")));
        robot.interact(() -> {
            w.addContradiction(claims.get(0).id(), claims.get(1).id(), org.claimbench.domain.ContradictionKind.NUMERIC,
                    org.claimbench.domain.ContradictionStatus.CONFIRMED, "");
            var set = w.addContradiction(claims.get(1).id(), claims.get(2).id(), org.claimbench.domain.ContradictionKind.NUMERIC, "");
            w.updateContradiction(set.id(), set.kind(), org.claimbench.domain.ContradictionStatus.DISMISSED, "");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String counts = robot.lookup("#workspaceCounts").queryLabeled().getText();
        assertTrue(counts.endsWith(" · 1 contradiction (1 dismissed)"), counts);
    }
}
