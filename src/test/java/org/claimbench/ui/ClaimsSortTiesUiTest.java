package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows that tie under the user's sort stay where they are when one of them is edited: a newcomer sorted the Claims tab by
 * Topic, set a speaker on a row with no topic, and the tied rows swapped places, so the next click hit another claim.
 */
class ClaimsSortTiesUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void anEditedRowKeepsItsPlaceAmongTheRowsItTiesWith(FxRobot robot) throws Exception {
        Workspace w = app.workspace();
        long article = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        String text = w.text(article);
        long press = w.sourceNamed("Press").orElseThrow().id();
        List<Claim> claims = new ArrayList<>();
        robot.interact(() -> {
            int at = 0;
            for (int i = 0; i < 6; i++) {
                int start = text.indexOf(' ', at + 30) + 1;
                int end = text.indexOf(' ', start + 15);
                claims.add(w.markClaim(article, new TextSpan(start, end), press, "", ""));
                at = end;
            }
        });
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size()) == 6);
        robot.interact(() -> {
            TableColumn<ClaimRow, ?> source = table.getColumns().stream().filter(c -> c.getText().equals("Source")).findFirst().orElseThrow();
            table.getSortOrder().setAll(List.of(source));
        });
        List<Long> before = ids(table);
        assertEquals(6, before.size());

        for (int row : new int[] {2, 0, 5, 3}) {
            long id = before.get(row);
            robot.interact(() -> w.updateClaim(id, press, "Ana Berg " + row, "", ""));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                    .anyMatch(r -> r.claim().id() == id && r.claim().speaker().startsWith("Ana Berg"))));
            assertEquals(before, ids(table), "the rows tied on Source keep their places after row " + row + "'s speaker is set");
        }
        assertTrue(onFx(() -> !table.getSortOrder().isEmpty()), "the table is still sorted by Source");
    }

    private static List<Long> ids(TableView<ClaimRow> table) {
        return onFx(() -> table.getItems().stream().map(r -> r.claim().id()).toList());
    }
}
