package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The T dialog's topic box picks an existing topic as a combo box does (factcheck49: a click on the list did not take in
 * about 5 of 9 picks, Enter then made a topic of the prefix typed, or with an empty box silently took the topic off): ↓
 * opens the list and moves in it, Enter or a click takes the topic highlighted, the OK button says what Enter will do, and
 * the keyboard goes back to the table after it.
 */
class TopicPickUiTest extends SampleWindowTest {

    private static final String CEASEFIRE = "Who wants a ceasefire?";
    private static final String TALKS = "Will the talks go on?";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Four claims, the first with the topic CEASEFIRE and the second TALKS; the Claims tab shown. */
    private List<Long> claimsWithTwoTopics(FxRobot robot) {
        Workspace w = app.workspace();
        List<Long> ids = TopicsUiTest.fourClaimsMarked(robot, w);
        robot.interact(() -> w.setTopic(ids.subList(0, 1), CEASEFIRE));
        robot.interact(() -> w.setTopic(ids.subList(1, 2), TALKS));
        app.settle();
        robot.interact(() -> app.context.view().focusList(0));
        return ids;
    }

    /** The claim chosen alone in the Claims table and T pressed: the topic dialog open, its box with the keyboard; the table. */
    private static TableView<ClaimRow> tOn(FxRobot robot, long claimId) {
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        robot.interact(() -> TopicsUiTest.selectClaim(table, claimId));
        robot.type(KeyCode.T);
        TopicsUiTest.focusTopicBox(robot);
        return table;
    }

    private String topicOf(long claimId) {
        Workspace w = app.workspace();
        return onFx(() -> w.claim(claimId).orElseThrow().topicId() == null ? ""
                : w.topic(w.claim(claimId).orElseThrow().topicId()).map(Topic::label).orElse(""));
    }

    private static boolean dialogOpen() {
        return onFx(() -> Window.getWindows().stream().anyMatch(x -> x.getScene() != null && x.getScene().getRoot().lookup("#topicChoice") != null));
    }

    /**
     * The list is a window of its own, and a desktop may give it the keyboard when the mouse comes to it (focus following the
     * mouse; Xvfb with no window manager, where factcheck49 ran): the dialog's window then loses the keyboard before the
     * click. The list closed at that, and the click fell on the dialog under it. Now the list waits for the click, which
     * takes the topic into the box and gives the dialog the keyboard back, so that Enter sets it.
     */
    @Test
    void aTopicClickedInTheListIsTakenWhenTheListsWindowTookTheKeyboardAndEnterSetsIt(FxRobot robot) {
        List<Long> ids = claimsWithTwoTopics(robot);
        TableView<ClaimRow> table = tOn(robot, ids.get(2));
        robot.write("Wh");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> offered = robot.lookup("#topicChoiceCompletions").queryAs(ListView.class);
        assertTrue(onFx(offered::isVisible), "the list is open");
        Labeled cell = robot.lookup("#topicChoiceCompletions .list-cell").match(n -> n instanceof Labeled l && CEASEFIRE.equals(l.getText()))
                .queryAs(Labeled.class);
        Point2D at = robot.point(cell).query();
        robot.moveTo(at);
        // What the desktop did as the mouse came to the list: its window took the keyboard from the dialog's, and the toolkit
        // told the dialog so, with the end of its popups' grab (GTK's glass on Xvfb). Monocle leaves every window focused at
        // once and grabs nothing: the toolkit's two words are given here as GTK gives them.
        Window dialog = onFx(() -> TopicsUiTest.topicChoice().getScene().getWindow());
        robot.interact(() -> {
            cell.getScene().getWindow().requestFocus();
            com.sun.javafx.stage.WindowPeerListener toolkit = new com.sun.javafx.stage.WindowPeerListener(dialog);
            toolkit.changedFocused(false, com.sun.javafx.tk.FocusCause.DEACTIVATED);
            toolkit.focusUngrab();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(offered::isVisible), "the list stays open for the click when its own window has the keyboard");
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = TopicsUiTest.topicChoice();
        assertEquals(CEASEFIRE, onFx(() -> box.getEditor().getText()), "the click took the topic into the box");
        assertTrue(onFx(() -> box.getScene().getFocusOwner() == box), "the box has the dialog's keyboard");
        assertEquals("Set topic of the claim", onFx(() -> ((Button) box.getScene().lookup("#askInBoxOk")).getText()),
                "the button says an existing topic is set");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialogOpen(), "one Enter set it and closed the dialog");
        assertEquals(CEASEFIRE, topicOf(ids.get(2)));
        assertEquals(2, (int) onFx(() -> app.workspace().topics().size()), "no topic \"Wh\" was made");
    }

    /** ↓ opens the list (every topic, with nothing typed) and moves in it; one Enter sets the topic highlighted. */
    @Test
    void downOpensTheListAndMovesInItAndOneEnterSetsTheTopicHighlighted(FxRobot robot) {
        List<Long> ids = claimsWithTwoTopics(robot);
        TableView<ClaimRow> table = tOn(robot, ids.get(2));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> offered = robot.lookup("#topicChoiceCompletions").queryAs(ListView.class);
        assertTrue(onFx(offered::isVisible), "↓ opened the list");
        assertEquals(List.copyOf(onFx(() -> app.context.workbench().topics().labels())), List.copyOf(onFx(offered::getItems)),
                "with nothing typed, every topic");
        assertEquals(0, (int) onFx(() -> offered.getSelectionModel().getSelectedIndex()), "the first highlighted");
        assertEquals("", onFx(() -> TopicsUiTest.topicChoice().getEditor().getText()), "↓ changed no text");
        assertTrue(robot.lookup(".combo-box-popup").tryQuery().map(n -> !onFx(n::isVisible)).orElse(true), "no second list");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        String second = onFx(() -> offered.getItems().get(1));
        assertEquals(1, (int) onFx(() -> offered.getSelectionModel().getSelectedIndex()), "↓ again moves to the second");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialogOpen(), "the first Enter set the topic and closed the dialog, not only the list");
        assertEquals(second, topicOf(ids.get(2)));

        // Alt+↓ opens the same list, not the combo box's own.
        tOn(robot, ids.get(3));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(offered::isVisible) || onFx(() -> robot.lookup("#topicChoiceCompletions").queryAs(ListView.class).isVisible()),
                "Alt+↓ opened the completion list");
        assertTrue(robot.lookup(".combo-box-popup").tryQuery().map(n -> !onFx(n::isVisible)).orElse(true), "and no second list");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(), "Escape closed the list, not the dialog");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", topicOf(ids.get(3)), "cancelled: no topic");
    }

    /**
     * The OK button says what Enter will do: set a topic there is, make a new one, or take the topic off; an empty box with
     * Enter asks nothing more, and it is never silent.
     */
    @Test
    void theButtonSaysWhetherEnterSetsATopicMakesOneOrTakesItOff(FxRobot robot) {
        List<Long> ids = claimsWithTwoTopics(robot);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        List<Long> three = ids.subList(0, 3);
        robot.interact(() -> app.context.workbench().topics().setTopic(three, CEASEFIRE));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (three.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
            table.requestFocus();
        });
        robot.type(KeyCode.T);
        TopicsUiTest.focusTopicBox(robot);
        ComboBox<?> box = TopicsUiTest.topicChoice();
        Button ok = onFx(() -> (Button) box.getScene().lookup("#askInBoxOk"));
        assertEquals(CEASEFIRE, onFx(() -> box.getEditor().getText()));
        assertEquals("Set topic of 3 claims", onFx(ok::getText));
        robot.write("Wh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("New topic for 3 claims", onFx(ok::getText), "a word that is no topic makes a new one, and the button says so");
        robot.interact(() -> box.getEditor().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Take the topic off 3 claims", onFx(ok::getText), "an empty box takes the topic off, and the button says so");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialogOpen(), "Enter did it, nothing more asked");
        assertTrue(three.stream().allMatch(id -> topicOf(id).isEmpty()), "the three have no topic");
        assertEquals("Took the topic off 3 claims (3 had “" + CEASEFIRE + "”). Ctrl+Z undoes it.",
                onFx(() -> app.context.workbench().statusProperty().get()));
    }

    /**
     * The toolbar's sticky Topic box has the same one list; the box is narrow (140 px), and the list is as wide as its longest
     * topic, each whole (as wide as the box, they were cut behind a sideways bar, seen in the real window).
     */
    @Test
    void theStickyBoxsListIsWideEnoughForItsTopicsWhole(FxRobot robot) {
        claimsWithTwoTopics(robot);
        ComboBox<?> box = robot.lookup("#stickyTopic").queryComboBox();
        robot.clickOn((javafx.scene.Node) box.lookup(".arrow-button"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> offered = robot.lookup("#stickyTopicCompletions").queryAs(ListView.class);
        assertTrue(onFx(() -> offered.getScene() != null && offered.getScene().getWindow().isShowing()), "the arrow opened the list");
        assertTrue(onFx(() -> offered.getWidth() > box.getWidth()), "wider than the box: " + onFx(offered::getWidth) + " px");
        List<String> drawn = onFx(() -> offered.lookupAll(".list-cell .text").stream().map(n -> ((javafx.scene.text.Text) n).getText())
                .filter(t -> t != null && !t.isEmpty()).sorted().toList());
        assertEquals(List.of(CEASEFIRE, TALKS), drawn, "each topic drawn whole");
        assertTrue(onFx(() -> offered.lookupAll(".scroll-bar").stream().noneMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())), "no sideways bar");
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * Review finding 8, tried and not reproduced: in the toolbar's Topic box a row highlighted with ↓ does not outlive the
     * list's close by Esc: Enter then keeps the words typed, not the row (one row down, and two).
     */
    @Test
    void inTheStickyBoxARowHighlightedThenEscapedIsNotTakenByEnter(FxRobot robot) {
        claimsWithTwoTopics(robot);
        ComboBox<?> box = robot.lookup("#stickyTopic").queryComboBox();
        robot.clickOn(box.getEditor()).write("W");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> offered = robot.lookup("#stickyTopicCompletions").queryAs(ListView.class);
        assertEquals(CEASEFIRE, onFx(() -> offered.getSelectionModel().getSelectedItem()), "↓ highlighted the first topic offered");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("W", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "Enter after Esc keeps the words typed");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Wi");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TALKS, onFx(() -> offered.getSelectionModel().getSelectedItem()), "two rows down");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wi", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "Enter after Esc keeps the words typed");
        robot.interact(() -> box.getEditor().clear());
    }

    /**
     * After the T dialog the keyboard goes back where it was, the table, the rows still chosen, when they were chosen in the
     * table: the search took it after every dialog, and the next T was typed into it (factcheck49). Rows just chosen by the
     * search's Enter are a student's searches: the keyboard goes back to the search, its query selected, so that the next
     * words replace it (factcheck47), and Ctrl+Z there undoes the topic.
     */
    @Test
    void afterTheTopicDialogTheKeyboardIsBackWhereTheClaimsWereChosen(FxRobot robot) {
        List<Long> ids = claimsWithTwoTopics(robot);
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        javafx.scene.control.TextField search = robot.lookup("#claimsSearch").queryAs(javafx.scene.control.TextField.class);
        // A word of the first claim's, searched: the search holds a query, as the student's did.
        String word = java.util.Arrays.stream(onFx(() -> app.workspace().claim(ids.get(0)).orElseThrow().exact()).split("[^\\p{L}]+"))
                .filter(x -> x.length() >= 3).findFirst().orElseThrow();
        robot.clickOn(search).write(word);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> chosen = onFx(() -> table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).sorted().toList());
        assertTrue(!chosen.isEmpty(), "the claims found are chosen");
        robot.type(KeyCode.T);
        WorkbenchFixture.answerTopic(robot, "Is the harbour open?");
        assertTrue(onFx(search::isFocused), "chosen by the search: the keyboard is back in the search");
        assertEquals(word, onFx(search::getSelectedText), "its query selected, for the next words to replace it");
        assertEquals(chosen, onFx(() -> table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).sorted().toList()),
                "the rows still chosen");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(word, onFx(search::getText), "Ctrl+Z there left the query alone");
        assertTrue(chosen.stream().noneMatch(id -> "Is the harbour open?".equals(topicOf(id))), "and undid the topic");

        // Rows chosen in the table: T, the dialog, and the keyboard back in the table; the next T opens the dialog again.
        // A query that lists several claims stays in the box; one of them is chosen in the table.
        String other = java.util.Arrays.stream(onFx(() -> app.workspace().claim(ids.get(1)).orElseThrow().exact()).split("[^\\p{L}]+"))
                .filter(x -> x.length() >= 3).findFirst().orElseThrow();
        String query = word + " OR " + other;
        robot.interact(() -> search.setText(query));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> table.getItems().size()) >= 2, "the query lists several claims");
        long one = onFx(() -> table.getItems().get(1).id());
        robot.interact(() -> TopicsUiTest.selectClaim(table, one));
        robot.type(KeyCode.T);
        WorkbenchFixture.answerTopic(robot, "Is the harbour open?");
        assertTrue(onFx(table::isFocused), "chosen in the table: the keyboard is back in the table");
        assertTrue(!onFx(search::isFocused), "not in the search");
        assertEquals(List.of(one), onFx(() -> table.getSelectionModel().getSelectedItems().stream().map(ClaimRow::id).toList()),
                "the row still chosen");
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(), "T opened the topic dialog again");
        assertEquals(query, onFx(search::getText), "nothing typed into the search");
        TopicsUiTest.focusTopicBox(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialogOpen());
        assertTrue(onFx(table::isFocused), "cancelled, the keyboard is back in the table too");
    }
}
