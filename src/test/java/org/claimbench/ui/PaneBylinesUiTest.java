package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every pane's header says its outlet (or "no outlet"), its date (or "no date") and its claims count at the smallest
 * window with three and four panes, each header in the same shape (newcomer37: "no outlet" left out of some headers,
 * "(event)" cut, at 1024 × 700).
 */
class PaneBylinesUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
    }

    @Test
    void withThreeAndWithFourPanesEveryHeaderSaysOutletDateAndCountUncut(FxRobot robot) {
        app.settle();
        for (int panes = 3; panes <= 4; panes++) {
            robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
            app.settle();
            int shown = onFx(() -> app.context.view().paneViews().size());
            assertEquals(panes, shown);
            Set<Integer> shapes = new HashSet<>();
            for (int pane = 1; pane <= shown; pane++) {
                Label byline = robot.lookup("#paneByline-" + pane).queryAs(Label.class);
                String whole = onFx(() -> app.context.workbench().panes().get(byline.getId().charAt(byline.getId().length() - 1) - '1')
                        .headerProperty().get());
                String[] parts = whole.split(" · ");
                String text = onFx(byline::getText);
                String drawn = onFx(() -> ((Text) byline.lookup(".text")).getText());
                assertEquals(text, drawn, "pane " + pane + " of " + panes + ": the label cuts nothing");
                assertTrue(text.startsWith(parts[0].length() > 8 ? parts[0].substring(0, 6) : parts[0]), "the outlet: " + text);
                assertTrue(text.contains(parts[1]), "the date whole (" + parts[1] + "): " + text);
                assertTrue(text.contains(parts[2]), "the count (" + parts[2] + "): " + text);
                shapes.add(text.split("\n").length);
            }
            assertEquals(1, shapes.size(), "every header of " + panes + " panes in one shape: " + shapes);
        }
    }

    @Test
    void aDateMarkedEventSaysWhatThatMeansInTheHeadersAndTheListsTooltips(FxRobot robot) {
        app.settle();
        int withEvent = 0;
        for (int pane = 1; pane <= 2; pane++) {
            Label byline = robot.lookup("#paneByline-" + pane).queryAs(Label.class);
            // The tooltip is made when first pointed at; its text is the label's accessible help, bound to the same.
            String tip = onFx(() -> String.valueOf(byline.getAccessibleHelp()));
            if (onFx(byline::getText).contains("(event)")) {
                withEvent++;
                assertTrue(tip.endsWith(org.claimbench.domain.ArticleMetadata.EVENT_DATE_NOTE), "pane " + pane + ": " + tip);
            } else {
                assertTrue(!tip.contains("“(event)”"), "pane " + pane + " says no event date: " + tip);
            }
        }
        assertTrue(withEvent > 0, "a sample shown has the date of its event only");
        // In the list the article's cell has the tooltip (JavaFX shows the outermost node's, so a byline's own never
        // showed under the list's): its byline, then what "(event)" means. The list's own line leaves the event's date out
        // (the event's name beside it holds it, review63b 3): the cells are those of an article with no date of its own.
        java.util.List<String> listTips = onFx(() -> robot.lookup("#articleList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof org.claimbench.domain.Article a && a.metadata().publishedDate().isEmpty()
                        && a.metadata().eventDate().isPresent())
                .map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText()).toList());
        assertTrue(!listTips.isEmpty() && listTips.stream().allMatch(t -> t.contains("(event) · ")
                        && t.contains("\n" + org.claimbench.domain.ArticleMetadata.EVENT_DATE_NOTE + "\n")),
                "each article of the list whose byline says (event) explains it: " + listTips);
    }
}
