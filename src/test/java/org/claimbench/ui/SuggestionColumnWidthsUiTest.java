package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The column widths the user drags in both suggestion lists are the workspace's: a restart puts them back within a pixel. */
class SuggestionColumnWidthsUiTest extends SampleWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void widthsTheUserDragsInBothSuggestionListsComeBackAfterARestart(FxRobot robot) throws Exception {
        Path again = home.resolve("restart" + System.nanoTime());
        restartAt(again);
        // Half the suggested claims accepted: both lists have rows.
        robot.interact(() -> {
            var shown = List.copyOf(app.context.workbench().suggestions().filter().shown());
            app.context.workbench().suggestions().acceptAll(shown.subList(0, shown.size() / 2));
        });
        app.settle();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<?> claims = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> claims.getItems().size()) > 3, "suggested claims left to show");
        double quoteBefore = onFx(() -> claims.getColumns().get(0).getWidth());
        dragRightEdge(robot, claims, 0, -80);
        assertEquals(quoteBefore - 80, widths(claims).get(0), 3, "the drag made the quote's column narrower");
        dragRightEdge(robot, claims, 2, 40);
        List<Double> claimWidths = widths(claims);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<?> pairs = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> pairs.getItems().size()) > 3, "suggested contradictions to show");
        double claimABefore = onFx(() -> pairs.getColumns().get(2).getWidth());
        dragRightEdge(robot, pairs, 2, 90);
        List<Double> pairWidths = widths(pairs);
        assertEquals(claimABefore + 90, pairWidths.get(2), 3, "the drag made Claim A wider");

        restartAt(again);
        TableView<?> claimsAgain = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> claimsAgain.getItems().size()) > 3, "the suggested claims shown again");
        assertWithinAPixel(claimWidths, widths(claimsAgain), "the suggested claims' columns");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<?> pairsAgain = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        assertWithinAPixel(pairWidths, widths(pairsAgain), "the suggested contradictions' columns");
        // Still fitted to the table's width (the skin asks whether the policy is constrained): no scrolling sideways.
        assertTrue(onFx(() -> pairsAgain.getColumnResizePolicy()) instanceof javafx.scene.control.ConstrainedColumnResizeBase,
                "the suggested contradictions keep a constrained policy");
        assertTrue(onFx(() -> pairsAgain.lookupAll(".scroll-bar").stream().noneMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())), "no horizontal scroll bar");
    }

    @Test
    void widthsTheUserDraggedFollowANarrowerWindowAndComeBackAtTheWiderOne(FxRobot robot) throws Exception {
        TableView<?> claims = suggestedClaimsQuoteDragged(robot);
        dragRightEdge(robot, claims, 2, 30);
        List<Double> wide = widths(claims);
        assertFits(claims, "after the drags");

        robot.interact(() -> stage.setWidth(1024));
        app.settle();
        List<Double> narrow = widths(claims);
        assertFits(claims, "at 1024 px after the user's drags");
        // Source and Speaker keep the widths the user gave them, or give way alike where they would take over half the table.
        assertTrue(narrow.get(1) <= wide.get(1) + 0.5 && narrow.get(2) <= wide.get(2) + 0.5, "Source and Speaker no wider: " + wide + " -> " + narrow);
        assertEquals(wide.get(1) / wide.get(2), narrow.get(1) / narrow.get(2), 0.02, "Source and Speaker as the user had them: " + wide + " -> " + narrow);
        assertEquals(wide.get(0) / (wide.get(0) + wide.get(3)), narrow.get(0) / (narrow.get(0) + narrow.get(3)), 0.02,
                "the quote and the reason share what is left as the user had them: " + wide + " -> " + narrow);
        assertTrue(narrow.get(0) < wide.get(0) && narrow.get(3) < wide.get(3), "the quote and the reason give the room up: " + wide + " -> " + narrow);

        robot.interact(() -> stage.setWidth(1400));
        app.settle();
        assertWithinAPixel(wide, widths(claims), "the suggested claims' columns back at the wider window");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<?> pairs = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        dragRightEdge(robot, pairs, 2, 90);
        robot.interact(() -> stage.setWidth(1024));
        app.settle();
        assertFits(pairs, "the suggested contradictions at 1024 px after the user's drag");
    }

    @Test
    void aWorkspaceWithNoLayoutOfItsOwnStartsFromTheDefaultWidths(FxRobot robot) throws Exception {
        TableView<?> claims = suggestedClaimsQuoteDragged(robot);
        List<Double> dragged = widths(claims);
        assertTrue(dragged.get(0) / (dragged.get(0) + dragged.get(3)) < 0.6, "the quote dragged narrower than by default: " + dragged);

        Path fresh = home.resolve("fresh" + System.nanoTime() + ".claimbench");
        robot.interact(() -> app.context.session().create(fresh, app.context.workbench().opened()));
        app.settle();
        assertEquals(java.util.Map.of(), onFx(() -> app.context.workbench().suggestions().columnWidths().all()),
                "no widths of the workspace before");
        TableView<?> again = robot.lookup("#claimSuggestionsTable").queryTableView();
        List<Double> now = widths(again);
        // By default the reason has 30 % of what Source and Speaker leave (SuggestionColumns.WHY_SHARE), the claim the rest.
        assertEquals(0.7, now.get(0) / (now.get(0) + now.get(3)), 0.01,
                "the claim takes the room the reason leaves again, as by default: " + now);
    }

    /** A fresh start, half the suggested claims accepted, the rest in sight, the quote's column dragged 80 px narrower. */
    private TableView<?> suggestedClaimsQuoteDragged(FxRobot robot) throws Exception {
        restartAt(home.resolve("fit" + System.nanoTime()));
        robot.interact(() -> {
            var shown = List.copyOf(app.context.workbench().suggestions().filter().shown());
            app.context.workbench().suggestions().acceptAll(shown.subList(0, shown.size() / 2));
        });
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        TableView<?> claims = robot.lookup("#claimSuggestionsTable").queryTableView();
        dragRightEdge(robot, claims, 0, -80);
        return claims;
    }

    /** The table's visible columns take no more than its width: nothing scrolls sideways. */
    private static void assertFits(TableView<?> table, String when) throws Exception {
        double columns = widths(table).stream().mapToDouble(Double::doubleValue).sum();
        double width = onFx(() -> table.getWidth() - table.snappedLeftInset() - table.snappedRightInset());
        assertTrue(columns <= width + 0.5, when + ": columns " + columns + " px in a table of " + width + " px " + widths(table));
        assertTrue(onFx(() -> table.lookupAll(".scroll-bar").stream().noneMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())), when + ": no horizontal scroll bar");
    }

    private static void assertWithinAPixel(List<Double> expected, List<Double> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), 1.0, what + ": column " + (i + 1) + " of " + expected + " came back as " + actual);
        }
    }

    private static List<Double> widths(TableView<?> table) throws Exception {
        return onFx(() -> table.getColumns().stream().map(c -> c.isVisible() ? c.getWidth() : 0.0).toList());
    }

    /** Drags the right edge of the table's column {@code column}'s header by {@code dx} px, as the user does. */
    private static void dragRightEdge(FxRobot robot, TableView<?> table, int column, double dx) {
        TableColumnBase<?, ?> c = table.getColumns().get(column);
        TableColumnHeader header = robot.from(table).lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() == c).findFirst().orElseThrow();
        Bounds b = header.localToScreen(header.getLayoutBounds());
        double y = b.getMinY() + b.getHeight() / 2;
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX(), y)).press(MouseButton.PRIMARY);
        robot.moveBy(dx / 2, 0).moveBy(dx - dx / 2, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app and starts it again with its settings (and so its last workspace) in {@code at}. */
    private void restartAt(Path at) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        app = WaitForAsyncUtils.asyncFx(() -> WorkbenchFixture.start(stage, at)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().isPresent());
        app.settle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        app.settle();
    }
}
