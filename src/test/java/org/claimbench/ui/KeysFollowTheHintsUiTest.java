package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys the hints name work after a click elsewhere in the window (newcomer33): a number after a click in the sources'
 * legend, A after Assign… in the suggestions; letters typed in the sources list are the list's own (newcomer37).
 */
class KeysFollowTheHintsUiTest extends SampleWindowTest {

    private static final String ARTICLE = "Bridge tolls to rise\n\n"
            + "Tolls on the river bridge will rise by a fifth in April, treasurer Maren Holt said on Friday.\n\n"
            + "Commuter group chair Ivo Brandt said the rise would push drivers onto the ferry.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aNumberPressedAfterAClickInTheLegendTagsTheWordsSelectedInThePane(FxRobot robot) {
        String phrase = WorkbenchUiTest.PRESS_PHRASE;
        app.selectWithMouse(robot, 2, phrase);
        robot.clickOn("#sourceList");
        WaitForAsyncUtils.waitForFxEvents();
        int before = app.workspace().claimCount();
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, app.workspace().claimCount(), "5 marked the words selected in the pane");
        Claim c = app.workspace().claims().stream().filter(x -> x.exact().equals(phrase)).findFirst().orElseThrow();
        assertEquals("Press", app.workspace().source(c.sourceId()).orElseThrow().name());
        assertSame(app.area(2), onFx(() -> app.area(2).getScene().getFocusOwner()), "the pane has the keyboard again");
    }

    @Test
    void lettersTypedInTheSourcesListChangeNoClaimAndChooseASourceByItsName(FxRobot robot) throws Exception {
        Claim c = app.markWithMouse(robot, 2, WorkbenchUiTest.PRESS_PHRASE, KeyCode.DIGIT5);
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(2), WorkbenchUiTest.PRESS_PHRASE).orElseThrow()));
        robot.clickOn("#sourceList");
        WaitForAsyncUtils.waitForFxEvents();
        // A name meant for the new-source box, typed where the keyboard is (its S and T are the claim's keys in a pane).
        robot.type(KeyCode.U, KeyCode.N, KeyCode.SPACE, KeyCode.O, KeyCode.B, KeyCode.S, KeyCode.E, KeyCode.R, KeyCode.V,
                KeyCode.E, KeyCode.R, KeyCode.S, KeyCode.SPACE, KeyCode.T, KeyCode.E, KeyCode.A, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog asked about the claim");
        Claim after = app.workspace().claim(c.id()).orElseThrow();
        assertEquals(c.speaker(), after.speaker(), "the claim's speaker is as it was");
        assertEquals(c.topicId(), after.topicId(), "the claim's topic is as it was");
        Thread.sleep(1200);
        robot.type(KeyCode.P, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = robot.lookup("#sourceList").queryListView();
        assertEquals("Press", onFx(() -> ((org.claimbench.ui.sources.SourceRow) list.getSelectionModel().getSelectedItem()).source().name()),
                "letters typed in the list choose the source whose name begins with them");
    }

    @Test
    void afterAssignTheKeyboardIsInTheListAndAAcceptsTheRowShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Bridge tolls"), ARTICLE))).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.suggestion().speaker().equals("Ivo Brandt"))));
        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Ivo Brandt")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#assignSpeaker");
        robot.clickOn("#assignSpeakerNewSource").write("Commuters");
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.suggestion().speaker().equals("Ivo Brandt") && r.source().equals("Commuters"))));
        assertSame(table, onFx(() -> table.getScene().getFocusOwner()), "the keyboard is back in the list, not on a button");

        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Ivo Brandt")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        int before = app.workspace().claimCount();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.workspace().claimCount() == before + 1);
        assertTrue(app.workspace().claims().stream().anyMatch(x -> "Ivo Brandt".equals(x.speaker())), "A accepted the row shown");
    }

    @Test
    void aNumberOnASuggestedClaimAcceptsItAsThatSourceAndGoesOn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Bridge tolls"), ARTICLE))).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.suggestion().speaker().equals("Maren Holt"))));
        robot.interact(() -> {
            table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Maren Holt")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            table.requestFocus();
        });
        ClaimSuggestionRow chosen = onFx(() -> table.getSelectionModel().getSelectedItem());
        int speakers = app.workspace().speakers().size();
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.workspace().claims().stream().anyMatch(c -> "Maren Holt".equals(c.speaker())));
        Claim marked = app.workspace().claims().stream().filter(c -> "Maren Holt".equals(c.speaker())).findFirst().orElseThrow();
        assertEquals("Europe", app.workspace().source(marked.sourceId()).orElseThrow().name(), "4 is the fourth source");
        assertEquals(chosen.quote(), marked.exact());
        assertEquals(speakers, app.workspace().speakers().size(), "for this suggestion only: the speaker table is not told");
        assertTrue(onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && !table.getSelectionModel().getSelectedItem().quote().equals(chosen.quote())), "the review went on to the next row");
    }
}
