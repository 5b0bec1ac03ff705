package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two claims are picked to link (boxed in their colours, Ctrl+L's pair) only when the user chose them: two claims clicked in
 * the panes, or two rows selected by hand in the Claims table. A student at 1024 × 700 (stop 59, C9) found two claims boxed
 * that they never picked: a search's Enter that found two selected them, and two rows selected were picked whoever selected them.
 */
class LinkPickByHandUiTest extends SampleWindowTest {

    private static final String TEXT = "The council met on Tuesday. The library will close at six, the clerk said. "
            + "The union said the drivers would walk out. The mayor said the library stays open late.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Marks three claims of the text, each of another source; the article shown in the first pane. */
    private void markThree(FxRobot robot) {
        app.settle();
        onFx(() -> {
            Workspace w = app.workspace();
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Council notes"), TEXT)).article();
            String[] words = {"The library will close at six", "the drivers would walk out", "the library stays open late"};
            for (int i = 0; i < words.length; i++) {
                int at = TEXT.indexOf(words[i]);
                w.markClaim(a.id(), new TextSpan(at, at + words[i].length()), w.sources().get(i).id(), "", "");
            }
            return null;
        });
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
    }

    private Set<Long> picked() {
        return onFx(() -> app.context.workbench().picked().stream().map(Claim::id).collect(Collectors.toSet()));
    }

    @Test
    void twoClaimsASearchsEnterSelectsAreNotPickedToLinkYetCtrlLOnThemOpensTheLinkDialog(FxRobot robot) {
        markThree(robot);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn("#claimsSearch").write("library");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, onFx(() -> table.getSelectionModel().getSelectedItems().size()), "Enter selects the two claims found");
        assertEquals(Set.of(), picked(), "selected by the search, not picked to link: no claim boxed");
        assertTrue(onFx(() -> app.context.workbench().panes().stream().allMatch(p -> p.emphasised().isEmpty())), "no pane boxes a claim");
        String said = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(said.startsWith("The 2 claims found are selected"), "the line says what Enter did, not Ctrl+L: " + said);

        // Ctrl+L with the two rows selected is the user's own choice of the pair.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String header = onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        String first = onFx(() -> app.workspace().sources().get(0).name());
        String third = onFx(() -> app.workspace().sources().get(2).name());
        assertTrue(header.contains(first + ": ") && header.contains(third + ": "), header);
        robot.type(KeyCode.ESCAPE);
        app.settle();
        assertEquals(0, app.workspace().contradictions().size(), "nothing linked");
    }

    @Test
    void twoRowsClickedWithCtrlArePickedToLink(FxRobot robot) {
        markThree(robot);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        List<Long> ids = onFx(() -> table.getItems().stream().map(ClaimRow::id).toList());
        robot.clickOn(robot.lookup("#claimsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL).clickOn(robot.lookup("#claimsTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class))
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(ids.get(0), ids.get(1)), picked(), "two rows the user chose are the pair Ctrl+L links");
        String said = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(said.contains("Ctrl+L links them"), said);
    }
}
