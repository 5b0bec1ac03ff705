package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A date typed into Article details or the Paste dialog is kept when OK is pressed without Enter in the date's field; a
 * date that cannot be read keeps the dialog open with a message saying what to type, and changes nothing.
 */
class TypedDateUiTest extends SampleWindowTest {

    private static final String HEADLINE = "Tram line to close for a month";
    private static final String BODY = "The city council said on Monday that the tram line would close for repairs in May.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aDateTypedInArticleDetailsIsKeptWhenOkIsPressedFromTheKeyboard(FxRobot robot) {
        app.settle();
        long id = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        DatePicker date = openDetails(robot);
        typeInto(robot, date, onFx(() -> date.getConverter().toString(LocalDate.of(2024, 11, 5))));
        pressOkFromTheKeyboard(robot, date);
        app.settle();
        assertFalse(dialogOpen(), "OK closed the dialog");
        assertEquals(LocalDate.of(2024, 11, 5), articleById(id).metadata().published(), "the date typed, Enter never pressed in its field");
        assertTrue(robot.lookup("#paneByline-1").queryLabeled().getText().contains("2024-11-05"), robot.lookup("#paneByline-1").queryLabeled().getText());
    }

    @Test
    void aDateArticleDetailsCannotReadKeepsTheDialogOpenSaysWhatToTypeAndChangesNothing(FxRobot robot) {
        app.settle();
        Article before = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow());
        DatePicker date = openDetails(robot);
        typeInto(robot, date, "the fifth of November");
        pressOkFromTheKeyboard(robot, date);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(), "the dialog stays open");
        Label message = robot.lookup("#metaPublishedMessage").queryAs(Label.class);
        assertTrue(message.isVisible(), "the message is shown");
        String example = onFx(() -> date.getConverter().toString(LocalDate.of(2025, 7, 3)));
        assertTrue(message.getText().startsWith("“the fifth of November” is not a date"), message.getText());
        assertTrue(message.getText().contains("like " + example), message.getText());
        assertEquals(before, articleById(before.id()), "nothing changed yet");
        robot.clickOn(button(robot, "Cancel"));
        app.settle();
        assertEquals(before.metadata(), articleById(before.id()).metadata(), "nothing changed");
    }

    @Test
    void aDateTypedInThePasteDialogIsKeptWhenAddIsPressedFromTheKeyboard(FxRobot robot) {
        app.settle();
        DatePicker date = openPaste(robot, HEADLINE + "\n\n" + BODY);
        typeInto(robot, date, onFx(() -> date.getConverter().toString(LocalDate.of(2025, 5, 2))));
        pressOkFromTheKeyboard(robot, date);
        app.settle();
        assertFalse(dialogOpen());
        Article pasted = onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow());
        assertEquals(HEADLINE, pasted.title());
        assertEquals(LocalDate.of(2025, 5, 2), pasted.metadata().published());
    }

    @Test
    void aDateThePasteDialogCannotReadKeepsItOpenSaysWhatToTypeAndAddsNothing(FxRobot robot) {
        app.settle();
        List<Article> before = onFx(() -> List.copyOf(app.context.model().articles()));
        DatePicker date = openPaste(robot, HEADLINE + "\n\n" + BODY);
        typeInto(robot, date, "last Friday");
        robot.clickOn(button(robot, "Add article"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(), "the dialog stays open");
        Label message = robot.lookup("#pastePublishedMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("“last Friday” is not a date"), message.getText());
        assertEquals(before, onFx(() -> List.copyOf(app.context.model().articles())), "no article added");
        // Corrected, the message leaves and the article is added with the date.
        typeInto(robot, date, onFx(() -> date.getConverter().toString(LocalDate.of(2025, 5, 2))));
        assertFalse(message.isVisible(), "the message leaves once the field is changed");
        robot.clickOn(button(robot, "Add article"));
        app.settle();
        Article pasted = onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow());
        assertEquals(LocalDate.of(2025, 5, 2), pasted.metadata().published());
    }

    @Test
    void isoDatesAndTheBylinesOwnFormAreReadWhateverTheLocalesShortDate(FxRobot robot) {
        // newcomer33 typed 2026-03-14 and 14 Mar 2026 (the form the bylines show); only 3/14/2026 was read.
        app.settle();
        DatePicker date = openPaste(robot, HEADLINE + "\n\n" + BODY);
        typeInto(robot, date, "2026-03-14");
        pressOkFromTheKeyboard(robot, date);
        app.settle();
        assertFalse(dialogOpen());
        assertEquals(LocalDate.of(2026, 3, 14), onFx(() -> app.context.workbench().activePaneProperty().get().article().orElseThrow())
                .metadata().published());

        long id = onFx(() -> app.context.workbench().panes().get(0).article().orElseThrow().id());
        DatePicker details = openDetails(robot);
        typeInto(robot, details, "4 Sep 2025");
        pressOkFromTheKeyboard(robot, details);
        app.settle();
        assertFalse(dialogOpen());
        assertEquals(LocalDate.of(2025, 9, 4), articleById(id).metadata().published());
    }

    private DatePicker openDetails(FxRobot robot) {
        robot.clickOn("#paneMenu-1");
        robot.clickOn("Edit details…");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#metaPublished").queryAs(DatePicker.class);
    }

    private DatePicker openPaste(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#pasteText").queryAs(TextArea.class);
        robot.interact(() -> area.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#pastePublished").queryAs(DatePicker.class);
    }

    /** Clicks into the date's field, replaces what it holds with {@code text}; no Enter. */
    private static void typeInto(FxRobot robot, DatePicker date, String text) {
        robot.clickOn(date.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * OK pressed as a keyboard user does while still in the date's field: the dialog's default button fired (what Enter
     * in a plain field does) with the focus left in the date's field, so nothing commits the date first.
     */
    private static void pressOkFromTheKeyboard(FxRobot robot, DatePicker date) {
        assertTrue(onFx(() -> date.getEditor().isFocused()), "the date's field has the keyboard");
        Button ok = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton()).queryAs(Button.class);
        robot.interact(ok::fire);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && text.equals(b.getText())).queryAs(Button.class);
    }

    private static boolean dialogOpen() {
        return onFx(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".dialog-pane") != null));
    }

    private Article articleById(long id) {
        return onFx(() -> app.context.model().articles().stream().filter(a -> a.id() == id).findFirst().orElseThrow());
    }

}
