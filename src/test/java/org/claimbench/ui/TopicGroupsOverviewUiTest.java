package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280 × 720 the suggested topics' dialog shows every group at once, each with its gist (the quote of one of its claims),
 * so that a student chooses questions without clicking through the groups (student-run51 clicked through eight); the chosen
 * group's claims are all in sight or the dialog says how many are below the list's edge (a 7th claim sat there unseen).
 */
class TopicGroupsOverviewUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    private static boolean whollyInside(Node n, Node in) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds v = in.localToScene(in.getLayoutBounds());
        return b.getMinY() >= v.getMinY() - 1 && b.getMaxY() <= v.getMaxY() + 1;
    }

    private static List<ListCell<?>> cells(ListView<?> list) {
        return list.lookupAll(".list-cell").stream().<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.isVisible() && !c.isEmpty() && c.getIndex() >= 0).toList();
    }

    @Test
    void everyGroupIsReadAtOnceWithItsGistAndTheClaimsBelowTheEdgeAreCounted(FxRobot robot) {
        TopicSuggestionsUiTest.markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = TopicSuggestionsUiTest.gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        Node flow = groups.lookup(".virtual-flow");
        for (int i = 0; i < shown.size(); i++) {
            int at = i;
            Group g = shown.get(i);
            ListCell<?> cell = onFx(() -> cells(groups).stream().filter(c -> c.getIndex() == at).findFirst().orElse(null));
            assertTrue(cell != null && onFx(() -> whollyInside(cell, flow)), "group " + (at + 1) + " is in sight without scrolling");
            if (!g.notGrouped()) {
                String gist = onFx(() -> cell.lookup("#topicGroupGist") instanceof Labeled l ? l.getText() : "");
                List<String> quotes = g.claims().stream().map(c -> "“" + c.row().quote() + "”").toList();
                assertTrue(quotes.contains(gist), "group " + (at + 1) + " shows the quote of one of its claims as its gist: " + gist);
            }
        }
        // The largest group chosen: its claims in sight, or the count of those below.
        Group largest = shown.stream().max(java.util.Comparator.comparingInt(g -> g.claims().size())).orElseThrow();
        ListView<Choice> claims = robot.lookup("#topicGroupClaims").queryListView();
        // Made larger than the list shows: the first claim of each other group moved there by its number.
        javafx.scene.input.KeyCode digit = javafx.scene.input.KeyCode.valueOf("DIGIT" + (shown.indexOf(largest) + 1));
        for (Group g : shown) {
            if (g != largest && !g.notGrouped() && g.claims().size() > 1) {
                robot.interact(() -> {
                    groups.getSelectionModel().select(g);
                    claims.requestFocus();
                    claims.getSelectionModel().select(0);
                });
                robot.type(digit);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        robot.interact(() -> groups.getSelectionModel().select(largest));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(largest.claims().size() >= 12, "the group holds " + largest.claims().size());
        Node claimsFlow = claims.lookup(".virtual-flow");
        long inSight = onFx(() -> cells(claims).stream().filter(c -> whollyInside(c, claimsFlow)).count());
        long below = largest.claims().size() - inSight;
        String more = robot.lookup("#topicGroupMore").queryAs(Labeled.class).getText();
        System.out.println("largest group " + largest.claims().size() + ", in sight " + inSight + ", said: " + more);
        assertTrue(below > 0, "some claims are below the edge");
        assertEquals(below == 0 ? "" : "▼ " + below + (below == 1 ? " more claim" : " more claims") + " below: scroll, or ↓ in the list", more);
        // Scrolled to its end, nothing is below.
        robot.interact(() -> claims.scrollTo(largest.claims().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#topicGroupMore").queryAs(Labeled.class).getText(), "scrolled to the end: nothing below");
    }
}
