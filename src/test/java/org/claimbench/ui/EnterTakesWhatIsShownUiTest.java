package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A box that offers names as the user types takes what it shows: in the speaker box, part of a known name typed and
 * Enter sets the name offered first (highlighted, the OK button and the line under the box naming it), Shift+Enter keeps
 * the words typed; the highlighted row of the speaker box and of Ctrl+L's partner list stands out from its neighbours at
 * 3:1 or more in both themes (fact-checker, stop 61: "Vlad" saved, the rows a faint grey).
 */
class EnterTakesWhatIsShownUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    @Test
    void partOfAKnownNameAndEnterSetsTheNameOfferedAndShiftEnterKeepsTheWordsTyped(FxRobot robot) {
        List<Claim> claims = markThree();
        ListView<?> offered = typedForTheSecond(robot, claims, "Tarj");
        String hint = onFx(() -> robot.lookup("#askInBoxHint").queryAs(Label.class).getText());
        assertTrue(hint.contains("Enter sets Tarja Lindqvist") && hint.contains("Shift+Enter keeps “Tarj”"), hint);
        enterSetsTheKnownName(robot, offered, claims.get(1));

        openSpeakerBox(robot, claims.get(2));
        robot.write("Tarj");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        app.settle();
        assertEquals("Tarj", app.workspace().claim(claims.get(2).id()).orElseThrow().speaker(), "Shift+Enter kept the words typed");
    }

    @Test
    void aKnownNameTypedInAnotherCaseAndEnterSetsTheNameAsItIsKnown(FxRobot robot) {
        List<Claim> claims = markThree();
        // Its own spelling taken: no second, lower-case speaker.
        enterSetsTheKnownName(robot, typedForTheSecond(robot, claims, "tarja lindqvist"), claims.get(1));
    }

    @Test
    void theNameEnterTakesStandsOutInBothThemes(FxRobot robot) {
        List<Claim> claims = markThree();
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                app.workspace().updateClaim(claims.get(i).id(), claims.get(i).sourceId(), "Orla Brennan " + (i + 1), "", "");
            }
        });
        app.settle();
        openSpeakerBox(robot, claims.get(0));
        robot.write("Orla");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> offered = robot.lookup("#speakerChoiceCompletions").queryAs(ListView.class);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, onFx(() -> offered.getSelectionModel().getSelectedIndex()));
        standsOut(robot, offered);
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }

    @Test
    void thePartnerEnterLinksStandsOutInBothThemesAndTheLineUnderTheListNamesIt(FxRobot robot) {
        List<Claim> claims = markThree();
        long other = app.workspace().sources().get(2).id();
        robot.interact(() -> {
            for (int i = 1; i < 3; i++) {
                app.workspace().retagClaims(List.of(claims.get(i).id()), other);
            }
        });
        Claim more = mark(220, other);
        app.settle();
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claims.get(0).exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        app.settle();
        ListView<?> partners = robot.lookup("#linkPartners").queryAs(ListView.class);
        assertTrue(onFx(() -> partners.getItems().size()) >= 3, "three partners listed");
        robot.clickOn("#linkFilter").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, onFx(() -> partners.getSelectionModel().getSelectedIndex()));
        String quote = onFx(() -> ((org.claimbench.ui.claims.ClaimRow) partners.getSelectionModel().getSelectedItem()).quote());
        String hint = onFx(() -> robot.lookup("#linkHint").queryAs(Label.class).getText());
        assertTrue(hint.contains("Enter links (confirmed) with “" + quote.substring(0, 8)), hint + " / " + quote + " / " + more.exact());
        standsOut(robot, partners);
        robot.type(KeyCode.ESCAPE);
    }

    /** The highlighted row (the second) against the first and third, light and dark: at least 3:1. */
    private void standsOut(FxRobot robot, ListView<?> list) {
        for (boolean dark : List.of(false, true)) {
            robot.interact(() -> app.context.model().darkProperty().set(dark));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> list.applyCss());
            Color chosen = onFx(() -> ListSelectionContrastUiTest.cellColour(list, 1));
            for (int neighbour : List.of(0, 2)) {
                Color next = onFx(() -> ListSelectionContrastUiTest.cellColour(list, neighbour));
                double ratio = SuggestionsReviewUiTest.contrast(chosen, next);
                assertTrue(ratio >= 3, (dark ? "dark" : "light") + " theme: the row Enter takes against row " + neighbour + ": " + ratio);
            }
        }
        robot.interact(() -> app.context.model().darkProperty().set(false));
    }

    /** The first claim's speaker is Tarja Lindqvist; {@code words} typed in the second's speaker box: the list offered. */
    private ListView<?> typedForTheSecond(FxRobot robot, List<Claim> claims, String words) {
        robot.interact(() -> app.workspace().updateClaim(claims.get(0).id(), claims.get(0).sourceId(), "Tarja Lindqvist", "", ""));
        app.settle();
        openSpeakerBox(robot, claims.get(1));
        robot.write(words);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#speakerChoiceCompletions").queryAs(ListView.class);
    }

    /** The known name highlighted in the list and named on OK; Enter gives the claim that name, as spelt where known. */
    private void enterSetsTheKnownName(FxRobot robot, ListView<?> offered, Claim claim) {
        assertEquals("Tarja Lindqvist", onFx(() -> offered.getSelectionModel().getSelectedItem()), "the known name is highlighted");
        assertEquals("Set “Tarja Lindqvist”", onFx(() -> robot.lookup("#askInBoxOk").queryAs(Button.class).getText()));
        robot.type(KeyCode.ENTER);
        app.settle();
        assertEquals("Tarja Lindqvist", app.workspace().claim(claim.id()).orElseThrow().speaker(), "Enter set the name it showed");
    }

    private void openSpeakerBox(FxRobot robot, Claim claim) {
        robot.clickOn(onFx(() -> WorkbenchFixture.middleOf(app.area(1), claim.exact()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#speakerChoice").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Three claims of the first source near the start of the first pane's article, apart from each other, with no speaker. */
    private List<Claim> markThree() {
        long source = app.workspace().sources().get(0).id();
        return List.of(mark(10, source), mark(80, source), mark(150, source));
    }

    private Claim mark(int at, long source) {
        Workspace w = app.workspace();
        long article = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        String text = w.text(article);
        int start = text.indexOf(' ', at) + 1;
        int end = text.indexOf(' ', start + 12);
        Claim c = onFx(() -> w.markClaims(List.of(new ClaimDraft(article, new TextSpan(start, end), source, "", "")))).get(0);
        app.settle();
        WaitForAsyncUtils.asyncFx(() -> app.area(1).showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        return c;
    }
}
