package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Esc in the Claims tab's search with words in it clears them: the table lists every claim again and the status line says
 * so (a fact-checker's Esc did nothing, stop 61); in an empty search it changes nothing there.
 */
class ClaimsSearchEscapeUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void escClearsTheWordsSearchedAndTheTableListsEveryClaimAgain(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        long article = w.articles().get(0).id();
        long source = w.sources().get(0).id();
        String text = w.text(article);
        List<ClaimDraft> drafts = new java.util.ArrayList<>();
        for (double at : List.of(0.1, 0.3, 0.5)) {
            int start = text.indexOf(' ', (int) (text.length() * at)) + 1;
            drafts.add(new ClaimDraft(article, new TextSpan(start, text.indexOf(' ', start + 10)), source, "", ""));
        }
        robot.interact(() -> w.markClaims(drafts));
        app.settle();
        String word = onFx(() -> w.claims().get(1).exact().split(" ")[0]);
        TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        robot.clickOn(search).write(word);
        WaitForAsyncUtils.waitForFxEvents();
        int found = onFx(() -> table.getItems().size());
        assertTrue(found >= 1 && found < 3, "the search narrows the table: " + found);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", onFx(search::getText), "Esc cleared the words");
        assertEquals(3, onFx(() -> table.getItems().size()), "every claim is listed again");
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertEquals("Search “" + word + "” cleared: all 3 claims are listed again.", status);
        assertTrue(onFx(search::isFocused), "the keyboard stays in the search");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, onFx(() -> table.getItems().size()));
        assertEquals(status, onFx(() -> app.context.workbench().statusProperty().get()), "Esc in an empty search says nothing new");
    }
}
