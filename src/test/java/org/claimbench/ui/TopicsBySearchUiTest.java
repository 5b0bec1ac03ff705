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
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student groups claims by a word: the word in the claims' search, Enter selects every claim found, T gives them a
 * topic: five actions (a click, the word, Enter, T, the question with Enter) where a click on a row and Ctrl+A came
 * besides; ↓ goes from the search to the first claim found.
 */
class TopicsBySearchUiTest extends SampleWindowTest {

    private static final String TEXT = "The harbour board met on Monday. The ferry fares will rise in May, the chair said. "
            + "The union said the ferry crews would strike. A clerk said the ferry timetable stays. The mayor said the pier stays open.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Article withClaims() {
        return onFx(() -> {
            Workspace w = app.workspace();
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour board"), TEXT)).article();
            long src = w.sources().get(4).id();
            for (String words : List.of("The ferry fares will rise in May", "the ferry crews would strike", "the ferry timetable stays",
                    "the pier stays open")) {
                int at = TEXT.indexOf(words);
                w.markClaim(a.id(), new TextSpan(at, at + words.length()), src, "", "");
            }
            return a;
        });
    }

    @Test
    void enterInTheSearchSelectsEveryClaimFoundAndTGivesThemATopic(FxRobot robot) {
        withClaims();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn("#claimsSearch").write("ferry");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, (int) onFx(() -> table.getItems().size()), "three claims hold the word");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(table::isFocused), "the keyboard is in the table");
        assertEquals(3, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()), "every claim found is selected");
        assertEquals("ferry", onFx(() -> robot.lookup("#claimsSearch").queryAs(TextField.class).getText()), "the search is as typed");
        assertEquals("The 3 claims found are selected: T gives them a topic, 1–5 a source.", app.context.workbench().statusProperty().get(),
                "the keys named are those of the workspace's five sources");
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        WorkbenchFixture.answerTopic(robot, "What happens to the ferries?");
        Workspace w = app.workspace();
        List<String> topics = onFx(() -> w.claims().stream().filter(c -> c.exact().contains("ferry"))
                .map(c -> c.topicId() == null ? "" : w.topic(c.topicId()).orElseThrow().label()).toList());
        assertEquals(List.of("What happens to the ferries?", "What happens to the ferries?", "What happens to the ferries?"), topics);
        assertTrue(onFx(() -> w.claims().stream().filter(c -> !c.exact().contains("ferry")).allMatch(c -> c.topicId() == null)),
                "the claim not found keeps no topic");
    }

    @Test
    void downInTheSearchGoesToTheFirstClaimFound(FxRobot robot) {
        withClaims();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn("#claimsSearch").write("stays");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(table::isFocused), "the keyboard is in the table");
        assertEquals(List.of(onFx(() -> table.getItems().get(0))), onFx(() -> List.copyOf(table.getSelectionModel().getSelectedItems())),
                "the first claim found, alone");
    }

    @Test
    void enterOnASearchThatFoundNothingSaysSoAndActsOnNoClaim(FxRobot robot) {
        withClaims();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#claimsSearch").write("lighthouse");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) onFx(() -> table.getItems().size()), "no claim holds the word");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No claim matches \u201clighthouse\u201d: nothing is selected.", app.context.workbench().statusProperty().get());
        assertTrue(onFx(() -> robot.lookup("#claimsSearch").queryAs(TextField.class).isFocused()), "the keyboard stays in the search");
        assertEquals("lighthouse", onFx(() -> robot.lookup("#claimsSearch").queryAs(TextField.class).getText()));
    }

    @Test
    void theSearchFindsWordStartsAClickTakesItsTextWholeAndANarrowerFilterKeepsTheClaimsChosen(FxRobot robot) {
        Article a = withClaims();
        onFx(() -> {
            Workspace w = app.workspace();
            // A claim holding "ferry" only inside another word: not found by "ferry".
            w.markClaim(a.id(), new TextSpan(TEXT.indexOf("The harbour board"), TEXT.indexOf("The harbour board") + 17), w.sources().get(4).id(),
                    "", "Aferry is no word here");
            return null;
        });
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        robot.clickOn(search).write("pier");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) onFx(() -> table.getItems().size()));
        // The keyboard is in the table; a click into the search takes "pier" whole, so "ferry" replaces it.
        robot.clickOn(search).write("ferry");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ferry", onFx(search::getText), "the word typed replaced the last search");
        assertEquals(3, (int) onFx(() -> table.getItems().size()), "“ferry” starts a word in three claims; “Aferry” is not found");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()));
        // One of the three gets a topic elsewhere; "No topic" narrows the table to the other two, which stay chosen.
        onFx(() -> {
            Workspace w = app.workspace();
            long first = w.claims().stream().filter(c -> c.exact().contains("fares")).findFirst().orElseThrow().id();
            w.setTopic(List.of(first), "What do fares cost?");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#claimsTopicFilter").queryAs(javafx.scene.control.ComboBox.class).setValue("No topic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, (int) onFx(() -> table.getItems().size()));
        assertEquals(2, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()), "the claims chosen and still shown stay chosen");
        // The topic filter shows a topic with its colour, and the whole question in its tooltip however narrow the box.
        javafx.scene.control.ComboBox<String> topics = robot.lookup("#claimsTopicFilter").queryComboBox();
        robot.interact(() -> topics.setValue("What do fares cost?"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Showing only claims of the topic \u201cWhat do fares cost?\u201d", onFx(() -> topics.getTooltip().getText()));
        assertTrue(onFx(() -> topics.getButtonCell().getGraphic() instanceof javafx.scene.shape.Circle), "the chosen topic's colour dot");
        robot.interact(() -> topics.setValue("No topic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> topics.getButtonCell().getGraphic() == null), "no dot for no topic");
    }

    @Test
    void aTopicChosenOverAnOldSearchThatHidesItAllOffersToClearTheSearchInOneClick(FxRobot robot) {
        withClaims();
        onFx(() -> {
            Workspace w = app.workspace();
            w.setTopic(w.claims().stream().filter(c -> c.exact().contains("pier") || c.exact().contains("timetable"))
                    .map(org.claimbench.domain.Claim::id).toList(), "What stays as it is?");
            return null;
        });
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.clickOn("#claimsSearch").write("strike");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) onFx(() -> table.getItems().size()));
        // The old search stays; the topic chosen now has no claim with "strike".
        javafx.scene.control.ComboBox<String> topics = robot.lookup("#claimsTopicFilter").queryComboBox();
        robot.interact(() -> topics.setValue("What stays as it is?"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) onFx(() -> table.getItems().size()));
        String said = robot.lookup("#claimsPlaceholder").queryLabeled().getText();
        assertEquals("No claim of the 2 claims the other filters show matches the search “strike”.", said);
        javafx.scene.control.Button clear = robot.lookup("#claimsPlaceholderClearSearch").queryButton();
        assertTrue(onFx(() -> clear.isVisible() && clear.getWidth() > 0), "the empty table offers to clear the search");
        assertEquals("Clear the search (show 2 claims)", onFx(clear::getText));
        robot.clickOn(clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, (int) onFx(() -> table.getItems().size()), "one click shows the topic's claims");
        assertEquals("What stays as it is?", onFx(topics::getValue), "the topic chosen stays");
        assertEquals("", onFx(() -> robot.lookup("#claimsSearch").queryAs(TextField.class).getText()));
        assertTrue(onFx(table::isFocused), "the keyboard in the table, not wherever the button's going left it");
    }
}
