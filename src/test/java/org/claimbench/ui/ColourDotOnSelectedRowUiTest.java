package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the selected row of the Claims and Contradictions tables every default source's dot stays readable in both themes
 * (a newcomer could not tell White House's blue dot from the accent blue of the chosen row): measured on the drawn
 * pixels, the dot's edge (its fill, or a ring round it) stands at least 3:1 against the row (WCAG 2.1, 1.4.11), the dot
 * keeps its source's colour, and the row itself stands out 3:1 from its neighbours.
 */
class ColourDotOnSelectedRowUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyDefaultSourcesDotReadsOnTheSelectedClaimRowInBothThemes(FxRobot robot) {
        app.settle();
        markOneClaimOfEachDefaultSource(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        app.settle();
        TableView<?> table = robot.lookup("#claimsTable").queryAs(TableView.class);
        dotsReadOnTheSelectedRow(robot, table, "Source", "Claims");
    }

    @Test
    void bothDotsReadOnTheSelectedContradictionRowInBothThemes(FxRobot robot) {
        app.settle();
        List<Long> claims = markOneClaimOfEachDefaultSource(robot);
        Workspace w = app.workspace();
        // Each default source once on either side: White House's dot on the chosen row among them.
        robot.interact(() -> {
            for (int i = 0; i < claims.size(); i++) {
                w.addContradiction(claims.get(i), claims.get((i + 1) % claims.size()), ContradictionKind.POLARITY, "");
            }
        });
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        app.settle();
        TableView<?> table = robot.lookup("#contradictionsTable").queryAs(TableView.class);
        dotsReadOnTheSelectedRow(robot, table, null, "Contradictions");
    }

    /** Marks one claim of each default source in the first article; their ids, in the sources' order. */
    private List<Long> markOneClaimOfEachDefaultSource(FxRobot robot) {
        Workspace w = app.workspace();
        long article = w.articles().get(0).id();
        List<Long> ids = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < SourcePalette.DEFAULTS.size(); i++) {
                String name = SourcePalette.DEFAULTS.get(i).name();
                long source = app.context.model().sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
                ids.add(w.markClaim(article, new TextSpan(i * 30, i * 30 + 12), source, "", "").id());
            }
        });
        app.settle();
        return ids;
    }

    /**
     * Selects each row of the table in turn, in each theme, and checks the dots in the columns named (all dots' columns
     * when null) of the selected row, on a snapshot of the table.
     */
    private void dotsReadOnTheSelectedRow(FxRobot robot, TableView<?> table, String column, String what) {
        int rows = onFx(() -> table.getItems().size());
        assertTrue(rows >= 5, what + ": a row for each source: " + rows);
        List<String> failures = new ArrayList<>();
        for (boolean dark : List.of(false, true)) {
            robot.interact(() -> app.context.model().darkProperty().set(dark));
            app.settle();
            for (int r0 = 0; r0 < rows; r0++) {
                int at = r0;
                robot.interact(() -> {
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(at);
                    table.scrollTo(at);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WritableImage shot = onFx(() -> table.snapshot(null, null));
                PixelReader px = shot.getPixelReader();
                List<Circle> dots = onFx(() -> table.lookupAll(".table-cell").stream()
                        .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == at && c.isVisible()
                                && (column == null || c.getTableColumn() != null && column.equals(c.getTableColumn().getText()))
                                && c.getGraphic() instanceof Circle)
                        .map(n -> (Circle) ((TableCell<?, ?>) n).getGraphic()).toList());
                assertTrue(!dots.isEmpty(), what + ": a dot on row " + at);
                for (Circle dot : dots) {
                    Color fill = (Color) dot.getFill();
                    Point2D centre = onFx(() -> table.sceneToLocal(dot.localToScene(dot.getCenterX(), dot.getCenterY())));
                    double r = dot.getRadius();
                    // The row's own colour, in the cell's padding left of the dot and its ring; the dot's edge, all round
                    // it, just outside its fill.
                    Color row = px.getColor((int) Math.round(centre.getX() - r - 4), (int) Math.round(centre.getY()));
                    Color middle = px.getColor((int) Math.round(centre.getX()), (int) Math.round(centre.getY()));
                    double edge = Double.MAX_VALUE;
                    for (int k = 0; k < 12; k++) {
                        double a = Math.PI * 2 * k / 12;
                        Color c = px.getColor((int) Math.round(centre.getX() + Math.cos(a) * (r + 1.2)),
                                (int) Math.round(centre.getY() + Math.sin(a) * (r + 1.2)));
                        edge = Math.min(edge, Math.max(SuggestionsReviewUiTest.contrast(c, row), SuggestionsReviewUiTest.contrast(fill, row)));
                    }
                    String where = what + ", " + (dark ? "dark" : "light") + " theme, selected row " + at + ", dot " + fill;
                    if (edge < 3) {
                        failures.add(where + ": its edge against the row " + row + ": " + Math.round(edge * 100) / 100.0);
                    }
                    if (SuggestionsReviewUiTest.contrast(middle, fill) > 1.1) {
                        failures.add(where + ": drawn " + middle + ", not its source's colour");
                    }
                }
                if (at > 0) {
                    Circle dot = dots.get(0);
                    Point2D centre = onFx(() -> table.sceneToLocal(dot.localToScene(dot.getCenterX(), dot.getCenterY())));
                    double height = onFx(() -> table.getFixedCellSize() > 0 ? table.getFixedCellSize()
                            : ((javafx.scene.layout.Region) dot.getParent().getParent()).getHeight());
                    int x = (int) Math.round(centre.getX() - dot.getRadius() - 4);
                    double ratio = SuggestionsReviewUiTest.contrast(px.getColor(x, (int) Math.round(centre.getY())),
                            px.getColor(x, (int) Math.round(centre.getY() - height)));
                    if (ratio < 3) {
                        failures.add(what + ", " + (dark ? "dark" : "light") + ": selected row " + at + " against the row above: " + ratio);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
