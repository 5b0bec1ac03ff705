package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 34, at 1024 × 700: once the "changed since marked" box appeared beside the claims' other filters, the
 * line overflowed: "All clai…" cut, the clear button out of sight, and the whole Claims tab widened past the window, the
 * table's Verdict and ⚡ columns cut. The filters take a second line where one has no room; nothing is cut.
 */
class ClaimsFiltersAtNarrowWidthUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void withTheChangedClaimsBoxEveryFilterAndEveryColumnIsWholeAt1024() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("narrow"), 1024, 700));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        assertEquals(List.of(), cut(), "before: every filter whole on one line");
        double oneLine = onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight());

        // A claim whose words a new version of its article changed: the state's box appears.
        robot.interact(() -> {
            Article a = app.workspace().articles().get(0);
            String text = app.workspace().text(a.id());
            app.workspace().markClaim(a.id(), new TextSpan(0, 20), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
            app.workspace().reviseArticle(a.id(), text.substring(0, 12) + "XY" + text.substring(14), TextOrigin.FILE);
        });
        app.settle();
        assertTrue(onFx(() -> robot.lookup("#claimsStateFilter").query().isVisible()), "the state's box is shown");
        assertEquals(List.of(), cut(), "with the state's box: every filter, the clear button and every column whole");
        double twoLines = onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight());
        assertTrue(twoLines > oneLine + 20, "the filters took a second line: " + oneLine + " → " + twoLines);

        // Back to one line once the box goes (the new wording accepted).
        robot.interact(() -> app.workspace().acceptNewWording(app.workspace().claims().stream().map(c -> c.id()).toList()));
        app.settle();
        assertEquals(oneLine, onFx(() -> robot.lookup("#claimsFilterBar").query().getLayoutBounds().getHeight()), 0.5, "one line again");
        assertEquals(List.of(), cut());
    }

    /** What is cut or out of the Claims tab's sight: a filter past its right edge, a text ending in "…", a column past the table's edge. */
    private List<String> cut() {
        return onFx(() -> {
            List<String> cut = new ArrayList<>();
            Node view = robot.lookup("#claimsView").query();
            Bounds tab = view.getParent().localToScene(view.getParent().getLayoutBounds());
            Node bar = robot.lookup("#claimsFilterBar").query();
            for (String id : List.of("claimsSearch", "claimsSourceFilter", "claimsArticleFilter", "claimsSpeakerFilter", "claimsTopicFilter",
                    "claimsVerdictFilter", "claimsStateFilter", "claimsClearFilters")) {
                Node n = bar.lookup("#" + id);
                if (n == null || !n.isVisible()) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > tab.getMaxX() + 0.5 || b.getWidth() < 1) {
                    cut.add(id + " out of sight at " + b.getMaxX() + " (the tab ends at " + tab.getMaxX() + ")");
                }
                for (Node t : n.lookupAll(".text")) {
                    if (t instanceof Text shown && shown.isVisible() && shown.getText() != null
                            && (shown.getText().endsWith("…") || shown.getText().endsWith("..."))) {
                        cut.add(id + " reads " + shown.getText());
                    }
                }
            }
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
