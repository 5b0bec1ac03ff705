package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims table at the small laptops' sizes, once a desk has given its claims long topics and long speakers' names: every
 * column's header stays in sight and reads whole (at 1024 × 700 the topics' room pushed the Verdict column out of the
 * table, "Ve"); a long cell is cut with "…" and says the whole in its tooltip.
 */
class ClaimsColumnsFitUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private final FxRobot robot = new FxRobot();

    /** Questions and names as long as a desk's get (our own wording). */
    private static final List<String> TOPICS = List.of("Did the two leaders agree on when a ceasefire along the front would begin?",
            "Who asked for the call, and who set its agenda beforehand?", "How long did the call last?");
    private static final List<String> SPEAKERS = List.of("Deputy Minister of Foreign Affairs Konstantin Vasilievich Aleksandrovsky",
            "an unnamed senior official of the administration", "Ushakov");

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @CsvSource({"1024, 700", "1280, 720"})
    void everyHeaderStaysInSightAndLongCellsAreCutWithTheWholeInATooltip(double width, double height) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve(width + "x" + height), width, height));
        // The table shown first, its columns laid out; the topics come after, as a user gives them (given before the table
        // was first laid out, the policy shared the room well).
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        // Rows enough for a vertical scroll bar (the samples' suggested claims), then topics and speakers given to some.
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        TableView<org.claimbench.ui.claims.ClaimRow> rows = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> {
            Workspace w = app.workspace();
            // The claims of the table's first rows, in sight.
            List<org.claimbench.domain.Claim> claims = rows.getItems().stream().map(org.claimbench.ui.claims.ClaimRow::claim).toList();
            assertTrue(claims.size() > 40, "rows to scroll: " + claims.size());
            for (int i = 0; i < 9; i++) {
                org.claimbench.domain.Claim c = claims.get(i);
                w.updateClaim(c.id(), c.sourceId(), SPEAKERS.get(i % 3), TOPICS.get(i % 3), "");
            }
        });
        app.settle();
        TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        List<String> problems = new ArrayList<>();
        onFx(() -> {
            Bounds tableBounds = table.localToScene(table.getLayoutBounds());
            double right = tableBounds.getMaxX() - table.snappedRightInset();
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible()) {
                    right -= bar.getWidth();
                }
            }
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && h.getTableColumn() != null && h.isVisible()) {
                    String title = h.getTableColumn().getText();
                    Bounds b = h.localToScene(h.getLayoutBounds());
                    if (b.getMaxX() > right + 1) {
                        problems.add(title + " ends at " + b.getMaxX() + ", the table's room at " + right);
                    }
                    Labeled label = (Labeled) h.lookup(".label");
                    Text shown = (Text) label.lookup(".text");
                    if (shown == null || !title.equals(shown.getText())) {
                        problems.add(title + " reads “" + (shown == null ? "" : shown.getText()) + "”");
                    }
                }
            }
            return null;
        });
        assertEquals(List.of(), problems, "at " + width + " × " + height + " every column's header is whole and in sight");
        assertEquals(0.0, onFx(() -> table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()).count()).doubleValue(),
                "no column out of sight to scroll to");

        // The longest topic and speaker are cut with "…" in their cells, and each cell's tooltip gives the whole.
        for (String whole : List.of(TOPICS.get(0), SPEAKERS.get(0))) {
            List<String> seen = onFx(() -> {
                List<String> out = new ArrayList<>();
                for (Node n : table.lookupAll(".table-cell")) {
                    if (n instanceof TableCell<?, ?> cell && whole.equals(cell.getText()) && !(n instanceof IndexedCell<?> c && c.isEmpty())) {
                        Text text = (Text) cell.lookup(".text");
                        out.add((text == null ? "" : text.getText()) + " | " + (cell.getTooltip() == null ? "no tooltip" : cell.getTooltip().getText()));
                    }
                }
                return out;
            });
            assertTrue(!seen.isEmpty(), "a row shows " + whole);
            for (String s : seen) {
                String[] parts = s.split(" \\| ");
                assertTrue(parts[0].equals(whole) || parts[0].endsWith("…") || parts[0].endsWith("..."), "whole or cut with “…”: " + parts[0]);
                assertEquals(whole, parts[1], "the tooltip gives the whole");
            }
        }
    }
}
