package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A source's name in the suggested claims' Source column is the source's name, cut with "…" where the column is too
 * narrow for it and whole in the tooltip, as in the Claims tab and the legend; never swapped for a shorter name
 * ("Kremlin readout" read "Kremlin" from one moment to the next at the same column width, factcheck54).
 */
class SuggestionSourceNamesUiTest extends SizedWindowTest {

    @ParameterizedTest
    @CsvSource({"1024, 700", "1280, 720", "1440, 900"})
    void theSourceColumnShowsEachSourcesOwnNameWholeOrCutWithAnEllipsisNeverAShorterName(double width, double height) throws Exception {
        openAt("names " + width + "x" + height, width, height);
        robot.interact(() -> app.context.view().focusList(2));
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(sourceCells(robot) > 3, "source cells are drawn");
        TableColumn<ClaimSuggestionRow, ?> source = onFx(() -> table.getColumns().get(1));
        // Dragged narrower than "Kremlin readout" by the user: cut, not shortened.
        for (double w : List.of(-1.0, 90.0, 60.0)) {
            if (w > 0) {
                double now = onFx(source::getWidth);
                javafx.scene.control.skin.TableColumnHeader header = onFx(() -> robot.from(table).lookup(".column-header")
                        .queryAllAs(javafx.scene.control.skin.TableColumnHeader.class).stream().filter(h -> h.getTableColumn() == source)
                        .findFirst().orElseThrow());
                javafx.geometry.Bounds b = onFx(() -> header.localToScreen(header.getLayoutBounds()));
                double dx = w - now;
                robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() - 1, b.getMinY() + b.getHeight() / 2)).press(javafx.scene.input.MouseButton.PRIMARY);
                robot.moveBy(dx / 2, 0).moveBy(dx - dx / 2, 0).release(javafx.scene.input.MouseButton.PRIMARY);
                app.settle();
                assertTrue(onFx(source::getWidth) < 100, "the Source column dragged narrower: " + onFx(source::getWidth));
            }
            int checked = onFx(() -> {
                int n = 0;
                for (Node node : robot.lookup("#claimSuggestionsTable .table-cell").queryAll()) {
                    if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == source && cell.getItem() instanceof ClaimSuggestionRow r
                            && !cell.isEmpty()) {
                        String name = r.source();
                        assertEquals(name, cell.getText(), "the source's own name in the cell at " + width + " px, column " + source.getWidth());
                        assertEquals(name, cell.getTooltip().getText(), "whole in the tooltip");
                        String drawn = ((Text) cell.lookup(".text")).getText();
                        String cut = drawn.endsWith("...") ? drawn.substring(0, drawn.length() - 3)
                                : drawn.endsWith("…") ? drawn.substring(0, drawn.length() - 1) : null;
                        assertTrue(drawn.equals(name) || cut != null && !cut.isEmpty() && name.startsWith(cut),
                                "drawn whole or cut with an ellipsis: " + drawn + " for " + name + " at column width " + source.getWidth());
                        n++;
                    }
                }
                return n;
            });
            assertTrue(checked > 3, "cells checked: " + checked);
        }
    }

    private static int sourceCells(FxRobot robot) {
        return onFx(() -> robot.lookup("#claimSuggestionsTable .table-cell").queryAll().size());
    }
}
