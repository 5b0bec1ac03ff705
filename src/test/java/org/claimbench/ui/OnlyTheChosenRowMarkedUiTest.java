package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Only the row chosen is marked in the panes (factcheck55: a claim found by the Claims tab's search, then linked with Ctrl+L,
 * stayed marked in the left pane while the next claim found was in the right one). The user's steps: the search, Enter,
 * Ctrl+L, the partner's words, Enter, the search again, Enter.
 */
class OnlyTheChosenRowMarkedUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void key(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        List<KeyCode> reverse = new java.util.ArrayList<>(List.of(chord));
        java.util.Collections.reverse(reverse);
        robot.release(reverse.toArray(KeyCode[]::new));
        app.settle();
    }

    /** Marks the words {@code from}–{@code to} of the article shown in {@code pane} (1 or 2) as a claim; its quote. */
    private String mark(int pane, int from, int to) {
        Workspace w = app.workspace();
        long article = onFx(() -> app.context.workbench().panes().get(pane - 1).article().orElseThrow().id());
        return onFx(() -> w.markClaim(article, new TextSpan(from, to), w.sources().get(pane - 1).id(), "", "").exact());
    }

    private static TextField search(FxRobot robot) {
        return robot.lookup("#claimsSearch").queryAs(TextField.class);
    }

    /** The search typed afresh and Enter: the claim found is chosen. */
    private void find(FxRobot robot, String words) {
        TextField search = search(robot);
        robot.clickOn(search);
        robot.interact(() -> search.setText(words));
        app.settle();
        key(robot, KeyCode.ENTER);
    }

    private static String firstWords(String quote) {
        String[] w = quote.strip().split("\\s+");
        return w[0] + " " + w[1] + " " + w[2];
    }

    @Test
    void aClaimFoundAndLinkedIsNoLongerMarkedOnceTheNextFoundIsInTheOtherPane(FxRobot robot) {
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        String left = mark(1, 0, 40);
        String partner = mark(2, 0, 40);
        String right = mark(2, 60, 120);
        app.settle();

        find(robot, firstWords(left));
        List<ArticlePaneViewModel> panes = onFx(() -> List.copyOf(app.context.workbench().panes()));
        assertTrue(onFx(() -> panes.get(0).outlined().isPresent()), "the claim found is outlined in the left pane");
        key(robot, KeyCode.CONTROL, KeyCode.L);
        int before = onFx(() -> app.workspace().contradictions().size());
        TextField filter = robot.lookup("#linkFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText(firstWords(partner)));
        app.settle();
        key(robot, KeyCode.ENTER);
        assertEquals(before + 1, (int) onFx(() -> app.workspace().contradictions().size()), "linked");

        find(robot, firstWords(right));
        for (int i = 0; i < 2; i++) {
            ArticlePaneViewModel p = panes.get(i);
            String which = i == 0 ? "the left pane" : "the right pane";
            int pane = i + 1;
            String shown = onFx(() -> "outlined " + p.outlined() + ", emphasised " + p.emphasised() + ", selection " + app.area(pane).getSelection());
            if (i == 0) {
                assertTrue(onFx(() -> p.outlined().isEmpty() && p.emphasised().isEmpty() && app.area(1).getSelection().getLength() == 0),
                        which + " marks nothing once the row chosen is the right pane's: " + shown);
            } else {
                assertTrue(onFx(() -> p.outlined().isPresent()), which + " outlines the row chosen: " + shown);
            }
        }
    }
}
