package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit of r57 (1280 × 720): the first suggested contradiction that put other articles in the panes made the status
 * line "The review changed your panes (Ctrl+Shift+B puts them back) …": the pair's description and its reason (two signals'
 * reasons, some 250 characters) were cut, and the user could not read what the review showed. At 1280 × 720 the line now
 * draws its whole message there, and after A (what was done and the next pair). At 1024 × 700 it begins with where A and B
 * are, said whole (stop 59's student read only the panes' notice).
 */
class ReviewStatusWholeUiTest extends SampleWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, 1280, 720);
    }

    @Test
    void theFirstPairThatChangesThePanesAndTheNextAfterASayTheirWholeMessageAt1280By720(FxRobot robot) throws Exception {
        reviewTwoPairs(robot, false);
    }

    /**
     * A student at 1024 × 700 (stop 59) read "Ctrl+Shift+B puts your own panes back …" and never which claim was in which
     * pane: the line there begins with where A and B are and draws the pair's description whole; only the panes' notice,
     * said last, may give way to "…" (its tooltip has it). After A the whole line is drawn.
     */
    @Test
    void theFirstPairThatChangesThePanesSaysWhereAAndBAreFirstAndWholeAt1024By700(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        app.settle();
        reviewTwoPairs(robot, true);
    }

    /** Where the two claims of a pair are, as the status line says it ("A left, B right", "A above B, both in …"). */
    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(
            "A (left|right), B (left|right)|A (above|below) B, both in |B above A, both in |A and B (overlap|on the same words)");

    /**
     * Chooses the second suggested pair with the user's panes elsewhere, then presses A; checks that the line begins with
     * where A and B are and draws the whole message each time ({@code noticeMayGo}: but for the panes' notice at the end).
     */
    private void reviewTwoPairs(FxRobot robot, boolean noticeMayGo) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.context.model().workspace().isPresent());
        app.settle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> app.context.workbench().suggestions().ready()));
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        robot.interact(() -> app.context.view().focusList(3));
        app.settle();
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        assertTrue(onFx(() -> table.getItems().size()) >= 2, "the samples give contradiction suggestions");
        // The user's own panes show two articles the second row has no claim in: choosing it starts a new review, which
        // puts its articles in the panes and says so (once a review) with what it shows.
        ContradictionSuggestionRow second = onFx(() -> table.getItems().get(1));
        List<org.claimbench.domain.Article> others = onFx(() -> app.context.model().articles().stream()
                .filter(a -> a.id() != second.a().articleId() && a.id() != second.b().articleId()).toList());
        robot.interact(() -> {
            app.context.workbench().choose(app.context.workbench().panes().get(0), others.get(0));
            app.context.workbench().choose(app.context.workbench().panes().get(1), others.get(1));
        });
        app.settle();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        app.settle();
        String first = status();
        assertTrue(first.endsWith(" · Ctrl+Shift+B puts your own panes back"), "the panes changed, the line says so last: " + first);
        assertTrue(WHERE.matcher(first).lookingAt(), "the line begins with where A and B are: " + first);
        String pair = first.substring(0, first.lastIndexOf(" · Ctrl+Shift+B"));
        assertTrue(pair.contains(" contradiction: " + second.sourceA() + " against " + second.sourceB()), pair);
        String drawn = drawn(robot);
        if (!(noticeMayGo && drawn.equals(pair + " …"))) {
            assertEquals(first, drawn, "the line draws the whole message");
        }

        robot.interact(table::requestFocus);
        robot.type(KeyCode.A);
        app.settle();
        String after = status();
        assertTrue(after.startsWith("Confirmed a "), after);
        assertEquals(after, drawn(robot), "after A too");
    }

    private String status() {
        return onFx(() -> app.context.workbench().statusProperty().get());
    }

    /** What the status line draws now. */
    private String drawn(FxRobot robot) {
        return onFx(() -> {
            Labeled label = (Labeled) robot.lookup("#statusBar .status-label").query();
            Text text = (Text) label.lookup(".text");
            return text == null ? "" : text.getText();
        });
    }
}
