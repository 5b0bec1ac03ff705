package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A claim marked by hand has no speaker: the line under the pane and the Claims table say so and how to give one, and
 * S gives one in one step, in the pane (the claim clicked) as in the table (the row chosen).
 */
@ExtendWith(ApplicationExtension.class)
class ClaimSpeakerUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())), 1024, 700);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    @Test
    void theLineUnderThePaneSaysAClaimHasNoSpeakerAndSInThePaneGivesItOne(FxRobot robot) {
        Claim claim = markInPane1();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Label info = robot.lookup("#claimInfo-1").queryAs(Label.class);
        assertTrue(onFx(info::getText).contains("no speaker (S sets it)"), onFx(info::getText));

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#speakerChoice").write("Yuri Ushakov").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Yuri Ushakov", app.workspace().claim(claim.id()).orElseThrow().speaker(), "S and a name gave the claim its speaker");
        assertTrue(onFx(info::getText).contains("Yuri Ushakov"), onFx(info::getText));
    }

    @Test
    void theClaimsTableShowsAnEmptySpeakerAsAPromptAndSGivesTheChosenRowOne(FxRobot robot) {
        Claim claim = markInPane1();
        TableView<ClaimRow> table = chooseRow0(robot);
        assertEquals("S sets it", speakerCell0(robot, table), "the empty speaker is a prompt");
        List<String> menu = onFx(() -> table.getContextMenu().getItems().stream().map(MenuItem::getText).toList());
        assertTrue(menu.contains("Set speaker…  (S)"), menu.toString());

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#speakerChoice").write("Dmitry Peskov").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
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
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        String info = onFx(robot.lookup("#claimInfo-1").queryAs(Label.class)::getText);
        assertTrue(info.startsWith("● Press") && !info.contains("no speaker"), info);
        assertEquals("", speakerCell0(robot, chooseRow0(robot)), "a Press claim's empty speaker is no prompt");

        robot.interact(() -> app.workspace().retagClaims(List.of(claim.id()), app.workspace().sources().get(0).id()));
        app.settle();
        assertEquals("S sets it", speakerCell0(robot, chooseRow0(robot)), "retagged to a side, the claim is expected to have a speaker");
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
