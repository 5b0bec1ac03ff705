package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.claimbench.ui.WorkbenchFixture.onFx;

/**
 * An empty suggestions list tells the truth at every moment (newcomer34): while the engines read the articles it says they
 * are looking, and only once they have looked that there is nothing to suggest.
 */
class SuggestionsPlaceholderUiTest extends SampleWindowTest {

    private static final String ARTICLE = "Ferry fares to rise\n\n"
            + "Fares on the island ferry will rise by a tenth in May, harbour master Ines Morrow said on Monday.\n\n"
            + "The operator said the rise would pay for a second boat.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anEmptyListSaysTheEnginesAreLookingUntilTheyHaveLooked(FxRobot robot) throws Exception {
        app.settle();
        TableView<?> contradictions = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        Label placeholder = (Label) onFx(contradictions::getPlaceholder);
        // No claim is marked: nothing to compare, and the engines have looked.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> placeholder.getText().startsWith("No likely contradictions")));
        // A new article sets the engines to work again: meanwhile the list says they are looking, never that there is
        // nothing. Every text the list shows is kept with whether the engines were at work then.
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        var working = app.context.workbench().suggestions().workingProperty();
        onFx(() -> {
            placeholder.textProperty().addListener((o, was, now) -> said.add((working.get() ? "at work: " : "done: ") + now));
            working.addListener((o, was, now) -> said.add((now ? "at work: " : "done: ") + placeholder.getText()));
            return null;
        });
        onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry fares"), ARTICLE)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> placeholder.getText().startsWith("No likely contradictions")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !working.get()
                && app.context.workbench().suggestions().claims().stream().anyMatch(r -> r.article().equals("Ferry fares"))));
        assertTrue(said.contains("at work: Looking for suggestions…"), String.valueOf(said));
        assertTrue(said.stream().noneMatch(t -> t.startsWith("at work: No")), String.valueOf(said));
    }
}
