package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A claim marked by hand has no speaker: the line under the pane and the Claims table say so and how to give one, and
 * S gives one in one step, in the pane (the claim clicked) as in the table (the row chosen).
 */
class ClaimSpeakerUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void theLineUnderThePaneSaysAClaimHasNoSpeakerAndSInThePaneGivesItOne(FxRobot robot) {
        Claim claim = markInPane1();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Label info = robot.lookup("#claimInfo-1").queryAs(Label.class);
        assertTrue(onFx(info::getText).contains("no speaker (S sets it)"), onFx(info::getText));

        say(robot, "Yuri Ushakov");
        assertEquals("Yuri Ushakov", app.workspace().claim(claim.id()).orElseThrow().speaker(), "S and a name gave the claim its speaker");
        assertTrue(onFx(info::getText).contains("Yuri Ushakov"), onFx(info::getText));
    }

    @Test
    void tInThePaneGivesTheClaimClickedATopicAsTDoesInTheTable(FxRobot robot) {
        Claim claim = markInPane1();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#topicChoice").write("How long was the meeting?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Long topic = app.workspace().claim(claim.id()).orElseThrow().topicId();
        assertTrue(topic != null, "T and a question gave the claim clicked its topic");
        assertEquals("How long was the meeting?", app.workspace().topics().stream().filter(t -> t.id() == topic).findFirst().orElseThrow().label());
        javafx.geometry.Point2D at = onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow());
        javafx.geometry.Point2D local = onFx(() -> app.area(1).screenToLocal(at));
        robot.interact(() -> javafx.event.Event.fireEvent(app.area(1), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), at.getX(), at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith("Topic of ")
                && l.getText().endsWith("(T)")).tryQuery().isPresent(), "the pane's right-click menu has it too");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theClaimsTableShowsAnEmptySpeakerAsAPromptAndSGivesTheChosenRowOne(FxRobot robot) {
        Claim claim = markInPane1();
        TableView<ClaimRow> table = chooseRow0(robot);
        assertEquals("S sets it", speakerCell0(robot, table), "the empty speaker is a prompt");
        List<String> menu = onFx(() -> table.getContextMenu().getItems().stream().map(MenuItem::getText).toList());
        assertTrue(menu.contains("Set speaker…  (S)"), menu.toString());

        say(robot, "Dmitry Peskov");
        assertEquals("Dmitry Peskov", app.workspace().claim(claim.id()).orElseThrow().speaker());
        assertTrue(onFx(() -> app.context.workbench().statusProperty().get()).contains("Ctrl+Z"), "the status line says it can be undone");
    }

    @Test
    void enterOnTheNameAClaimHasAlreadyLeavesNoStepToUndo(FxRobot robot) {
        Claim claim = markInPane1();
        robot.interact(() -> app.workspace().updateClaim(claim.id(), claim.sourceId(), "Yuri Ushakov", "", ""));
        app.settle();
        String before = onFx(() -> app.workspace().undoLabel().orElse(""));
        chooseRow0(robot);
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#speakerChoice").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Yuri Ushakov", app.workspace().claim(claim.id()).orElseThrow().speaker());
        robot.interact(() -> app.context.workbench().undo());
        app.settle();
        assertEquals("", app.workspace().claim(claim.id()).orElseThrow().speaker(),
                "one Ctrl+Z takes the name set before away: Enter on the same name left no step (" + before + ") of its own");
        assertTrue(onFx(() -> app.context.workbench().statusProperty().get()).startsWith("Undid"));
    }

    @Test
    void anOutletsOwnClaimHasNoSpeakerPromptInTheTableNorUnderThePane(FxRobot robot) {
        long press = app.workspace().sourceNamed("Press").orElseThrow().id();
        Claim claim = markInPane1(press);
        assertNoPrompt(robot, claim, "Press");

        robot.interact(() -> app.workspace().retagClaims(List.of(claim.id()), app.workspace().sources().get(0).id()));
        app.settle();
        assertEquals("S sets it", speakerCell0(robot, chooseRow0(robot)), "retagged to a side, the claim is expected to have a speaker");
    }

    @Test
    void aRenamedPressIsTheOutletStillAndGetsNoSpeakerPrompt(FxRobot robot) {
        long press = app.workspace().sourceNamed("Press").orElseThrow().id();
        robot.interact(() -> app.workspace().renameSource(press, "Our newsroom"));
        app.settle();
        assertNoPrompt(robot, markInPane1(press), "Our newsroom");
    }

    /** Neither the line under the pane (the claim clicked) nor the table's Speaker column asks for the outlet's claim's speaker. */
    private void assertNoPrompt(FxRobot robot, Claim claim, String source) {
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        String info = onFx(robot.lookup("#claimInfo-1").queryAs(Label.class)::getText);
        assertTrue(info.startsWith("● " + source) && !info.contains("no speaker"), info);
        assertEquals("", speakerCell0(robot, chooseRow0(robot)), "an outlet's claim's empty speaker is no prompt");
    }

    @Test
    void sRightAfterMarkingAClaimInAPaneAsksForThatClaimAndItsRowIsChosen(FxRobot robot) {
        Claim older = markInPane1();
        // A claim clicked before in the same article: S must not go to it once another is marked.
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), older.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Claim marked = dragAndTag(robot, 40);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(marked.id(), onFx(() -> table.getSelectionModel().getSelectedItem().id()), "the row of the claim just marked is chosen");

        say(robot, "Yuri Ushakov");
        assertEquals("Yuri Ushakov", app.workspace().claim(marked.id()).orElseThrow().speaker(), "S in the pane went to the claim just marked");
        assertEquals("", app.workspace().claim(older.id()).orElseThrow().speaker(), "not to the one clicked before");

        // In the table too: the row chosen by the marking is the one S acts on.
        Claim third = dragAndTag(robot, 90);
        robot.interact(() -> table.requestFocus());
        say(robot, "Dmitry Peskov");
        assertEquals("Dmitry Peskov", app.workspace().claim(third.id()).orElseThrow().speaker(), "S in the table went to the claim just marked");
    }

    @Test
    void sAfterMarkingAClaimWhoseRowTheFiltersHideStillAsksForThatClaim(FxRobot robot) {
        Claim older = markInPane1();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), older.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.context.workbench().claims().textFilter().set(older.exact()));
        Claim marked = dragAndTag(robot, 40);
        say(robot, "Yuri Ushakov");
        assertEquals("Yuri Ushakov", app.workspace().claim(marked.id()).orElseThrow().speaker(), "S went to the claim just marked");
        assertEquals("", app.workspace().claim(older.id()).orElseThrow().speaker(), "not to the one clicked before");
    }

    /** Drags over the first two words of the first pane's text at or after character {@code from} and presses 1; the claim marked. */
    private Claim dragAndTag(FxRobot robot, int from) {
        robot.interact(() -> app.area(1).showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        // Two whole words: none joined to a neighbour by an apostrophe or a hyphen ("Ukraine's" is one word to the selection).
        java.util.regex.Matcher twoWords = java.util.regex.Pattern.compile("(?<![\\p{L}'’-])\\p{L}+ \\p{L}+(?![\\p{L}'’-])")
                .matcher(onFx(() -> app.area(1).getText()));
        assertTrue(twoWords.find(from), "two words after " + from);
        String phrase = twoWords.group();
        javafx.geometry.Point2D[] drag = onFx(() -> WorkbenchFixture.dragPoints(app.area(1), phrase));
        robot.drag(drag[0]).dropTo(drag[1]);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT1);
        app.settle();
        long article = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        return app.workspace().claimsOf(article).stream().filter(c -> c.exact().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim marked on " + phrase));
    }

    /** S, then a speaker's name and Enter in the box it opens. */
    private static void say(FxRobot robot, String speaker) {
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        // The box opens with the claim's speaker (a claim marked over a suggested statement has one) selected; the click
        // that gives the test's robot the box drops that selection, so all is selected again and the name typed replaces it.
        robot.clickOn("#speakerChoice").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(speaker).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<ClaimRow> chooseRow0(FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static String speakerCell0(FxRobot robot, TableView<ClaimRow> table) {
        return onFx(() -> robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableView() == table && "Speaker".equals(c.getTableColumn().getText()) && c.getIndex() == 0)
                .map(n -> ((TableCell<?, ?>) n).getText()).map(t -> t == null ? "" : t).findFirst().orElse(null));
    }

    /** A claim of a dozen characters on a word near the start of the first pane's article, with no speaker. */
    private Claim markInPane1() {
        return markInPane1(app.workspace().sources().get(0).id());
    }

    private Claim markInPane1(long sourceId) {
        Workspace w = app.workspace();
        long article = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        int start = w.text(article).indexOf(' ', 10) + 1;
        Claim c = onFx(() -> w.markClaims(List.of(new ClaimDraft(article, new TextSpan(start, start + 12), sourceId, "", "")))).get(0);
        app.settle();
        return c;
    }
}
