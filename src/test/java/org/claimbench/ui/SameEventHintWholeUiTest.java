package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * student-run56 (item 7): the line above the suggested claims was cut ("Of the 2 articles about …, only “Putin insists to
 * Trump that h…”" and no more), so she never learned what "only …" meant; and the article filter said "All articles" while
 * the rows in sight were all of one article (the list runs article by article, its Article column out of sight). At 1024 ×
 * 700 and at 1280 × 720 the line says its whole sentence with its button under it, in the window, and the article box says
 * how many articles the list holds.
 */
class SameEventHintWholeUiTest extends SampleWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, 1024, 700);
    }

    @Test
    void theLineSaysItsWholeSentenceAndTheArticleBoxSaysHowManyArticlesTheListHolds(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        app.settle();
        Workspace w = app.workspace();
        Map<String, List<Article>> byEvent = onFx(() -> w.articles().stream()
                .collect(Collectors.groupingBy(a -> w.analysis().eventOf(a), java.util.LinkedHashMap::new, Collectors.toList())));
        Article first = byEvent.values().stream().filter(g -> g.size() >= 2).findFirst().orElseThrow().get(0);
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        @SuppressWarnings("unchecked")
        ComboBox<Article> articleBox = (ComboBox<Article>) robot.lookup("#claimSuggestionsArticleFilter").query();
        robot.interact(() -> {
            articleBox.setValue(first);
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT1);
        app.settle();
        // Every article's suggestions listed again: the box says how many articles they come from.
        robot.interact(() -> articleBox.setValue(null));
        app.settle();
        long articles = onFx(() -> app.context.workbench().suggestions().claims().stream().map(r -> r.suggestion().articleId()).distinct().count());
        assertTrue(articles >= 2, "the samples' suggestions come from several articles");
        assertEquals("All " + articles + " articles", onFx(() -> articleBox.getButtonCell().getText()), "the box says what the list holds");

        for (double[] size : new double[][] {{1024, 700}, {1280, 720}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            app.settle();
            HBox hint = robot.lookup("#sameEventHint").queryAs(HBox.class);
            assertTrue(onFx(hint::isVisible), "claims in one article of a two-article event: the line shows");
            Label says = robot.lookup("#sameEventHintText").queryAs(Label.class);
            Text drawn = (Text) says.lookup(".text");
            String at = size[0] + " × " + size[1] + ": ";
            assertEquals(onFx(says::getText), onFx(drawn::getText), at + "the whole sentence is drawn, nothing cut");
            // At most three lines: beside the button the sentence wrapped into a tall, narrow column over the list.
            double line = onFx(() -> drawn.getFont().getSize()) * 1.5;
            assertTrue(onFx(says::getHeight) <= 3 * line + 1, at + "the sentence takes at most three lines: " + onFx(says::getHeight) + " px");
            Button show = robot.lookup("#sameEventHintShow").queryButton();
            Bounds b = onFx(() -> show.localToScene(show.getLayoutBounds()));
            assertTrue(b.getMaxX() <= onFx(() -> show.getScene().getWidth()) + 0.5 && b.getWidth() >= onFx(() -> show.prefWidth(-1)) - 0.5,
                    at + "the button is whole and in the window: " + b);
            assertTrue(onFx(() -> table.getHeight()) >= 100, at + "the list keeps its rows: " + onFx(table::getHeight) + " px");
            // It says what to do: claims in another article of the event.
            assertTrue(onFx(says::getText).contains("Contradictions are suggested between two articles of one event: accept claims of another."),
                    onFx(says::getText));
        }
    }
}
