package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.claimbench.domain.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The suggested claims' filters ("All sources", "All articles", the clear button) have one place whatever the divider
 * between the articles and the tabs, the window's size or the count's label: beside the list, at its top right. They sat
 * beside the list, then in the button row, then on a second row under it with the open source list left where the box had
 * been, then back, as the divider moved and the label widened (factcheck54).
 */
class SuggestionFiltersStayUiTest extends SizedWindowTest {

    private static final List<String> FILTERS = List.of("#claimSuggestionsSourceFilter", "#claimSuggestionsArticleFilter",
            "#claimSuggestionsClearFilters");

    @ParameterizedTest
    @CsvSource({"1024, 700", "1280, 720", "1440, 900"})
    void theFiltersKeepOnePlaceBesideTheListWhereverTheDividerIsAndTheOpenListStaysOnItsBox(double width, double height) throws Exception {
        openAt("filters " + width + "x" + height, width, height);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        SplitPane split = onFx(() -> {
            Node n = robot.lookup("#lists").query();
            while (!(n instanceof SplitPane)) {
                n = n.getParent();
            }
            return (SplitPane) n;
        });
        List<List<Double>> places = new ArrayList<>();
        List<Double> dividers = new ArrayList<>();
        for (double at : List.of(0.66, 0.3, 0.15, 0.5, 0.85, 0.66)) {
            robot.interact(() -> split.setDividerPositions(at));
            app.settle();
            WaitForAsyncUtils.waitForFxEvents();
            dividers.add(onFx(() -> split.getDividerPositions()[0]));
            places.add(placesAgainstTheList(robot));
        }
        for (int i = 1; i < places.size(); i++) {
            assertEquals(places.get(0), places.get(i), width + " × " + height + ": the filters' place against the view's top right,"
                    + " divider at " + dividers.get(0) + " then " + dividers.get(i));
        }
        // Beside the list: at its top, right of it.
        Bounds list = sceneBounds(robot, "#claimSuggestionsTable");
        Bounds sources = sceneBounds(robot, FILTERS.get(0));
        assertTrue(sources.getMinX() >= list.getMaxX() - 0.5 && Math.abs(sources.getMinY() - list.getMinY()) <= 2,
                "the filters at the list's top right: " + sources + " beside " + list);
        for (String id : FILTERS) {
            Bounds b = sceneBounds(robot, id);
            assertTrue(b.getMaxX() <= robot.lookup("#suggestionsView").query().getScene().getWidth() + 0.5 && b.getMaxY() <= robot.lookup("#suggestionsView").query().getScene().getHeight() + 0.5,
                    id + " whole in the window: " + b);
        }

        // Two sources checked with their list open: the count's label widens, the box and its open list stay together.
        Bounds box = screenBounds(robot, FILTERS.get(0));
        robot.clickOn(FILTERS.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<Source> two = onFx(() -> app.context.workbench().suggestions().sources().subList(0, 2));
        robot.interact(() -> app.context.workbench().suggestions().filter().checkedSources().setAll(two));
        app.settle();
        assertTrue(onFx(() -> robot.lookup("#showClaimSuggestions").queryLabeled().getText()).contains(" of "), "the filter is on");
        assertEquals(box, screenBounds(robot, FILTERS.get(0)), "the box stays where it was with its list open");
        Window popup = onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow)
                .findFirst().orElse(null));
        assertTrue(popup != null, "the source list is open");
        double popupY = onFx(popup::getY);
        double popupX = onFx(popup::getX);
        double popupBottom = popupY + onFx(popup::getHeight);
        // Under the box, or over it where the window has no room below.
        assertTrue((Math.abs(popupY - box.getMaxY()) < 12 || Math.abs(popupBottom - box.getMinY()) < 12) && Math.abs(popupX - box.getMinX()) < 12,
                "the open list hangs from its box: list at " + popupX + ", " + popupY + " to " + popupBottom + "; box " + box);
        robot.type(KeyCode.ESCAPE);
        // Everything accepted: "Claims (0 of …)" and an empty list, and the filters are where they were.
        List<Double> before = placesAgainstTheList(robot);
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        assertEquals(before, placesAgainstTheList(robot), "the filters stay after Accept all shown");
    }

    /** Each filter's left and top edges, less the suggestions view's right and top edges (px). */
    private static List<Double> placesAgainstTheList(FxRobot robot) {
        Bounds list = sceneBounds(robot, "#suggestionsView");
        List<Double> out = new ArrayList<>();
        for (String id : FILTERS) {
            Bounds b = sceneBounds(robot, id);
            out.add(Math.rint(b.getMinX() - list.getMaxX()));
            out.add(Math.rint(b.getMinY() - list.getMinY()));
            out.add(Math.rint(b.getWidth()));
        }
        return out;
    }

    private static Bounds sceneBounds(FxRobot robot, String id) {
        return onFx(() -> {
            Node n = robot.lookup(id).query();
            return n.localToScene(n.getLayoutBounds());
        });
    }

    private static Bounds screenBounds(FxRobot robot, String id) {
        return onFx(() -> {
            Node n = robot.lookup(id).query();
            return n.localToScreen(n.getLayoutBounds());
        });
    }
}
