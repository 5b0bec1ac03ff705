package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.ui.claims.TopicRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.claimbench.ui.WorkbenchFixture.onFx;

/** Grouping claims into topics as a desk does, from the claims table, counting the user's actions. */
class TopicsUiTest extends SampleWindowTest {

    /** The user's actions: a click, a key, a word typed. */
    private int actions;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void thirtyFiveClaimsGoIntoFiveTopicsInAtMostFiftyActionsAndTheTopicListRenamesAndMerges(FxRobot robot) {
        Workspace w = app.workspace();
        // 35 claims to group (marked by accepting suggestions whose speakers have a source: not counted).
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(35).toList()));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(35, table.getItems().size());

        List<String> questions = List.of("How long was the call?", "Was a ceasefire agreed?", "Who wants talks?",
                "What are the root causes?", "What did Trump say?");
        for (int t = 0; t < 5; t++) {
            int first = t * 7;
            int last = first + 6;
            clickRow(robot, table, first, false);
            clickRow(robot, table, last, true);
            robot.type(KeyCode.T);
            actions++;
            focusTopicBox(robot);
            robot.write(questions.get(t));
            // A word typed is an action (as student45 counted): "How long was the call?" is five.
            actions += questions.get(t).split(" ").length;
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(KeyCode.ENTER);
            actions++;
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(actions <= 50, "grouping took " + actions + " actions");
        Map<String, Long> counts = w.claims().stream().filter(c -> c.topicId() != null)
                .collect(Collectors.groupingBy(c -> w.topic(c.topicId()).orElseThrow().label(), Collectors.counting()));
        assertEquals(5, counts.size(), counts.toString());
        assertTrue(counts.values().stream().allMatch(n -> n == 7), counts.toString());
        System.out.println("TopicsUiTest: 35 claims into 5 topics took " + actions + " actions");

        // The topic list counts them, renames and merges; the table follows.
        robot.clickOn("#editMenu").clickOn("#menuTopics");
        ListView<TopicRow> list = robot.lookup("#topicList").queryAs(ListView.class);
        assertEquals(5, list.getItems().size());
        assertTrue(list.getItems().stream().allMatch(r -> r.claims() == 7));
        assertEquals(0, (int) onFx(() -> list.getSelectionModel().getSelectedIndex()), "the first topic is chosen at once: ↓ goes to the second");
        TopicRow trump = list.getItems().stream().filter(r -> r.label().equals("What did Trump say?")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(trump));
        robot.clickOn("#renameTopic");
        javafx.scene.control.TextField labelField = robot.lookup("#topicLabelField").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.text.Text whole = new javafx.scene.text.Text("What did the White House say?");
        whole.setFont(labelField.getFont());
        assertTrue(WorkbenchFixture.onFx(() -> labelField.getWidth() - labelField.snappedLeftInset() - labelField.snappedRightInset())
                >= whole.getLayoutBounds().getWidth(), "the rename field shows a question whole");
        robot.interact(() -> labelField.setText("What did the White House say?"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.topics().stream().anyMatch(x -> x.label().equals("What did the White House say?")));
        assertTrue(table.getItems().stream().anyMatch(r -> r.topic().equals("What did the White House say?")), "the table shows the new label");
        assertEquals("What did the White House say?", onFx(() -> list.getSelectionModel().getSelectedItem().label()),
                "the renamed topic stays chosen for the next change");
        assertTrue(onFx(list::isFocused), "the keyboard is back in the list");

        TopicRow talks = list.getItems().stream().filter(r -> r.label().equals("Who wants talks?")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(talks));
        robot.clickOn("#mergeTopic");
        ListView<TopicRow> into = robot.lookup("#mergeTargets").queryAs(ListView.class);
        assertEquals(List.of("How long was the call?", "Was a ceasefire agreed?", "What are the root causes?", "What did the White House say?"),
                into.getItems().stream().map(TopicRow::label).sorted().toList(), "the other topics, offered as the list shows them");
        // Listed at once, not behind a drop-down that opened empty (walk62): each row is drawn with its label and count.
        List<String> drawn = onFx(() -> robot.lookup("#mergeTargets .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible()).map(javafx.scene.control.ListCell::getText).sorted().toList());
        assertEquals(4, drawn.size(), "every other topic drawn without a click: " + drawn);
        assertTrue(drawn.contains("Was a ceasefire agreed?  ·  7 claims"), drawn.toString());
        robot.clickOn(robot.lookup("#mergeTargets .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Was a ceasefire agreed?  ·  7 claims".equals(c.getText())).queryAs(javafx.scene.Node.class));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, w.topics().size());
        assertEquals(14, list.getItems().stream().filter(r -> r.label().equals("Was a ceasefire agreed?")).findFirst().orElseThrow().claims());
        assertEquals("Was a ceasefire agreed?", onFx(() -> list.getSelectionModel().getSelectedItem().label()), "the topic merged into is chosen");
        assertTrue(onFx(list::isFocused));
        robot.clickOn("#recolourTopic");
        assertTrue(onFx(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot()).filter(n -> n instanceof javafx.scene.control.DialogPane)
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText()).anyMatch(h -> h != null
                        && h.startsWith("The colour of “Was a ceasefire agreed?” (14 claims)"))), "the colour dialog names its topic inside");
        robot.interact(() -> robot.lookup("#topicColourPicker").queryAs(javafx.scene.control.ColorPicker.class)
                .setValue(javafx.scene.paint.Color.web("#123456")));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("#123456", w.topics().stream().filter(x -> x.label().equals("Was a ceasefire agreed?")).findFirst().orElseThrow().colour());
        assertEquals("Changed the colour of the topic “Was a ceasefire agreed?”. Ctrl+Z undoes it.", app.context.workbench().statusProperty().get());
        assertEquals("Was a ceasefire agreed?", onFx(() -> list.getSelectionModel().getSelectedItem().label()), "the topic recoloured stays chosen");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Close");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, w.topics().size(), "undo takes the merge back");
    }

    @Test
    void showItsClaimsShowsEveryClaimOfTheTopicWhateverTheSearchWas(FxRobot robot) {
        Workspace w = app.workspace();
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(6).toList()));
        List<Long> three = w.claims().stream().limit(3).map(Claim::id).toList();
        robot.interact(() -> w.setTopic(three, "How long was the call?"));
        // A search left from grouping other claims (a student, stop 47: "0 of 13" until the search was cleared).
        robot.interact(() -> app.context.workbench().claims().textFilter().set("no claim holds these words"));
        robot.clickOn("#editMenu").clickOn("#menuTopics");
        ListView<TopicRow> list = robot.lookup("#topicList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#showTopicClaims");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(three.stream().sorted().toList(), onFx(() -> table.getItems().stream().map(r -> r.claim().id()).sorted().toList()),
                "the topic's claims, all of them");
        assertEquals("", app.context.workbench().claims().textFilter().get(), "the search that hid them is cleared");
    }

    /**
     * The merge dialog chooses no topic for the user: Enter there merged the topic into the first one offered, which the user
     * had not picked (factcheck49).
     */
    @Test
    void mergeWaitsForATopicChosenAndEnterAloneMergesNothing(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = fourClaimsMarked(robot, w);
        robot.interact(() -> w.setTopic(ids.subList(0, 2), "How long was the call?"));
        robot.interact(() -> w.setTopic(ids.subList(2, 4), "Who wants talks?"));
        robot.clickOn("#editMenu").clickOn("#menuTopics");
        robot.clickOn("#mergeTopic");
        ListView<TopicRow> into = robot.lookup("#mergeTargets").queryAs(ListView.class);
        assertEquals(null, onFx(() -> into.getSelectionModel().getSelectedItem()), "no topic chosen for the user");
        assertEquals(1, into.getItems().size(), "the other topic is listed at once");
        javafx.scene.Node ok = robot.lookup("#mergeTopicDialog").queryAs(javafx.scene.control.DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK);
        assertTrue(onFx(ok::isDisabled), "nothing to merge into yet: OK waits");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, w.topics().size(), "Enter merged nothing");
        assertTrue(robot.lookup("#mergeTopicDialog").tryQuery().isEmpty(), "Escape closed the merge dialog");
        // From the keyboard: ↓ chooses the topic listed, Enter merges into it.
        robot.clickOn("#mergeTopic");
        ListView<TopicRow> again = robot.lookup("#mergeTargets").queryAs(ListView.class);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) onFx(() -> again.getSelectionModel().getSelectedIndex()), "↓ chose the first topic listed");
        // A double-click on a blank row below the topics is no choice: only one on a topic merges.
        robot.doubleClickOn(robot.lookup("#mergeTargets .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isEmpty() && c.isVisible()).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, w.topics().size(), "a double-click on a blank row merged nothing");
        assertTrue(robot.lookup("#mergeTopicDialog").tryQuery().isPresent(), "the merge dialog is still open");
        robot.interact(() -> again.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, w.topics().size(), "Enter merged into the topic chosen");
    }

    /**
     * An existing topic is picked by its number in the T dialog, as a number tags a source: T and 2 give the selected claims the
     * second topic listed, two actions where a question typed again took six or more (factcheck49); once the user types,
     * digits are text.
     */
    @Test
    void aNumberInTheTopicDialogPicksThatTopicAtOnceAndAfterTypingADigitIsText(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = fourClaimsMarked(robot, w);
        robot.interact(() -> w.setTopic(ids.subList(0, 1), "How long was the call?"));
        robot.interact(() -> w.setTopic(ids.subList(1, 2), "Who wants talks?"));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        List<String> labels = onFx(() -> List.copyOf(app.context.workbench().topics().labels()));
        assertEquals(2, labels.size(), labels.toString());

        robot.interact(() -> selectClaim(table, ids.get(2)));
        robot.type(KeyCode.T);
        focusTopicBox(robot);
        String listed = robot.lookup("#askInBoxNumbers").queryLabeled().getText();
        assertTrue(listed.contains("1  " + labels.get(0)) && listed.contains("2  " + labels.get(1)), "the topics listed by number: " + listed);
        robot.write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#topicChoice").tryQuery().isEmpty(), "the number closed the dialog");
        assertEquals(labels.get(1), w.topic(w.claim(ids.get(2)).orElseThrow().topicId()).orElseThrow().label(), "T, 2: the second topic");

        robot.interact(() -> selectClaim(table, ids.get(3)));
        robot.type(KeyCode.T);
        focusTopicBox(robot);
        robot.write("Round 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Round 2", onFx(() -> topicChoice().getEditor().getText()), "after a letter, a digit is text");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Round 2", w.topic(w.claim(ids.get(3)).orElseThrow().topicId()).orElseThrow().label());
    }

    @Test
    void ctrlFInTheClaimsTableGoesToItsSearchWithTheQuerySelected(FxRobot robot) {
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(6).toList()));
        robot.interact(() -> app.context.workbench().claims().textFilter().set("ceasefire"));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField search = robot.lookup("#claimsSearch").queryAs(javafx.scene.control.TextField.class);
        assertTrue(onFx(search::isFocused), "the keyboard is in the Claims tab's search");
        // The next query typed replaces the last: one key for a new search (a student, stop 47, clicked and pressed Ctrl+A).
        robot.write("talks");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("talks", onFx(search::getText));
        robot.interact(() -> app.area(1).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!onFx(search::isFocused), "in an article, Ctrl+F finds in the article");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aTopicPickedWithTheMouseFromTheStickyTopicsListIsTheStickyTopic(FxRobot robot) {
        Workspace w = app.workspace();
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(2).toList()));
        robot.interact(() -> w.setTopic(List.of(w.claims().get(0).id()), "Who wants talks?"));
        robot.interact(() -> w.setTopic(List.of(w.claims().get(1).id()), "How long was the call?"));
        app.settle();
        javafx.scene.control.ComboBox<?> box = robot.lookup("#stickyTopic").queryComboBox();
        robot.clickOn((javafx.scene.Node) box.lookup(".arrow-button"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // The box's arrow opens its completion list (the one list of the box, as ↓ does).
        robot.clickOn(robot.lookup("#stickyTopicCompletions .list-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "How long was the call?".equals(l.getText())).queryAs(javafx.scene.control.Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("How long was the call?", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "picked with a click");
        assertEquals("How long was the call?", onFx(() -> box.getEditor().getText()), "and shown in the box");
        // A click elsewhere (the text of a pane) leaves it as it is.
        robot.clickOn(robot.lookup("#claimsTable").queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("How long was the call?", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "kept after the box lost the focus");
    }

    @Test
    void theStickyTopicGoesOnEveryClaimMarkedAndF2OnSeveralRowsSetsTheirTopic(FxRobot robot) {
        Workspace w = app.workspace();
        // The user types once the window has settled (the lists below the panes are built a frame each after opening),
        // into the box their click gave the focus to.
        app.settle();
        javafx.scene.control.ComboBox<?> box = robot.lookup("#stickyTopic").queryComboBox();
        robot.clickOn(box);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> box.getEditor().isFocused()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a click on the sticky topic box did not give its editor the focus", e);
        }
        robot.write("How long was the call?");
        // Typed keys reach the box a moment later under load: the claim is marked once the sticky topic holds them.
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFx(() -> app.context.workbench().topics().stickyProperty().get()).equals("How long was the call?"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the sticky topic box never held the typed topic", e);
        }
        robot.interact(() -> {
            var pane = app.context.workbench().panes().get(1);
            String text = w.text(pane.article().orElseThrow().id());
            int at = text.indexOf(WorkbenchUiTest.PRESS_PHRASE);
            pane.selectionProperty().set(new org.claimbench.domain.TextSpan(at, at + WorkbenchUiTest.PRESS_PHRASE.length()));
            app.context.workbench().tag(pane, w.sourceNamed("Press").orElseThrow());
        });
        Claim marked = w.claims().get(0);
        assertEquals("How long was the call?", w.topic(marked.topicId()).map(Topic::label).orElse(""));

        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(3).toList()));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.type(KeyCode.F2);
        focusTopicBox(robot);
        robot.write("Was a ceasefire agreed?");
        // On a loaded machine the typed keys reach the editor a moment later: Enter must not come first.
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFx(() -> robot.lookup("#topicChoice").queryComboBox().getEditor().getText()).equals("Was a ceasefire agreed?"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the topic typed never reached the dialog", e);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, w.claims().stream().filter(c -> c.topicId() != null
                && w.topic(c.topicId()).orElseThrow().label().equals("Was a ceasefire agreed?")).count(), "F2 on four rows set all four");
    }

    @Test
    void settingATopicOnClaimsOfMixedTopicsShowsMixedAndSaysWhatItReplaced(FxRobot robot) {
        Workspace w = app.workspace();
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(3).toList()));
        List<Claim> three = w.claims();
        assertEquals(3, three.size());
        robot.interact(() -> w.setTopic(List.of(three.get(0).id(), three.get(1).id()), "How long was the call?"));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectAll();
        });
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> box = topicChoice();
        assertEquals("", box.getEditor().getText(), "of two topics, neither is offered as the one of all three");
        assertTrue(box.getPromptText().startsWith("mixed"), box.getPromptText());
        String header = ((javafx.scene.control.DialogPane) box.getScene().getRoot()).getHeaderText();
        assertTrue(header.contains("Now mixed: 2 “How long was the call?”, 1 without a topic"), header);
        focusTopicBox(robot);
        robot.write("Was a ceasefire agreed?");
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFx(() -> box.getEditor().getText()).equals("Was a ceasefire agreed?"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the topic typed never reached the dialog", e);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        assertEquals("Topic of 3 claims set to “Was a ceasefire agreed?” (2 had “How long was the call?”). Ctrl+Z undoes it.", status);
        assertEquals("Set topic “Was a ceasefire agreed?” on 3 claims (2 had “How long was the call?”)", w.undoLabel().orElseThrow());
    }

    @Test
    void enterKeepsTheQuestionTypedAndOnlyASuggestionPickedReplacesIt(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = acceptClaims(robot, 3);
        robot.interact(() -> app.context.workbench().topics().setTopic(List.of(ids.get(0)), "Who wants a ceasefire?"));
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();

        // A new question that starts like an existing topic: the list offers the topic, Enter keeps what was typed.
        robot.interact(() -> selectClaim(table, ids.get(1)));
        robot.type(KeyCode.T);
        focusTopicBox(robot);
        robot.write("Wh");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> offered = robot.lookup("#topicChoiceCompletions").queryAs(ListView.class);
        assertTrue(offered.isVisible() && offered.getItems().contains("Who wants a ceasefire?"), "the topic is offered: " + offered.getItems());
        double boxWidth = topicChoice().getWidth();
        assertEquals(boxWidth, offered.getWidth(), 1.0, "the list is as wide as the box");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wh", w.topic(w.claim(ids.get(1)).orElseThrow().topicId()).map(Topic::label).orElse(""), "Enter keeps the words typed");

        // ↓ picks the topic offered; Enter takes it and sets it, one key (it took a second Enter: student45).
        robot.interact(() -> selectClaim(table, ids.get(2)));
        robot.type(KeyCode.T);
        focusTopicBox(robot);
        robot.write("cease");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who wants a ceasefire?", w.topic(w.claim(ids.get(2)).orElseThrow().topicId()).map(Topic::label).orElse(""));
        assertTrue(onFx(() -> javafx.stage.Window.getWindows().stream().noneMatch(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#topicChoice") != null)), "the dialog is closed");

        // A click on a suggestion takes it into the box (to edit), the dialog still open; Enter then sets what the box holds.
        robot.interact(() -> selectClaim(table, ids.get(1)));
        robot.type(KeyCode.T);
        focusTopicBox(robot);
        robot.write("cease");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#topicChoiceCompletions .list-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Who wants a ceasefire?".equals(l.getText())).queryAs(javafx.scene.control.Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who wants a ceasefire?", onFx(() -> topicChoice().getEditor().getText()), "taken into the box, the dialog still open");
        assertEquals("Wh", w.topic(w.claim(ids.get(1)).orElseThrow().topicId()).map(Topic::label).orElse(""), "not set by the click");
        focusTopicBox(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who wants a ceasefire?", w.topic(w.claim(ids.get(1)).orElseThrow().topicId()).map(Topic::label).orElse(""));
    }

    @Test
    void aTopicKeepsItsColourWhenOthersComeAndTheStickyTopicFollowsARenameAndAMerge(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = acceptClaims(robot, 3);
        var topics = app.context.workbench().topics();
        robot.interact(() -> topics.setTopic(List.of(ids.get(0)), "Is the bridge late?"));
        java.util.function.Function<String, TopicRow> row = label -> onFx(() -> topics.rows().stream()
                .filter(r -> r.label().equals(label)).findFirst().orElseThrow());
        String bridge = row.apply("Is the bridge late?").colour();
        // A topic whose label sorts before it comes in: the bridge's colour stays.
        robot.interact(() -> topics.setTopic(List.of(ids.get(1)), "Are the ferries cut?"));
        assertEquals(bridge, row.apply("Is the bridge late?").colour(), "a topic keeps its colour when another comes before it");
        String ferries = row.apply("Are the ferries cut?").colour();
        assertTrue(!ferries.equals(bridge), "the new topic has a colour of its own");
        // Opened again (the file lists its topics by label, not in the order they were made): the same colours.
        Path file = w.file();
        robot.interact(() -> app.context.session().close());
        robot.interact(() -> app.context.session().open(file, app.context.workbench().opened()));
        app.settle();
        assertEquals(List.of(bridge, ferries), List.of(row.apply("Is the bridge late?").colour(), row.apply("Are the ferries cut?").colour()),
                "each topic keeps its colour from one session to the next");
        Workspace reopened = app.workspace();

        robot.interact(() -> topics.stickyProperty().set("Is the bridge late?"));
        robot.interact(() -> topics.merge(row.apply("Is the bridge late?"), row.apply("Are the ferries cut?")));
        assertEquals("Are the ferries cut?", onFx(() -> topics.stickyProperty().get()), "the sticky topic follows its merge");
        robot.interact(() -> topics.rename(row.apply("Are the ferries cut?"), "Are the ferries cut for good?"));
        assertEquals("Are the ferries cut for good?", onFx(() -> topics.stickyProperty().get()), "the sticky topic follows its rename");
        assertTrue(reopened.topics().stream().noneMatch(t -> t.label().equals("Is the bridge late?")), "the merged topic is not made again");
    }

    /**
     * Review of round 11: Ctrl+Z of a rename takes the sticky topic back with it, as Ctrl+Y forward again (it stayed on the
     * new label, which no topic had after the undo, so the next claim made a second topic of it).
     */
    @Test
    void theStickyTopicFollowsTheUndoAndRedoOfARename(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = acceptClaims(robot, 2);
        var topics = app.context.workbench().topics();
        robot.interact(() -> topics.setTopic(List.of(ids.get(0)), "Is the bridge late?"));
        robot.interact(() -> topics.stickyProperty().set("Is the bridge late?"));
        TopicRow bridge = onFx(() -> topics.rows().stream().filter(r -> r.label().equals("Is the bridge late?")).findFirst().orElseThrow());
        robot.interact(() -> topics.rename(bridge, "Is the bridge closed?"));
        assertEquals("Is the bridge closed?", onFx(() -> topics.stickyProperty().get()));

        robot.interact(() -> app.context.workbench().undo());
        app.settle();
        assertEquals("Is the bridge late?", onFx(() -> topics.stickyProperty().get()), "the undo takes the sticky topic back");
        robot.interact(() -> app.context.workbench().redo());
        app.settle();
        assertEquals("Is the bridge closed?", onFx(() -> topics.stickyProperty().get()), "the redo takes it forward again");
        robot.interact(() -> app.context.workbench().undo());
        app.settle();

        // The next claim, marked as a pane marks one (ClaimMarking: the sticky topic's label), goes on the topic there is.
        Claim second = w.claim(ids.get(1)).orElseThrow();
        onFx(() -> w.markClaim(second.articleId(), new org.claimbench.domain.TextSpan(second.span().end() + 1, second.span().end() + 8),
                second.sourceId(), "", "", topics.stickyProperty().get()));
        assertEquals(List.of("Is the bridge late?"), w.topics().stream().map(Topic::label).toList(), "no second topic is made");
    }

    /** Accepts the first n suggested claims whose speakers have a source (the claims to work on, no user action counted); their ids. */
    private List<Long> acceptClaims(FxRobot robot, int n) {
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(app.context.workbench().suggestions().filter().shown().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).limit(n).toList()));
        return app.workspace().claims().stream().map(Claim::id).toList();
    }

    /** The topic box of the dialog open (looked up in every window: the list of suggestions is a window of its own). */
    static javafx.scene.control.ComboBox<?> topicChoice() {
        return onFx(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot().lookup("#topicChoice")).filter(java.util.Objects::nonNull)
                .map(n -> (javafx.scene.control.ComboBox<?>) n).findFirst().orElseThrow());
    }

    /**
     * Four claims of the press marked through the workspace, their ids in order (Accept all's notice would be a window of
     * its own that takes the keys).
     */
    static List<Long> fourClaimsMarked(FxRobot robot, Workspace w) {
        long article = w.articles().get(0).id();
        long press = w.sourceNamed("Press").orElseThrow().id();
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                w.markClaim(article, new org.claimbench.domain.TextSpan(i * 20, i * 20 + 10), press, "", "");
            }
        });
        return w.claims().stream().map(Claim::id).toList();
    }

    static void selectClaim(TableView<ClaimRow> table, long id) {
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().select(i);
                table.requestFocus();
                return;
            }
        }
        throw new AssertionError("claim " + id + " is not in the table");
    }

    /**
     * Monocle does not give a new dialog window the keyboard as a desktop does (the box has the focus
     * in its window, the window not the keys): a click the user does not need, so not counted.
     */
    static void focusTopicBox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField editor = topicChoice().getEditor();
        robot.clickOn(editor);
        // On a desktop the dialog opens with its text selected, so typing replaces it; the click above put the caret in it instead.
        robot.interact(editor::selectAll);
    }

    /** Clicks a row of the table (Shift held: extends the selection), scrolling to it first if need be; counts the actions. */
    private void clickRow(FxRobot robot, TableView<ClaimRow> table, int index, boolean shift) {
        boolean seen = onFx(() -> rowAt(table, index) != null);
        if (!seen) {
            robot.interact(() -> table.scrollTo(index));
            actions++;
        }
        TableRow<?> row = onFx(() -> rowAt(table, index));
        if (shift) {
            robot.press(KeyCode.SHIFT).clickOn(row, MouseButton.PRIMARY).release(KeyCode.SHIFT);
        } else {
            robot.clickOn(row, MouseButton.PRIMARY);
        }
        actions++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableRow<?> rowAt(TableView<?> table, int index) {
        javafx.geometry.Bounds view = table.localToScene(table.getBoundsInLocal());
        return table.lookupAll(".table-row-cell").stream().filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible()
                && r.localToScene(r.getBoundsInLocal()).getMaxY() <= view.getMaxY()
                && r.localToScene(r.getBoundsInLocal()).getMinY() >= view.getMinY() + 20).map(n -> (TableRow<?>) n).findFirst().orElse(null);
    }

}
