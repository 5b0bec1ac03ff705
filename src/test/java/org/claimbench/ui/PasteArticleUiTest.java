package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Paste dialog asks what Article details asks of a new article (title, outlet, date published), offers the text's
 * first line as its title, adds the article as pasted and shows it in the pane worked in; a paste that fails adds nothing.
 */
class PasteArticleUiTest extends SampleWindowTest {

    private static final String HEADLINE = "Ferry fares to rise in spring";
    private static final String BODY = "The harbour mayor said on Tuesday that the ferry fares would rise by a tenth in April.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPastedArticleGetsTheTitleOutletAndDateGivenOpensInThePaneWorkedInAndSaysItWasPasted(FxRobot robot) {
        app.settle();
        Article left = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        robot.interact(() -> app.context.workbench().activePaneProperty().set(app.context.workbench().panes().get(1)));
        openDialogWith(robot, HEADLINE + "\n\n" + BODY);
        assertEquals(HEADLINE, robot.lookup("#pasteTitle").queryAs(TextField.class).getText(), "the first line is offered as the title");
        robot.clickOn("#pasteOutlet").write("Harbour Gazette");
        DatePicker date = robot.lookup("#pastePublished").queryAs(DatePicker.class);
        String typed = onFx(() -> date.getConverter().toString(LocalDate.of(2025, 3, 4)));
        robot.clickOn(date.getEditor()).write(typed);
        robot.clickOn(addButton(robot));
        app.settle();

        Article pasted = onFx(() -> app.context.workbench().panes().get(1).article().orElseThrow());
        assertEquals(HEADLINE, pasted.title());
        assertEquals("Harbour Gazette", pasted.metadata().outlet());
        assertEquals(LocalDate.of(2025, 3, 4), pasted.metadata().published(), "the date typed, Enter never pressed in its box");
        assertEquals(TextOrigin.PASTE, pasted.textOrigin());
        assertEquals(BODY, app.workspace().text(pasted.id()), "the title line left the text");
        assertEquals(left, onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow()), "the other pane keeps its article");
        String byline = robot.lookup("#paneByline-2").queryLabeled().getText();
        assertTrue(byline.startsWith("Harbour Gazette · 2025-03-04"), byline);
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Pasted article “" + HEADLINE), app.context.workbench().statusProperty().get());

        // Where the app names where a text came from: Earlier versions… says pasted.
        robot.clickOn("#paneMenu-2");
        robot.clickOn("Earlier versions…");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane versions = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String header = versions.getHeaderText();
        robot.interact(() -> ((Stage) versions.getScene().getWindow()).close());
        assertEquals("“" + HEADLINE + "” has not been changed since it was pasted.", header);
    }

    @Test
    void aTextNotReadAsAnArticleAddsNothingAndLeavesThePanesAsTheyWere(FxRobot robot) {
        app.settle();
        List<Article> before = onFx(() -> List.copyOf(app.context.model().articles()));
        List<Long> shown = onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().orElseThrow().id()).toList());
        openDialogWith(robot, "<html><body><script>var x = 1;</script></body></html>");
        robot.clickOn("#pasteOutlet").write("Harbour Gazette");
        robot.clickOn(addButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label error = robot.lookup("#errorMessage").queryAs(javafx.scene.control.Label.class);
        String said = error.getText();
        robot.interact(() -> ((Stage) error.getScene().getWindow()).close());
        app.settle();
        assertTrue(said.contains("no readable text"), said);
        assertEquals(before, onFx(() -> List.copyOf(app.context.model().articles())), "no article added");
        assertEquals(shown, onFx(() -> app.context.workbench().panes().stream().map(p -> p.article().orElseThrow().id()).toList()),
                "the panes keep their articles");
    }

    @Test
    void aDateEmptiedIsNoDate(FxRobot robot) {
        // A date that cannot be read keeps the dialog open with a message: TypedDateUiTest.
        app.settle();
        openDialogWith(robot, HEADLINE + "\n" + BODY);
        DatePicker date = robot.lookup("#pastePublished").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("the fourth of March");
        robot.interact(() -> date.getEditor().clear());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(addButton(robot));
        app.settle();
        Article pasted = onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow());
        assertEquals(HEADLINE, pasted.title());
        assertEquals(null, pasted.metadata().published());
        assertTrue(onFx(() -> robot.lookup("#paneByline-1").queryLabeled().getText() + robot.lookup("#paneByline-2").queryLabeled().getText())
                .contains("no date"));
    }

    /**
     * Issue 14: an imported file is dated by its header (ui55b), a pasted text was not. Pasted with a wire dateline under a
     * timestamp line, the date left empty: the field's prompt names the header's day and the article has it.
     */
    @Test
    void aPastedTextWithNoDateTypedIsDatedByItsHeader(FxRobot robot) {
        app.settle();
        openDialogWith(robot, HEADLINE + "\nMarch 4, 2025 9:30 AM GMT\n\nHARBOURTON (Coastwire) - " + BODY);
        DatePicker date = robot.lookup("#pastePublished").queryAs(DatePicker.class);
        assertTrue(onFx(() -> date.getPromptText()).startsWith("2025-03-04, from the text's header"), onFx(() -> date.getPromptText()));
        robot.clickOn(addButton(robot));
        app.settle();
        Article pasted = onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow());
        assertEquals(HEADLINE, pasted.title());
        assertEquals(LocalDate.of(2025, 3, 4), pasted.metadata().published(), "the header's day");
    }

    /**
     * editor58 (item 7): a draft whose first line is its lead sentence had that whole sentence put in the Title field. A
     * first line that is a sentence is not a headline: the field stays empty for the user, its prompt says what the title
     * is if it stays so, and the sentence stays in the text. A headline typed then is the title.
     */
    @Test
    void aTextOpeningWithASentenceOffersNoTitleAndSaysWhatAnEmptyFieldGives(FxRobot robot) {
        app.settle();
        String lead = "Ferry crews and the harbour board met for six hours in Harbourton on Tuesday, but the two sides told it differently.";
        String draft = lead + "\n\n" + BODY;
        openDialogWith(robot, draft);
        TextField title = robot.lookup("#pasteTitle").queryAs(TextField.class);
        assertEquals("", title.getText(), "a first sentence is not offered as the title");
        assertEquals("No headline: type one, or leave empty for “Ferry crews and the harbour…”",
                onFx(title::getPromptText));
        robot.clickOn(addButton(robot));
        app.settle();
        Article pasted = onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow());
        assertEquals(lead, pasted.title(), "left empty: the text's first words, as the prompt said");
        assertEquals(draft, app.workspace().text(pasted.id()), "the lead sentence stays in the text");
        // A paste day is no publication date: the weekday in an undated draft dates nothing (editor58 item 6 had typed a date).
        assertEquals(null, pasted.metadata().published());
        String event = onFx(() -> app.workspace().analysis().inferredEventLabel(pasted.id()));
        assertTrue(!event.matches(".*\\d.*"), "no day taken from the paste: " + event);

        // A headline over the body is offered; a line too long for one is not (it is the body's).
        openDialogWith(robot, "Ferry crews and the harbour board told two different stories about what the six hours of talks in "
                + "Harbourton settled for the night rota\n" + BODY);
        assertEquals("", robot.lookup("#pasteTitle").queryAs(TextField.class).getText(), "24 words: a lead, not a headline");
        TextArea area = robot.lookup("#pasteText").queryAs(TextArea.class);
        robot.interact(() -> area.setText(HEADLINE + "\n" + BODY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HEADLINE, robot.lookup("#pasteTitle").queryAs(TextField.class).getText());
        robot.interact(() -> ((Stage) area.getScene().getWindow()).close());
    }

    /** Ctrl+Shift+V, then the text as if pasted into the dialog's text box. */
    private void openDialogWith(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#pasteText").queryAs(TextArea.class);
        robot.interact(() -> area.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button addButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && "Add article".equals(b.getText())).queryAs(Button.class);
    }
}
