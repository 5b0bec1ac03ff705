package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * editor58, in the Edit text dialog and after it: undo and redo there do what a text editor's do, the claims' colours on
 * the words they are on; after OK the pane stays at the line it showed.
 */
class EditTextUndoAndPlaceUiTest extends SampleWindowTest {

    /** Invented for this test. */
    private static final String CANAL = "Canal locks\n\nThe lock keepers met on Monday. The council said the canal would stay "
            + "closed to barges until the spring. A boatman said the water was low.\n";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Article shownInPane2(String title, String text) {
        Article a = onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled(title), text)).article());
        robot().interact(() -> app.context.workbench().choose(app.context.workbench().panes().get(1), a));
        app.settle();
        return a;
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /** Waits past the pause after which the dialog works out the claims' places again (EditPreview, 300 ms). */
    private static void afterThePause() {
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void keys(FxRobot robot, KeyCode... held) {
        KeyCode last = held[held.length - 1];
        KeyCode[] mods = java.util.Arrays.copyOf(held, held.length - 1);
        robot.press(mods).type(last).release(mods);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void undoAndRedoInTheEditDialogStepThroughTheTextWithTheClaimsColoursOnTheirWords(FxRobot robot) {
        Article a = shownInPane2("Canal locks", CANAL);
        String sentence = "The council said the canal would stay closed to barges until the spring.";
        int at = CANAL.indexOf(sentence);
        onFx(() -> app.workspace().markClaim(a.id(), new TextSpan(at + 17, at + sentence.length()),
                app.workspace().sourceNamed("Press").orElseThrow().id(), "council", ""));
        WaitForAsyncUtils.waitForFxEvents();
        openArticleMenu(robot, a.id(), "Edit text…");
        InlineCssTextArea editor = robot.lookup("#articleTextEditor").query();
        String plain = onFx(() -> editor.getStyleOfChar(CANAL.indexOf("boatman")));
        assertFalse(onFx(() -> editor.getStyleOfChar(at + 20)).equals(plain), "the claim's words are coloured");
        robot.clickOn(editor);
        String put = "Mooring fees rose twice last year.";
        robot.interact(() -> {
            editor.selectRange(at, at + sentence.length());
            editor.replaceSelection(put);
        });
        afterThePause();
        String edited = CANAL.replace(sentence, put);
        assertEquals(edited, onFx(editor::getText));
        assertEquals(plain, onFx(() -> editor.getStyleOfChar(at)), "the claim lost its words: the new sentence is not its colour");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(CANAL, onFx(editor::getText), "one Ctrl+Z takes the replacement back (editor58: it took a colour back)");
        assertFalse(onFx(() -> editor.getStyleOfChar(at + 20)).equals(plain), "and the claim's colour is on its words again at once");
        afterThePause();
        assertFalse(onFx(() -> editor.getStyleOfChar(at + 20)).equals(plain), "and stays there");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(edited, onFx(editor::getText), "Ctrl+Shift+Z puts it back");
        afterThePause();
        assertEquals(plain, onFx(() -> editor.getStyleOfChar(at)), "no claim colour on the new sentence");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(CANAL, onFx(editor::getText));
        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(edited, onFx(editor::getText), "Ctrl+Y redoes too");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CANAL, onFx(() -> app.workspace().text(a.id())), "cancelled: the text as it was");
    }

    @Test
    void afterEditTextTheSamePaneStaysAtTheLineItShowed(FxRobot robot) {
        StringBuilder text = new StringBuilder("Harbour diary\n\n");
        for (int i = 1; i <= 60; i++) {
            text.append("Day ").append(i).append(": the harbour master logged ").append(i % 7 + 2).append(" ferries and a quiet tide.\n\n");
        }
        String before = text.toString();
        Article a = shownInPane2("Harbour diary", before);
        InlineCssTextArea area = app.area(2);
        int paragraph = area.getText().indexOf("Day 40:") < 0 ? -1 : onFx(() -> area.offsetToPosition(area.getText().indexOf("Day 40:"),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        int top = onFx(area::firstVisibleParToAllParIndex);
        assertTrue(top > 20, "scrolled down: " + top);

        openArticleMenu(robot, a.id(), "Edit text…");
        InlineCssTextArea editor = robot.lookup("#articleTextEditor").query();
        int typo = before.indexOf("Day 45:") + "Day 45: the harbour master logged".length();
        robot.interact(() -> editor.insertText(typo, " carefully"));
        robot.clickOn("OK");
        app.settle();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        app.settle();
        assertTrue(onFx(() -> app.workspace().text(a.id())).contains("logged carefully"), "the edit is saved");
        assertEquals(top, (int) onFx(area::firstVisibleParToAllParIndex), "the pane shows the line it showed (editor58: the article's top)");
    }
}
