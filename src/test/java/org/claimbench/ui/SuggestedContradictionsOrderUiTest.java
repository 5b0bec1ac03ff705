package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.ui.suggestions.ContradictionSuggestionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The suggested contradictions are listed as the list says (the empty list's words, the Score column's tooltip, the
 * detail): two sides' accounts first, then one side's claims with each other, each by score. Claims accepted one by one
 * bring their pairs in the order found; a fact-checker's first look at the list showed Press against Press and Kremlin
 * against Kremlin pairs above Kremlin against Ukraine, 0.08 above 0.15 (stop 61).
 */
class SuggestedContradictionsOrderUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        openWithBackgroundThread(stage);
    }

    @Test
    void claimsAcceptedOneByOneGiveAListOfTwoSidesFirstEachByScoreAtTheFirstLook(FxRobot robot) throws Exception {
        suggestionsReady();
        // A look at the empty list first (no claims marked yet) is no review: the pairs that come later are ranked.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.settle();
        List<ClaimSuggestionRow> shown = onFx(() -> List.copyOf(app.context.workbench().suggestions().filter().shown()));
        // One article's row after another's, as a reader going back and forth between two reports.
        java.util.Map<Long, java.util.Deque<ClaimSuggestionRow>> byArticle = new java.util.LinkedHashMap<>();
        shown.forEach(r -> byArticle.computeIfAbsent(r.suggestion().articleId(), k -> new java.util.ArrayDeque<>()).add(r));
        List<ClaimSuggestionRow> taken = new java.util.ArrayList<>();
        while (taken.size() < 60 && byArticle.values().stream().anyMatch(q -> !q.isEmpty())) {
            byArticle.values().stream().filter(q -> !q.isEmpty()).forEach(q -> taken.add(q.poll()));
        }
        for (ClaimSuggestionRow row : taken) {
            robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.of(row)));
            app.settle();
        }
        List<ContradictionSuggestionRow> found = onFx(() -> List.copyOf(app.context.workbench().suggestions().contradictions()));
        assertTrue(found.size() >= 6, "the claims accepted give contradiction suggestions: " + found.size());
        assertFalse(inListOrder(found), "the pairs came in the order found, not the list's: " + describe(found));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.settle();
        TableView<ContradictionSuggestionRow> table = robot.lookup("#contradictionSuggestionsTable").queryTableView();
        List<ContradictionSuggestionRow> listed = onFx(() -> List.copyOf(table.getItems()));
        assertTrue(inListOrder(listed), "at the first look: two sides' pairs first, each part by score: " + describe(listed));
        assertTrue(listed.stream().anyMatch(r -> r.a().sourceId() != r.b().sourceId()), "some pairs are of two sides");
        assertFalse(onFx(() -> robot.lookup("#newSuggestionsLine").query().isVisible()), "no pair counts as new below at the first look");
    }

    /** Every pair of two sources before every pair of one; within each, scores never rise. */
    private static boolean inListOrder(List<ContradictionSuggestionRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            boolean twoBefore = rows.get(i - 1).a().sourceId() != rows.get(i - 1).b().sourceId();
            boolean two = rows.get(i).a().sourceId() != rows.get(i).b().sourceId();
            if (two && !twoBefore || two == twoBefore && rows.get(i).suggestion().score() > rows.get(i - 1).suggestion().score()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<ContradictionSuggestionRow> rows) {
        return rows.stream().map(r -> r.sourceA() + "/" + r.sourceB() + " " + String.format(java.util.Locale.ROOT, "%.2f", r.suggestion().score()))
                .toList().toString();
    }
}
