package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimStateFilter;
import org.claimbench.ui.sources.SourceRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The legend's counts under a filter of the Claims table say what they count, "shown of all" and "1 of 2" beside each
 * source, never a bare 0 beside a source whose claims the filter only hides (editor58: under the Orphans filter most
 * sources read "0", as if their claims were gone).
 */
class SourceCountsUnderFilterUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void underTheOrphansFilterEachSourceSaysHowManyOfItsClaimsAreShownOfAll(FxRobot robot) {
        Workspace w = app.workspace();
        Article article = app.context.model().articles().get(0);
        String text = w.text(article.id());
        long press = w.sourceNamed("Press").orElseThrow().id();
        long whiteHouse = w.sourceNamed("White House").orElseThrow().id();
        // Two Press claims and one White House claim; then the text loses the words of one Press claim (an orphan).
        robot.interact(() -> {
            w.markClaim(article.id(), new TextSpan(0, 20), press, "", "");
            w.markClaim(article.id(), new TextSpan(40, 60), whiteHouse, "", "");
            w.markClaim(article.id(), new TextSpan(text.length() - 30, text.length() - 5), press, "", "");
            w.reviseArticle(article.id(), text.substring(0, text.length() - 40), org.claimbench.domain.TextOrigin.EDIT);
        });
        app.settle();
        assertEquals("all claims", robot.lookup("#legendCounts").queryLabeled().getText());
        assertEquals(Map.of("Press", "2", "White House", "1", "Ukraine", "0"), counts(robot));

        robot.interact(() -> app.context.workbench().claims().stateFilter().set(ClaimStateFilter.ORPHANS));
        app.settle();
        assertEquals("shown of all", robot.lookup("#legendCounts").queryLabeled().getText());
        assertEquals(Map.of("Press", "1 of 2", "White House", "0 of 1", "Ukraine", "0"), counts(robot),
                "each count says its share of all the source's claims; a source with none says 0");

        robot.interact(() -> app.context.workbench().claims().clearFilters());
        app.settle();
        assertEquals("all claims", robot.lookup("#legendCounts").queryLabeled().getText());
        assertEquals(Map.of("Press", "2", "White House", "1", "Ukraine", "0"), counts(robot));
    }

    /** The count each shown row of the legend says, by source name (Press, White House and Ukraine only). */
    private static Map<String, String> counts(FxRobot robot) {
        ListView<SourceRow> legend = robot.lookup("#sourceList").queryAs(ListView.class);
        return WorkbenchFixture.onFx(() -> {
            Map<String, String> out = new TreeMap<>();
            legend.lookupAll(".list-cell").forEach(n -> {
                if (n instanceof ListCell<?> c && c.getItem() instanceof SourceRow r
                        && java.util.Set.of("Press", "White House", "Ukraine").contains(r.source().name())) {
                    out.put(r.source().name(), ((javafx.scene.control.Label) c.lookup("#sourceCount")).getText());
                }
            });
            return out;
        });
    }
}
