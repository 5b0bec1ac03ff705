package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims' topic filter as a student uses it (issue 14, items 11 and 13; student-run50): a choice in its list gives the
 * keyboard back to the search, where the next step is (Enter selects the claims listed, words narrow them); the box reads a
 * question of about 30 characters whole at 1280 × 720 without squeezing the search box, its tooltip says it whole, and at
 * 1024 × 700 nothing of the filters is cut.
 */
class TopicFilterUiTest extends SizedWindowTest {

    /** 31 characters: a question as a student writes one. */
    private static final String QUESTION = "When will the two leaders meet?";

    /** Marks {@code n} claims of Press in {@code a}, 20 characters each, 40 apart from its start; their ids. */
    private static List<Long> pressClaims(Workspace w, Article a, int n) {
        long press = w.sourceNamed("Press").orElseThrow().id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(w.markClaim(a.id(), new TextSpan(i * 40, i * 40 + 20), press, "", "").id());
        }
        return ids;
    }

    /** Marks six claims in the first article; the first three get {@link #QUESTION} as their topic. */
    private void claimsWithAQuestion() {
        robot.interact(() -> {
            Workspace w = app.workspace();
            List<Long> ids = pressClaims(w, w.articles().get(0), 6);
            w.setTopic(ids.subList(0, 3), QUESTION);
        });
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
    }

    private void chooseInTheTopicFilter(String choice) {
        robot.clickOn("#claimsTopicFilter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onFx(() -> robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && choice.equals(c.getText()) && c.isVisible())
                .findFirst().orElseThrow()));
        app.settle();
    }

    /**
     * Each choice of the topic filter says how many claims it holds (student-run52, surprise 8), following the other filters
     * as the sources' legend does: 8 claims, 5 of the question (3 in one article, 2 in another), 3 of none; the first
     * article chosen, "All topics" reads "6 of 8" and the question 3.
     */
    @Test
    void eachTopicInTheFilterSaysHowManyClaimsItHoldsFollowingTheOtherFilters() throws Exception {
        openAt("counts", 1280, 720);
        Article first = onFx(() -> app.workspace().articles().get(0));
        robot.interact(() -> {
            Workspace w = app.workspace();
            List<Long> ids = new ArrayList<>(pressClaims(w, first, 6));
            ids.addAll(pressClaims(w, w.articles().get(1), 2));
            w.setTopic(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(6), ids.get(7)), QUESTION);
        });
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        assertEquals(java.util.Map.of("All topics", "8", "No topic", "3", QUESTION, "5"), countsInTheList());
        robot.interact(() -> robot.lookup("#claimsArticleFilter").queryComboBox().getSelectionModel().select(first));
        app.settle();
        assertEquals(java.util.Map.of("All topics", "6 of 8", "No topic", "3", QUESTION, "3"), countsInTheList(),
                "the counts follow the article chosen, and say of how many");
        assertTrue(onFx(() -> robot.lookup("#claimsTopicFilter").queryComboBox().getTooltip().getText())
                .contains("among those the other filters show"), "the tooltip says what is counted");
    }

    /** Opens the topic filter's list and reads each choice's count as drawn; closes it again. */
    private java.util.Map<String, String> countsInTheList() {
        robot.clickOn("#claimsTopicFilter");
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, String> counts = onFx(() -> {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (Node n : robot.lookup("#topicFilterChoice").queryAll()) {
                if (n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && c.getText() != null
                        && c.lookup(".muted") instanceof javafx.scene.control.Labeled count) {
                    m.put(c.getText(), count.getText());
                }
            }
            return m;
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return counts;
    }

    @Test
    void aChoiceInTheTopicFilterGivesTheKeyboardBackToTheSearchWhereEnterSelectsTheClaimsListed() throws Exception {
        openAt("keyboard", 1280, 720);
        claimsWithAQuestion();
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        // A word of a claim that has no topic: the search lists it, and the "No topic" filter keeps it.
        String word = onFx(() -> java.util.Arrays.stream(app.workspace().claims().stream().filter(c -> c.topicId() == null)
                .findFirst().orElseThrow().exact().split("\\W+")).filter(x -> x.length() >= 4).findFirst().orElseThrow());
        robot.clickOn(search).write(word);
        app.settle();
        chooseInTheTopicFilter("No topic");
        assertTrue(onFx(search::isFocused), "after a choice in the topic filter, the keyboard is back in the search");
        assertEquals(word, onFx(search::getSelectedText), "its words selected: the next words replace them");
        int listed = onFx(() -> table.getItems().size());
        assertTrue(listed > 0, "claims of no topic are listed");
        robot.type(KeyCode.ENTER);
        app.settle();
        assertEquals(listed, (int) onFx(() -> table.getSelectionModel().getSelectedItems().size()), "Enter selected the claims listed");
        assertTrue(onFx(table::isFocused), "and T goes to them");
    }

    /** A topic renamed while the filter shows it (Edit › Topics… › Rename…): the filter follows it, the claims stay listed. */
    @Test
    void theTopicFilterFollowsItsTopicRenamed() throws Exception {
        openAt("renamed", 1280, 720);
        claimsWithAQuestion();
        chooseInTheTopicFilter(QUESTION);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(3, (int) onFx(() -> table.getItems().size()));
        robot.interact(() -> {
            Workspace w = app.workspace();
            w.renameTopic(w.topics().stream().filter(t -> t.label().equals(QUESTION)).findFirst().orElseThrow().id(), "When do the leaders meet?");
        });
        app.settle();
        assertEquals("When do the leaders meet?", onFx(() -> robot.lookup("#claimsTopicFilter").queryComboBox().getValue()),
                "the filter shows the topic under its new name");
        assertEquals(3, (int) onFx(() -> table.getItems().size()), "its claims stay listed");
    }

    /**
     * A question chosen in the topic filter moves no control of the filter line (student-run52, surprise 7: the box widened
     * to the question and "All verdicts" turned into a "More" button under the pointer); the question reads whole in the
     * box's tooltip.
     */
    @Test
    void aQuestionChosenInTheTopicFilterMovesNoControlOfTheFilterLine() throws Exception {
        openAt("steady", 1280, 720);
        claimsWithAQuestion();
        java.util.Map<String, javafx.geometry.Bounds> before = placesOnTheFilterLine();
        assertTrue(before.containsKey("claimsVerdictFilter"), "the verdict's box is on the line: " + before.keySet());
        chooseInTheTopicFilter(QUESTION);
        ComboBox<String> topic = robot.lookup("#claimsTopicFilter").queryComboBox();
        System.out.println("TopicFilterUiTest 1280: " + widths());
        assertEquals(QUESTION, onFx(topic::getValue));
        assertEquals(before, placesOnTheFilterLine(), "every control where it was");
        assertTrue(onFx(() -> topic.getTooltip().getText()).contains(QUESTION), "the tooltip says it whole: " + onFx(() -> topic.getTooltip().getText()));
        chooseInTheTopicFilter("No topic");
        assertEquals(before, placesOnTheFilterLine(), "and again with another choice");
    }

    /** Where each control of the filter line is, in the window, by id (those shown). */
    private java.util.Map<String, javafx.geometry.Bounds> placesOnTheFilterLine() {
        return onFx(() -> {
            java.util.Map<String, javafx.geometry.Bounds> m = new java.util.TreeMap<>();
            Node bar = robot.lookup("#claimsFilterBar").query();
            for (String id : List.of("claimsSearch", "claimsSourceFilter", "claimsArticleFilter", "claimsSpeakerFilter", "claimsTopicFilter",
                    "claimsVerdictFilter", "claimsMoreFilters", "claimsClearFilters")) {
                Node n = bar.lookup("#" + id);
                if (n != null && n.isVisible() && n.getParent() != null) {
                    m.put(id, n.localToScene(n.getLayoutBounds()));
                }
            }
            return m;
        });
    }

    @Test
    void at1024NothingOfTheFiltersIsCutWithAQuestionChosen() throws Exception {
        openAt("narrow", 1024, 700);
        claimsWithAQuestion();
        chooseInTheTopicFilter(QUESTION);
        System.out.println("TopicFilterUiTest 1024: " + widths());
        assertEquals(List.of(), cut(), "at 1024 × 700");
        TextField search = robot.lookup("#claimsSearch").queryAs(TextField.class);
        assertTrue(onFx(search::getWidth) >= onFx(() -> search.minWidth(-1)) - 0.5, "the search box keeps its least width");
    }

    private String widths() {
        return onFx(() -> {
            StringBuilder s = new StringBuilder();
            Node bar = robot.lookup("#claimsFilterBar").query();
            s.append("bar ").append(bar.getLayoutBounds().getWidth());
            for (String id : List.of("claimsSearch", "claimsSourceFilter", "claimsArticleFilter", "claimsSpeakerFilter", "claimsTopicFilter",
                    "claimsVerdictFilter", "claimsMoreFilters", "claimsClearFilters", "claimsCount")) {
                Node n = bar.lookup("#" + id);
                if (n instanceof javafx.scene.layout.Region r && n.isVisible() && n.getParent() != null) {
                    s.append(String.format(java.util.Locale.ROOT, "; %s %.0f (min %.0f pref %.0f)", id, r.getWidth(), r.minWidth(-1), r.prefWidth(-1)));
                }
            }
            return s.toString();
        });
    }

    /** The filters cut or out of the Claims tab's sight (as ClaimsFiltersAtNarrowWidthUiTest reads them). */
    private List<String> cut() {
        return onFx(() -> ClaimsFiltersAtNarrowWidthUiTest.filtersCut(robot));
    }
}
