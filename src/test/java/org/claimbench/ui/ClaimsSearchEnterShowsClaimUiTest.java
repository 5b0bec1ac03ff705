package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Enter in the Claims tab's search, one claim found: the claim is shown in its article, scrolled to and outlined, as a
 * suggested claim chosen is (factcheck57: the claim was selected but its article, in no pane, stayed off screen; a
 * double-click on the row brought it).
 */
class ClaimsSearchEnterShowsClaimUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void enterOnTheOneClaimFoundShowsItInAPaneOutlinedAndInSight(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        List<ArticlePaneViewModel> panes = onFx(() -> List.copyOf(app.context.workbench().panes()));
        List<Long> shown = onFx(() -> panes.stream().map(p -> p.article().map(Article::id).orElse(-1L)).toList());
        Article hidden = w.articles().stream().filter(a -> !shown.contains(a.id())).findFirst().orElseThrow();
        // Words near the end of that article, so that showing them needs a scroll.
        String text = w.text(hidden.id());
        int from = text.indexOf(' ', text.length() * 4 / 5) + 1;
        int to = text.indexOf(' ', from + 50);
        Claim claim = onFx(() -> w.markClaim(hidden.id(), new TextSpan(from, to), w.sources().get(0).id(), "", ""));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(() -> search.setText(claim.exact().strip()));
        app.settle();
        TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(1, (int) onFx(() -> table.getItems().size()), "the search finds the one claim");
        robot.type(KeyCode.ENTER);
        app.settle();

        ArticlePaneViewModel pane = onFx(() -> panes.stream().filter(p -> p.article().map(a -> a.id() == hidden.id()).orElse(false))
                .findFirst().orElse(null));
        assertTrue(pane != null, "a pane shows the claim's article");
        assertEquals(java.util.Optional.of(new TextSpan(claim.start(), claim.end())), onFx(pane::outlined), "the claim is outlined there");
        int index = panes.indexOf(pane) + 1;
        var bounds = onFx(() -> app.area(index).getCharacterBoundsOnScreen(claim.start(), claim.start() + 1));
        var view = onFx(() -> app.area(index).localToScreen(app.area(index).getBoundsInLocal()));
        assertTrue(bounds.isPresent() && bounds.get().getMinY() >= view.getMinY() && bounds.get().getMaxY() <= view.getMaxY(),
                "the claim is scrolled into sight: " + bounds + " in " + view);
        assertTrue(onFx(table::isFocused), "the keyboard stays in the table (T, 1–5 act on the claim found)");
        assertEquals(1, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()), "the claim found is selected");
        assertEquals("The claim found is selected and shown in its article, outlined: T gives it a topic, 1–5 a source.",
                onFx(() -> app.context.workbench().statusProperty().get()), "the status line says both");
    }
}
