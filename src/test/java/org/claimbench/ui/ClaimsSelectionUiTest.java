package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.claims.ClaimRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The claims chosen in the table stay chosen while the user acts on them: a verdict, a new source, a topic. */
@ExtendWith(ApplicationExtension.class)
class ClaimsSelectionUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    @Test
    void aVerdictARetagAndATopicLeaveTheRowsChosen(FxRobot robot) {
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(6).toList()));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(2);
            table.requestFocus();
        });
        long chosen = onFx(() -> table.getSelectionModel().getSelectedItem().id());

        robot.interact(() -> app.context.workbench().claims().commands().setVerdict(table.getSelectionModel().getSelectedItem(),
                "False", "The record says otherwise.", "Desk"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(chosen), selected(table), "after a verdict the claim is still chosen");

        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Europe", app.workspace().source(app.workspace().claim(chosen).orElseThrow().sourceId()).orElseThrow().name());
        assertEquals(List.of(chosen), selected(table), "after a new source the claim is still chosen");

        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(chosen), "Who keeps the record?"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(chosen), selected(table), "after a topic the claim is still chosen");
    }

    private static List<Long> selected(TableView<ClaimRow> table) {
        return onFx(() -> table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList());
    }
}
