package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Contradictions tab at 1024 × 700 with a long pair chosen: the list beside the detail area still shows each row's
 * claims, enough of them to tell the rows apart (it showed Kind, Status and two colour dots).
 */
class ContradictionListAtNarrowWidthUiTest extends SampleWindowTest {

    private static final String REASON = "One side says the bridge reopened on Monday for all traffic while the other says only "
            + "buses may cross it until the spring inspection is over.";

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void theClaimsOfEachRowReadBesideALongDetail(FxRobot robot) {
        assertRowsRead(robot, 200, 10);
    }

    @Test
    void besideADetailTooLongForTheTabTheListKeepsItsShare(FxRobot robot) {
        // Claims of a long paragraph each: the area scrolls however wide it is, so it does not take the list's room.
        assertRowsRead(robot, 900, 20);
    }

    /** Three pairs of claims {@code length} characters long, the first chosen: each row's claims read {@code least} characters. */
    private void assertRowsRead(FxRobot robot, int length, int least) {
        app.settle();
        Workspace w = app.workspace();
        Article article = onFx(() -> app.context.model().articles().get(0));
        String text = w.text(article.id());
        onFx(() -> {
            long s1 = app.context.model().sources().get(0).id();
            long s2 = app.context.model().sources().get(1).id();
            int n = text.length();
            // Long claims, as fact-checkers mark them, each pair starting elsewhere in the text.
            for (int i = 0; i < 3; i++) {
                int at = i * n / 8;
                int other = n / 2 + i * n / 8;
                Claim one = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(at, Math.min(n, at + length)), s1, "", "");
                Claim two = w.markClaim(article.id(), new org.claimbench.domain.TextSpan(other, Math.min(n, other + length)), s2, "", "");
                w.addContradiction(one.id(), two.id(), ContradictionKind.OTHER, REASON);
            }
            return null;
        });
        robot.clickOn("#contradictionsTab");
        TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        app.settle();
        TableColumn<?, ?> a = onFx(() -> table.getColumns().stream().filter(c -> "Claim A".equals(c.getText())).findFirst().orElseThrow());
        TableColumn<?, ?> b = onFx(() -> table.getColumns().stream().filter(c -> "Claim B".equals(c.getText())).findFirst().orElseThrow());
        List<String> drawn = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (TableColumn<?, ?> column : List.of(a, b)) {
                String read = drawn(table, row, column);
                assertTrue(read.length() >= least, "row " + row + ", " + column.getText() + " reads “" + read + "” (column "
                        + onFx(column::getWidth) + " px, table " + onFx(table::getWidth) + " px)");
                drawn.add(read);
            }
        }
        assertEquals(drawn.size(), drawn.stream().distinct().count(), "every row's claims read differently: " + drawn);
    }

    /** The characters a cell draws of its text before "…". */
    private static String drawn(TableView<?> table, int index, TableColumn<?, ?> column) {
        return onFx(() -> {
            TableCell<?, ?> cell = table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.getTableRow() != null
                            && c.getTableRow().getIndex() == index)
                    .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
            double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - graphic;
            String drawn = WorkbenchFixture.drawnText(cell, room);
            // What tells rows apart: the claim's words, not its source's name.
            String read = drawn.endsWith("…") ? drawn.substring(0, drawn.length() - 1) : drawn;
            int colon = read.indexOf(": “");
            return colon >= 0 ? read.substring(colon + 3) : read.replaceFirst("^“", "");
        });
    }
}
