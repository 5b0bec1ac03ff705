package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.exchange.HtmlReportExporter;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Newcomer of round 36: a pasted article's event was inferred (Article details showed "inferred from the text: …") but the
 * article list showed no event for it, the event filter had no entry for it and the report's title counted it as "of no
 * event". One answer everywhere: the event set in Article details, else the one inferred, marked "(inferred)" in the list.
 */
class InferredEventUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anArticleWithNoEventSetShowsTheInferredOneInTheListTheFilterAndTheReportTitle(FxRobot robot) {
        // Our own text: a meeting with a date and no event set.
        String text = "The two harbour ministers held talks in Tallinn on 14 March 2031 about the night ferry rota.\n\n"
                + "The union's chair, Mari Kask, said the talks had failed. The authority said the meeting went well.";
        robot.interact(() -> app.context.workbench().articleActions().addPasted(text, "Ferry rota talks end without a deal"));
        app.settle();
        Workspace w = app.workspace();
        Article pasted = w.articles().stream().filter(a -> a.title().startsWith("Ferry rota")).findFirst().orElseThrow();
        assertTrue(pasted.metadata().event().isBlank(), "no event set");
        String inferred = w.analysis().inferredEvent(pasted.id()).map(e -> e.label()).orElse("");
        assertFalse(inferred.isBlank(), "the build inferred an event for it");

        ListView<Article> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(pasted));
        WaitForAsyncUtils.waitForFxEvents();
        String byline = robot.lookup("#articleList .list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() == pasted)
                .queryAs(ListCell.class).lookupAll(".muted").stream().map(n -> ((Label) n).getText()).findFirst().orElse("");
        assertTrue(byline.endsWith(inferred + " (inferred)"), "the list says the inferred event, as inferred: " + byline);

        ComboBox<String> filter = robot.lookup("#articleEventFilter").queryAs(ComboBox.class);
        assertTrue(filter.getItems().contains(inferred), "the event filter offers it: " + filter.getItems());
        robot.interact(() -> filter.setValue(inferred));
        assertEquals(java.util.List.of(pasted), java.util.List.copyOf(list.getItems()), "and chosen, lists that article");
        robot.interact(() -> filter.setValue("All events"));

        robot.interact(() -> w.markClaim(pasted.id(), new TextSpan(text.indexOf("the talks"), text.indexOf(" The authority")),
                w.sourceNamed("Press").orElseThrow().id(), "", ""));
        String title = HtmlReportExporter.defaultTitle(w, w.name(), id -> w.analysis().inferredEvent(id).map(e -> e.label()).orElse(""));
        assertTrue(title.toLowerCase(java.util.Locale.ROOT).startsWith(inferred.toLowerCase(java.util.Locale.ROOT)) && !title.contains(w.name() + " workspace"), "the report's default title names the inferred event (with its date, a capital first), not the app's own workspace: " + title);
        assertFalse(title.contains("of no event"), title);

        // editor58: the report's table named the inferred event as if the user had given it; it says "(inferred)", as the list.
        String report = new HtmlReportExporter().render(w, title, w.analysis()::inferredEventLabel);
        String row = report.substring(report.indexOf(">Ferry rota talks end without a deal</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains(">" + inferred + " <span class=\"meta\">(inferred)</span></td>"),
                "the report's Event column says the event is inferred: " + row);
    }
}
