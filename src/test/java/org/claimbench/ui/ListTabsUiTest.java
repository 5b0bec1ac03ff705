package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lists below the panes are not in the window's first frame: each is built in a frame of its
 * own once the panes are laid out; one asked for before its turn is there at once.
 */
class ListTabsUiTest extends SampleWindowTest {

    /** The tabs' contents as they were in the turn that made the window, and once Ctrl+2's work had run. */
    private final List<Node> atFirst = new ArrayList<>();
    private Node contradictionsAskedFor;
    private int laidOutBeforeLists = -1;
    /** Each layout until the claims' table is there: whether their filters were (all or part), where (scene y), how high, the search box's width. */
    private final List<String> claimFrames = new ArrayList<>();

    @Start
    void start(Stage stage) {
        open(stage);
        // The stage may still be showing from an earlier test: its new scene is then styled at the next
        // pulse, and the skins that hold the tab pane are not made yet. A CSS pass makes them (it lays
        // nothing out, so no list is built by it).
        app.context.view().applyCss();
        TabPane tabs = (TabPane) app.context.view().lookup("#bottomTabs");
        tabs.getTabs().forEach(t -> atFirst.add(t.getContent()));
        // The first layout of the window: the panes are laid out, the lists not built yet.
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                laidOutBeforeLists = (int) tabs.getTabs().stream().filter(t -> t.getContent() != null).count();
            }
        });
        Runnable[] claims = new Runnable[1];
        claims[0] = () -> {
            Node filters = stage.getScene().lookup("#claimsFilterBar");
            Node table = stage.getScene().lookup("#claimsTable");
            Node search = stage.getScene().lookup("#claimsSearch");
            claimFrames.add((filters == null ? "no filters" : "filters at " + Math.round(filters.localToScene(0, 0).getY())
                    + " high " + Math.round(filters.getLayoutBounds().getHeight()) + ", search " + Math.round(search.getLayoutBounds().getWidth()) + " wide")
                    + (filters != null && stage.getScene().lookup("#claimsTopicFilter") == null ? ", part" : "")
                    + (table == null ? "" : ", table"));
            if (table != null) {
                stage.getScene().removePostLayoutPulseListener(claims[0]);
            }
        };
        stage.getScene().addPostLayoutPulseListener(claims[0]);
        app.context.view().focusList(1);
        contradictionsAskedFor = tabs.getTabs().get(1).getContent();
    }

    @Test
    void theListsAreBuiltAfterThePanesAndOneAskedForSoonerIsThereAtOnce(FxRobot robot) throws Exception {
        assertTrue(atFirst.stream().allMatch(c -> c == null), "no list is built with the window");
        assertTrue(contradictionsAskedFor != null && contradictionsAskedFor.lookup("#contradictionsTable") != null,
                "Ctrl+2 before its turn: the contradictions are there at once");
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs.getTabs().stream().allMatch(t -> t.getContent() != null));
        assertEquals(1, laidOutBeforeLists, "the first layout had only the list asked for, not the others");
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the tab asked for is in sight");
        assertFalse(robot.lookup("#claimsView").tryQuery().isEmpty(), "the claims list is built in a later frame");
        assertFalse(robot.lookup("#suggestionsView").tryQuery().isEmpty(), "so is the suggestions list");
        for (Tab t : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(t));
            assertTrue(t.getContent().isVisible(), t.getText());
        }
    }

    @Test
    void theClaimsFiltersAreLaidOutInTwoFramesBeforeTheirTableAndStayWhereTheyAre(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claimsTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> frames = WaitForAsyncUtils.asyncFx(() -> List.copyOf(claimFrames)).get();
        String last = frames.get(frames.size() - 1);
        assertTrue(last.endsWith(", table"), "the table came: " + frames);
        String filtersAlone = last.substring(0, last.length() - ", table".length());
        assertTrue(last.startsWith("filters at ") && frames.contains(filtersAlone),
                "a frame had the filters, where they stay, before the table came under them: " + frames);
        // Before that, a frame had part of them (the topic's, verdict's and state's boxes a frame later), the bar of the
        // same place and height and the search box of the same width.
        assertTrue(frames.contains(filtersAlone + ", part"),
                "a frame had part of the filters, laid out as they stay, before the rest came: " + frames);
    }
}
