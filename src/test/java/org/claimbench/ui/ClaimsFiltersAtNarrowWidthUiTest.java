package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 34, at 1024 × 700: once the "changed since marked" box appeared beside the claims' other filters, the
 * line overflowed: "All clai…" cut, the clear button out of sight, and the whole Claims tab widened past the window, the
 * table's Verdict and ⚡ columns cut. Then (stop 46) the filters took a second line and the table showed four rows. Now the
 * verdict's and the state's boxes fold into a "More" menu where the line has no room: one line, nothing cut, the table
 * showing more than five rows, and the folded filters still at hand.
 */
class ClaimsFiltersAtNarrowWidthUiTest extends SizedWindowTest {

    @Test
    void withTheChangedClaimsBoxEveryFilterAndEveryColumnIsWholeAt1024() throws Exception {
        openAt("narrow", 1024, 700);
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        assertEquals(List.of(), cut(), "before: every filter whole on one line");
        double oneLine = onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight());

        // Claims of which one's words a new version of its article changed: the state's box would appear.
        robot.interact(() -> {
            Article a = app.workspace().articles().get(0);
            String text = app.workspace().text(a.id());
            long press = app.workspace().sourceNamed("Press").orElseThrow().id();
            app.workspace().markClaim(a.id(), new TextSpan(0, 20), press, "", "");
            for (int i = 1; i <= 8; i++) {
                app.workspace().markClaim(a.id(), new TextSpan(i * 40, i * 40 + 20), press, "", "");
            }
            app.workspace().reviseArticle(a.id(), text.substring(0, 12) + "XY" + text.substring(14), TextOrigin.FILE);
        });
        app.settle();
        assertEquals(List.of(), cut(), "with the changed claims: every filter, the clear button and every column whole");
        double after = onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight());
        assertEquals(oneLine, after, 0.5, "the filters keep one line");
        int rows = onFx(this::wholeRowsShown);
        assertTrue(rows > 5, "the table shows " + rows + " whole rows");

        // The folded filters are at hand: the state's choice from the More button's menu filters the table.
        robot.clickOn("#claimsMoreFilters");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Changed or gone");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Changed since marked (1)");
        app.settle();
        assertEquals(1, onFx(() -> robot.lookup("#claimsTable").queryTableView().getItems().size()), "the state's filter set from the menu");
        assertEquals("More (1 set)", onFx(() -> robot.lookup("#claimsMoreFilters").queryAs(javafx.scene.control.MenuButton.class).getText()),
                "the button says a filter folded in it is set");
        robot.clickOn("#claimsClearFilters");
        app.settle();

        // Back to every box on the line once the state's goes (the new wording accepted).
        robot.interact(() -> app.workspace().acceptNewWording(app.workspace().claims().stream().map(c -> c.id()).toList()));
        app.settle();
        assertEquals(oneLine, onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight()), 0.5, "one line again");
        assertTrue(onFx(() -> robot.lookup("#claimsVerdictFilter").tryQuery().map(Node::isVisible).orElse(false)), "the verdict's box back on the line");
        assertEquals(List.of(), cut());
    }

    /** How many rows of claims the table shows whole. */
    private int wholeRowsShown() {
        TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        Bounds t = table.localToScene(table.getLayoutBounds());
        int whole = 0;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof javafx.scene.control.TableRow<?> r && r.isVisible() && r.getItem() != null) {
                Bounds b = r.localToScene(r.getLayoutBounds());
                if (b.getMinY() >= t.getMinY() - 0.5 && b.getMaxY() <= t.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }

    /** What of the claims' filters is cut or out of the Claims tab's sight: a box past its right edge, a text ending in "…". Call on the JavaFX thread. */
    static List<String> filtersCut(org.testfx.api.FxRobot robot) {
        List<String> cut = new ArrayList<>();
        Node view = robot.lookup("#claimsView").query();
        Bounds tab = view.getParent().localToScene(view.getParent().getLayoutBounds());
        Node bar = robot.lookup("#claimsFilterBar").query();
        for (String id : List.of("claimsSearch", "claimsSourceFilter", "claimsArticleFilter", "claimsSpeakerFilter", "claimsTopicFilter",
                "claimsVerdictFilter", "claimsStateFilter", "claimsMoreFilters", "claimsClearFilters")) {
            Node n = bar.lookup("#" + id);
            if (n == null || !n.isVisible() || n.getParent() == null) {
                continue;
            }
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMaxX() > tab.getMaxX() + 0.5 || b.getWidth() < 1) {
                cut.add(id + " out of sight at " + b.getMaxX() + " (the tab ends at " + tab.getMaxX() + ")");
            }
            for (Node t : n.lookupAll(".text")) {
                if (t instanceof Text shown && shown.isVisible() && shown.getText() != null
                        && (shown.getText().endsWith("…") || shown.getText().endsWith("..."))
                        && !topicWholeInItsTooltip(n)) {
                    cut.add(id + " reads " + shown.getText());
                }
            }
        }
        return cut;
    }

    /**
     * Whether {@code n} is the topic filter showing a question, whole in its tooltip: its width never follows the choice (a
     * question chosen moved the boxes beside it, student-run52), so a long question is cut there by design.
     */
    private static boolean topicWholeInItsTooltip(Node n) {
        return n instanceof javafx.scene.control.ComboBox<?> box && "claimsTopicFilter".equals(box.getId()) && box.getValue() != null
                && box.getTooltip() != null && box.getTooltip().getText().contains("“" + box.getValue() + "”");
    }

    /** What is cut or out of the Claims tab's sight: a filter past its right edge, a text ending in "…", a column past the table's edge. */
    private List<String> cut() {
        return onFx(() -> {
            List<String> cut = filtersCut(robot);
            Node view = robot.lookup("#claimsView").query();
            Bounds tab = view.getParent().localToScene(view.getParent().getLayoutBounds());
            TableView<?> table = robot.lookup("#claimsTable").queryTableView();
            Bounds t = table.localToScene(table.getLayoutBounds());
            if (t.getMaxX() > tab.getMaxX() + 0.5) {
                cut.add("the table ends at " + t.getMaxX() + ", past the tab at " + tab.getMaxX());
            }
            double x = t.getMinX();
            for (TableColumn<?, ?> c : table.getColumns()) {
                x += c.getWidth();
                if (x > Math.min(t.getMaxX(), tab.getMaxX()) + 0.5) {
                    cut.add("the " + c.getText() + " column ends at " + x);
                }
            }
            return cut;
        });
    }
}
