package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+L's partners in the order a reader looks for one: after the suggested partners, claims of another article about the
 * same event, then of the same article, then of other events, each row saying its group (factcheck57: the list opened on
 * claims of other calls, and the same article's claim wanted came only after typing).
 */
class LinkPartnerGroupsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Marks the words of {@code article} from about {@code at} (a fraction of its text) for 40 characters, snapped to spaces. */
    private Claim mark(Article article, double at, int source) {
        Workspace w = app.workspace();
        String text = w.text(article.id());
        int from = text.indexOf(' ', (int) (text.length() * at)) + 1;
        int to = text.indexOf(' ', from + 40);
        return onFx(() -> w.markClaim(article.id(), new TextSpan(from, to), w.sources().get(source).id(), "", ""));
    }

    @Test
    void partnersComeSameEventThenSameArticleThenOtherEventsEachRowNamingItsGroup(FxRobot robot) {
        app.settle();
        Workspace w = app.workspace();
        // Two articles of one event and one of another, as the samples hold them.
        java.util.Map<String, List<Article>> byEvent = new java.util.LinkedHashMap<>();
        for (Article a : w.articles()) {
            byEvent.computeIfAbsent(w.analysis().eventOf(a), e -> new java.util.ArrayList<>()).add(a);
        }
        List<Article> pair = byEvent.entrySet().stream().filter(e -> !e.getKey().isBlank() && e.getValue().size() >= 2)
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        Article other = w.articles().stream().filter(a -> !w.analysis().eventOf(a).equals(w.analysis().eventOf(pair.get(0))))
                .findFirst().orElseThrow();
        var pane = onFx(() -> app.context.workbench().panes().get(0));
        robot.interact(() -> app.context.workbench().choose(pane, pair.get(0)));
        app.settle();
        Claim chosen = mark(pair.get(0), 0.0, 0);
        Claim otherEvent = mark(other, 0.3, 4);
        Claim sameArticle = mark(pair.get(0), 0.5, 4);
        Claim sameEvent = mark(pair.get(1), 0.3, 4);
        app.settle();

        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), chosen.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        app.settle();
        ListView<?> partners = robot.lookup("#linkPartners").queryAs(ListView.class);
        List<Long> order = onFx(() -> partners.getItems().stream().map(r -> ((ClaimRow) r).id())
                .filter(id -> id == otherEvent.id() || id == sameArticle.id() || id == sameEvent.id()).toList());
        List<String> labels = onFx(() -> partners.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> ((ClaimRow) c.getItem()).id() + ":" + c.lookupAll(".link-partner-reason").stream()
                        .map(l -> ((Label) l).isVisible() ? ((Label) l).getText() : "").findFirst().orElse(""))
                .toList());
        robot.type(KeyCode.ESCAPE);
        app.settle();
        assertEquals(List.of(sameEvent.id(), sameArticle.id(), otherEvent.id()), order, "the groups' order: " + labels);
        assertTrue(labels.contains(sameEvent.id() + ":same event, another article"), labels.toString());
        assertTrue(labels.contains(sameArticle.id() + ":same article"), labels.toString());
        assertTrue(labels.contains(otherEvent.id() + ":another event"), labels.toString());
    }
}
