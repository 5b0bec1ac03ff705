package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The suggested claims' source filter lists each source with how many suggested claims it has, as the topic filter does
 * (walk62 checked them one by one to find out), and the counts follow an accepted suggestion.
 */
class SuggestionSourceCountsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The rows of the open source list, as drawn. */
    private List<String> openList(FxRobot robot) {
        robot.clickOn("#claimSuggestionsSourceFilter");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> drawn = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-cell").stream())
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.isVisible()).map(n -> (ListCell<?>) n)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex)).map(ListCell::getText).toList());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return drawn;
    }

    private Map<String, Long> expected() {
        return onFx(() -> app.context.workbench().suggestions().claims().stream()
                .collect(Collectors.groupingBy(ClaimSuggestionRow::source, Collectors.counting())));
    }

    @Test
    void eachSourceIsListedWithItsSuggestedClaimsAndTheCountFollowsAnAccept(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        List<String> names = onFx(() -> app.context.workbench().suggestions().sources().stream().map(s -> s.name()).toList());
        Map<String, Long> counts = expected();
        assertTrue(counts.values().stream().mapToLong(Long::longValue).sum() > 5, "the samples have suggested claims: " + counts);
        List<String> wanted = names.stream().map(n -> n + "  ·  " + counts.getOrDefault(n, 0L)).toList();
        assertEquals(wanted, openList(robot), "every source with its count, none checked yet");

        app.acceptClaimsWithASource(robot, 1);
        app.settle();
        Map<String, Long> after = expected();
        assertTrue(!after.equals(counts), "one suggestion fewer");
        assertEquals(names.stream().map(n -> n + "  ·  " + after.getOrDefault(n, 0L)).toList(), openList(robot),
                "the counts follow the accepted suggestion");
    }

    @Test
    void withAnArticleChosenEachSourceCountsThatArticlesSuggestedClaims(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        List<String> names = onFx(() -> app.context.workbench().suggestions().sources().stream().map(s -> s.name()).toList());
        openList(robot);
        // The article with the most suggested claims, chosen in the article filter: its counts differ from all articles'.
        Map<Long, Long> byArticle = onFx(() -> app.context.workbench().suggestions().claims().stream()
                .collect(Collectors.groupingBy(r -> r.suggestion().articleId(), Collectors.counting())));
        assertTrue(byArticle.size() > 1, "the samples' suggestions come from several articles: " + byArticle);
        long chosen = byArticle.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.claimbench.domain.Article> articles =
                robot.lookup("#claimSuggestionsArticleFilter").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> articles.getSelectionModel().select(articles.getItems().stream()
                .filter(a -> a != null && a.id() == chosen).findFirst().orElseThrow()));
        app.settle();
        Map<String, Long> counts = onFx(() -> app.context.workbench().suggestions().claims().stream()
                .filter(r -> r.suggestion().articleId() == chosen)
                .collect(Collectors.groupingBy(ClaimSuggestionRow::source, Collectors.counting())));
        assertTrue(!counts.equals(expected()), "the article's counts are not all articles'");
        assertEquals(names.stream().map(n -> n + "  ·  " + counts.getOrDefault(n, 0L)).toList(), openList(robot),
                "each source with its suggested claims in the article chosen, the list drawn before the choice redrawn");
    }
}
