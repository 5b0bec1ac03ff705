package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suggested topics by meaning in the real window: G in the claims table groups the claims of no topic, and the dialog names,
 * unticks and accepts groups, one undo step each; a claim whose topic was set meanwhile is left out and said so; too few
 * claims open no dialog and say why. The claims are our own ({@link StudentQuestions}).
 */
class TopicSuggestionsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Marks the 35 claims of {@link StudentQuestions} (in an article of their own); their ids by quote. */
    static Map<String, Long> markStudentClaims(WorkbenchFixture app, List<String> claims) {
        return onFx(() -> {
            Workspace w = app.workspace();
            String text = StudentQuestions.articleText();
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("The Marrow summit"), text)).article();
            Map<String, Long> ids = new LinkedHashMap<>();
            for (String c : claims) {
                int at = text.indexOf(c);
                ids.put(c, w.markClaim(a.id(), new TextSpan(at, at + c.length()), w.sources().get(4).id(), "", "").id());
            }
            return ids;
        });
    }

    static ListView<Group> groupList(FxRobot robot) {
        return robot.lookup("#topicGroupList").queryListView();
    }

    static boolean dialogOpen() {
        return onFx(() -> Window.getWindows().stream().anyMatch(x -> x.isShowing() && x.getScene() != null
                && x.getScene().getRoot().lookup("#topicGroupList") != null));
    }

    private String topicOf(long claimId) {
        Workspace w = app.workspace();
        return onFx(() -> w.claim(claimId).orElseThrow().topicId() == null ? ""
                : w.topic(w.claim(claimId).orElseThrow().topicId()).map(Topic::label).orElse(""));
    }

    /** G in the claims table, the dialog open; headless, its window needs a click on the chosen group for the keys. */
    /** The 35 claims of {@link StudentQuestions} marked, G in the table: the dialog's list of groups, its first group clicked. */
    static ListView<Group> studentsClaimsGrouped(WorkbenchFixture app, FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        return gInTheTable(app, robot);
    }

    static ListView<Group> gInTheTable(WorkbenchFixture app, FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        ListView<Group> groups = groupList(robot);
        robot.clickOn(robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == 0).queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
        return groups;
    }

    @Test
    void twoGroupsAcceptedOneRenamedWithAClaimUntickedAndOneUndoneByCtrlZ(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        assertTrue(dialogOpen(), "G opened the suggested topics");
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        assertTrue(shown.size() >= 3, "groups proposed: " + shown.size());
        int inGroups = shown.stream().mapToInt(g -> g.claims().size()).sum();
        assertEquals(35, inGroups, "every claim of no topic is in a group or in Not grouped");
        Group first = shown.get(0);
        assertFalse(first.notGrouped());
        assertEquals(0, (int) onFx(() -> groups.getSelectionModel().getSelectedIndex()), "the first group is chosen");
        assertFalse(first.proposed().isBlank(), "a name is proposed");
        int size = first.claims().size();
        assertTrue(onFx(() -> groups.isFocused()), "the keyboard is in the list of groups");

        // Space unticks the group's first claim; typing names the group; Enter sets it.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        Choice unticked = first.claims().get(0);
        assertFalse(onFx(() -> unticked.tickedProperty().get()), "Space unticked the claim chosen");
        Button accept = robot.lookup("#topicGroupAccept").queryButton();
        robot.write("Will farmers get enough water?");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertEquals("Will farmers get enough water?", onFx(() -> name.getEditor().getText()), "typing replaced the proposed name");
        assertEquals("New topic for " + (size - 1) + " claims", onFx(accept::getText), "the button says what Enter does, with the count");
        assertTrue(onFx(() -> groups.getItems().get(0).ticked()) == size - 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (Choice c : first.claims()) {
            assertEquals(c == unticked ? "" : "Will farmers get enough water?", topicOf(c.row().id()), c.row().quote());
        }
        assertTrue(first.isDone());
        assertTrue(onFx(() -> groups.getSelectionModel().getSelectedItem() == shown.get(1)), "the next group is chosen");
        String saidAfterFirst = robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText();
        assertEquals("Topic of " + (size - 1) + " claims set to “Will farmers get enough water?”. Ctrl+Z undoes it.", saidAfterFirst);

        // The second group under its proposed name: Enter alone.
        Group second = shown.get(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (Choice c : second.claims()) {
            assertEquals(second.proposed(), topicOf(c.row().id()), c.row().quote());
        }
        assertTrue(second.isDone());

        // Ctrl+Z in the dialog undoes the second group whole, and the group is open again; the first stays.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (Choice c : second.claims()) {
            assertEquals("", topicOf(c.row().id()), "undone: " + c.row().quote());
        }
        assertFalse(onFx(second::isDone), "the undone group is open again");
        assertTrue(onFx(first::isDone));
        assertEquals(size - 1, first.claims().stream().filter(c -> topicOf(c.row().id()).equals("Will farmers get enough water?")).count());
    }

    @Test
    void aClaimWhoseTopicWasSetMeanwhileIsLeftOutAndSaidSo(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        Group first = onFx(() -> groups.getItems().get(0));
        Choice meanwhile = first.claims().get(1);
        // Set by hand in the main window while the dialog is open.
        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(meanwhile.row().id()), "Set by hand"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("now “Set by hand”", onFx(() -> meanwhile.sinceProperty().get()), "the claim says what became of it");
        int size = first.claims().size();
        // The button counts the claims still as they were grouped.
        assertEquals("New topic for " + (size - 1) + " claims", onFx(() -> robot.lookup("#topicGroupAccept").queryButton().getText()));
        robot.clickOn(robot.lookup("#topicGroupList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> l && l.getIndex() == 0).queryAs(Labeled.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Set by hand", topicOf(meanwhile.row().id()), "the topic set meanwhile stays");
        assertEquals(first.proposed(), topicOf(first.claims().get(0).row().id()));
        String said = robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText();
        assertEquals("Topic of " + (size - 1) + " claims set to “" + first.proposed() + "”; 1 claim left out: its topic was set meanwhile or it was deleted."
                + " Ctrl+Z undoes it.", said);
    }

    @Test
    void noClaimsOrTooFewOpenNoDialogAndSayWhy(FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialogOpen());
        String said = app.context.workbench().statusProperty().get();
        assertTrue(said.startsWith("No claims to group yet"), said);
        markStudentClaims(app, StudentQuestions.claims().subList(0, 1));
        robot.interact(() -> app.context.view().focusList(0));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialogOpen());
        said = app.context.workbench().statusProperty().get();
        assertEquals("Only 1 claim is without a topic: grouping by meaning needs at least 6; T gives it a topic.", said);
        // The Edit menu has it too.
        assertTrue(onFx(() -> app.context.view().getScene().lookup("#claimsTable") != null));
        assertTrue(new ArrayList<>(onFx(() -> ((javafx.scene.control.MenuBar) app.context.view().getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).map(i -> i.getId() == null ? "" : i.getId()).toList())).contains("menuSuggestTopics"));
    }

    @Test
    void aDigitMovesTheChosenClaimToThatGroupAndIntoAGroupSetAlreadyItsTopicIsSetInAStepOfItsOwn(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        Group first = shown.get(0);
        Group second = shown.get(1);
        Group third = shown.get(2);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.isDone());
        String firstTopic = first.proposed();
        // The second group is chosen: Tab to its claims, 1 moves the first of them to group 1, whose topic it gets at once.
        robot.type(KeyCode.TAB);
        Choice moved = second.claims().get(0);
        int secondSize = second.claims().size();
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.claims().contains(moved) && !second.claims().contains(moved), "the claim moved to group 1");
        assertEquals(secondSize - 1, second.claims().size());
        assertEquals(firstTopic, topicOf(moved.row().id()), "moved into a group set already: its topic is set");
        String said = robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText();
        assertTrue(said.startsWith("Moved “") && said.endsWith("to group 1 (“" + firstTopic + "”): its topic is set. Ctrl+Z undoes it."), said);
        // 3 moves the next one to group 3, still open: ticked there, no topic yet.
        Choice next = second.claims().get(0);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(third.claims().contains(next) && onFx(() -> next.tickedProperty().get()));
        assertEquals("", topicOf(next.row().id()));
        // Ctrl+Z takes back the last move first (to group 3, which the workspace never saw), then the move into group 1: its
        // topic off, the claim back in group 2; group 1 keeps its other claims' topic.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> second.claims().contains(next) && !third.claims().contains(next)), "the move to group 3 taken back");
        assertEquals(firstTopic, topicOf(moved.row().id()), "the move into group 1 stays until the next Ctrl+Z");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", topicOf(moved.row().id()));
        assertTrue(onFx(() -> second.claims().get(0) == moved && !first.claims().contains(moved)), "the claim is back in group 2, first");
        assertEquals("", onFx(() -> moved.sinceProperty().get()), "as it was grouped");
        assertTrue(onFx(first::isDone));
        assertEquals(firstTopic, topicOf(first.claims().get(1).row().id()));
    }

    /** The counts in the list of groups and the button follow a move by number at once (student-run51 saw them stay). */
    @Test
    void aMoveByNumberUpdatesTheCountsAndTheButtonAtOnce(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        Group first = onFx(() -> groups.getItems().get(0));
        int size = first.claims().size();
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size - 1, first.claims().size(), "2 moved a claim out of group 1");
        String cell = onFx(() -> groups.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getIndex() == 0 && c.getItem() != null).findFirst().orElseThrow().getText());
        assertTrue(cell.endsWith((size - 1) + " of " + (size - 1) + " claims ticked"), "group 1's line counts what it holds now: " + cell);
        assertEquals("New topic for " + (size - 1) + " claims", onFx(() -> robot.lookup("#topicGroupAccept").queryButton().getText()),
                "the button counts what Enter sets");
    }

    /** With every group set, Enter goes on to the claims not grouped, where some are left (it stayed on the last group). */
    @Test
    void enterAfterTheLastGroupGoesOnToTheClaimsNotGrouped(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        Group notGrouped = shown.stream().filter(Group::notGrouped).findFirst().orElseThrow();
        int number = shown.indexOf(notGrouped) + 1;
        assertTrue(number <= 9, "Not grouped has a number key: " + number);
        // One claim of the first group moved there, so that claims are left in it whatever the grouping gave.
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.valueOf("DIGIT" + number));
        WaitForAsyncUtils.waitForFxEvents();
        long regular = shown.stream().filter(g -> !g.notGrouped()).count();
        for (int i = 0; i < regular; i++) {
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(shown.stream().filter(g -> !g.notGrouped()).allMatch(Group::isDone), "every group is set");
        assertEquals(notGrouped, onFx(() -> groups.getSelectionModel().getSelectedItem()), "Enter went on to the claims not grouped");
    }

    /** A click into the name while it holds the proposed words selects them: the question typed replaces them. */
    @Test
    void aClickIntoTheProposedNameSelectsItSoTheQuestionReplacesIt(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        Group first = onFx(() -> groups.getItems().get(0));
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        robot.clickOn(name.getEditor());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.proposed(), onFx(() -> name.getEditor().getSelectedText()), "the proposed words are selected");
        robot.write("Who pays?");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who pays?", onFx(() -> name.getEditor().getText()));
    }

    /**
     * student-run52: after Enter the keyboard was in the list of groups, where ↓ went to the next group (leaving one unset),
     * while the name's label says ↓ lists the topics there are. After Enter the next group's name has the keyboard, its
     * proposed words selected; ↓ lists the topics; with every group set the dialog says so.
     */
    @Test
    void afterEnterTheNextGroupsNameHasTheKeyboardAndDownListsTheTopics(FxRobot robot) {
        markStudentClaims(app, StudentQuestions.claims());
        ListView<Group> groups = gInTheTable(app, robot);
        List<Group> shown = onFx(() -> List.copyOf(groups.getItems()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> name = robot.lookup("#topicGroupName").queryAs(ComboBox.class);
        assertTrue(onFx(() -> name.getEditor().isFocused()), "the next group's name has the keyboard");
        assertEquals(shown.get(1).proposed(), onFx(() -> name.getEditor().getSelectedText()), "its proposed words selected");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown.get(1), onFx(() -> groups.getSelectionModel().getSelectedItem()), "↓ stays on the group");
        ListView<String> offered = robot.lookup("#topicGroupNameCompletions").queryListView();
        assertTrue(onFx(() -> offered.getItems().contains(shown.get(0).proposed())), "↓ lists the topics there are");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // Every other group set under its proposed name; the claims not grouped moved into the last group first.
        Group notGrouped = shown.stream().filter(Group::notGrouped).findFirst().orElseThrow();
        while (!onFx(notGrouped.claims()::isEmpty)) {
            robot.interact(() -> groups.getSelectionModel().select(notGrouped));
            robot.type(KeyCode.TAB);
            robot.type(KeyCode.valueOf("DIGIT" + (shown.indexOf(notGrouped))));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> groups.getSelectionModel().select(1));
        for (int i = 1; i < shown.size() - 1 && !onFx(() -> shown.stream().filter(g -> !g.notGrouped()).allMatch(Group::isDone)); i++) {
            robot.interact(() -> groups.getSelectionModel().getSelectedItem());
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(shown.stream().filter(g -> !g.notGrouped()).allMatch(Group::isDone), "every group is set");
        String said = robot.lookup("#topicGroupSaid").queryAs(Labeled.class).getText();
        assertTrue(said.endsWith("Every group is set: Close (Esc) when done."), said);
    }

    /**
     * G with one row chosen groups the claims of no topic, and says so (walk62 expected the one selected); with two or more
     * chosen it groups those, and the status line says which claims it took each time.
     */
    @Test
    void gSaysWhetherItGroupedTheClaimsSelectedOrThoseWithoutATopic(FxRobot robot) {
        List<String> claims = StudentQuestions.claims().subList(0, 12);
        markStudentClaims(app, claims);
        javafx.scene.control.TableView<?> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> app.context.view().focusList(0));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        String said = app.context.workbench().statusProperty().get();
        assertTrue(said.contains("12 claims without a topic") && said.endsWith("(1 claim selected: G groups the selected claims when two or more are)"),
                said);
        closeGroupsDialog(robot);
        robot.interact(() -> app.context.view().focusList(0));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 7);
        });
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        said = app.context.workbench().statusProperty().get();
        assertTrue(said.contains("7 claims selected") && !said.contains("1 claim selected"), said);
        closeGroupsDialog(robot);
    }

    private static void closeGroupsDialog(FxRobot robot) {
        onFx(() -> {
            Window.getWindows().stream().filter(x -> x.isShowing() && x.getScene() != null && x.getScene().getRoot().lookup("#topicGroupList") != null)
                    .findFirst().ifPresent(Window::hide);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
