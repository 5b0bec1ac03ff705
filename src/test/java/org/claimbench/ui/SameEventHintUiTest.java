package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The line above the suggested claims that says where to mark next for contradictions to be suggested: claims accepted in
 * one article of an event bring it up; its button lists another article of that event, with the keyboard in the list; a
 * claim marked there takes it away; × hides it (newcomer44 accepted 21 suggestions of one article and got one
 * contradiction suggestion).
 */
class SameEventHintUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void claimsOfOneArticleOfAnEventBringTheLineAndItsButtonListsAnotherArticleOfThatEvent(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        app.settle();
        HBox hint = robot.lookup("#sameEventHint").queryAs(HBox.class);
        assertFalse(hint.isVisible(), "no claim is marked yet: nothing to say");
        Workspace w = app.workspace();
        // An article whose event (as inferred; the samples name none) has another article.
        Map<String, List<Article>> byEvent = onFx(() -> w.articles().stream()
                .collect(Collectors.groupingBy(a -> w.analysis().inferredEventLabel(a.id()), java.util.LinkedHashMap::new, Collectors.toList())));
        List<Article> event = byEvent.values().stream().filter(g -> g.size() >= 2).findFirst().orElseThrow();
        Article first = event.get(0);
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        robot.interact(() -> {
            ((javafx.scene.control.ComboBox<Article>) robot.lookup("#claimSuggestionsArticleFilter").query()).setValue(first);
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        // Accepting twice marks two claims of the first article, whatever their speakers (1 accepts as the first source).
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertEquals(2, w.claimCountOf(first.id()));
        assertTrue(hint.isVisible(), "two claims in one article of a two-article event: the line says so");
        String says = robot.lookup("#sameEventHintText").queryAs(Label.class).getText();
        assertTrue(says.contains(first.title().substring(0, 12)), says);
        // Every line of it shows: at 1280 × 720 its third line was cut, so the student never read what "only …" meant.
        Label line = robot.lookup("#sameEventHintText").queryAs(Label.class);
        assertTrue(onFx(() -> line.getHeight() + 0.5 >= line.prefHeight(line.getWidth())), "the line is as tall as its text: "
                + onFx(line::getHeight) + " px for " + onFx(() -> line.prefHeight(line.getWidth())));
        Button show = robot.lookup("#sameEventHintShow").queryButton();
        Function<Article, Boolean> named = a -> show.getText().contains(a.title().substring(0, 12));
        Article next = event.stream().filter(a -> a != first && named.apply(a)).findFirst().orElseThrow(
                () -> new AssertionError("the button names another article of the event: " + show.getText()));

        robot.clickOn(show);
        app.settle();
        assertTrue(table.getItems().stream().allMatch(r -> r.suggestion().articleId() == next.id()), "the list shows that article's suggestions");
        assertTrue(table.isFocused(), "the keyboard is in the list");
        // The button did its job: it goes, and the line says what to do in the list it opened (factcheck51 was offered it again).
        assertFalse(show.isVisible(), "the button that lists that article is gone while the list shows it");
        String listing = robot.lookup("#sameEventHintText").queryAs(Label.class).getText();
        assertTrue(listing.startsWith("Listing the suggested claims of") && listing.contains(next.title().substring(0, 12)), listing);
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertEquals(1, w.claimCountOf(next.id()), "1 marked a claim of the other article at once");
        assertFalse(hint.isVisible() && robot.lookup("#sameEventHintText").queryAs(Label.class).getText().contains(first.title().substring(0, 12)),
                "claims in two articles of the event: the line about it is gone");
    }

    @Test
    void theCrossHidesTheLine(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        app.settle();
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        Workspace w = app.workspace();
        Article first = onFx(() -> w.articles().stream().filter(a -> w.articles().stream()
                .filter(b -> w.analysis().inferredEventLabel(b.id()).equals(w.analysis().inferredEventLabel(a.id()))).count() >= 2)
                .findFirst().orElseThrow());
        robot.interact(() -> {
            ((javafx.scene.control.ComboBox<Article>) robot.lookup("#claimSuggestionsArticleFilter").query()).setValue(first);
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DIGIT1);
        app.settle();
        HBox hint = robot.lookup("#sameEventHint").queryAs(HBox.class);
        assertTrue(hint.isVisible());
        robot.clickOn("#sameEventHintClose");
        app.settle();
        assertFalse(hint.isVisible());
        assertFalse(hint.isManaged(), "hidden, it takes no room from the list");
        robot.interact(() -> table.requestFocus());
        robot.type(KeyCode.DIGIT1);
        app.settle();
        assertFalse(hint.isVisible(), "it stays hidden while the workspace is open");
    }
}
