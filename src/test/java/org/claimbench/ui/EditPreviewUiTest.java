package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Edit text dialog draws the claims where saving will put them once the typing pauses (editor55: a typo put right in a
 * claim's last word kept its colour on the first letter only, a rewritten sentence kept a colour on one letter, though what
 * was saved was right both times).
 */
class EditPreviewUiTest extends SampleWindowTest {

    private static final String WHITE_HOUSE = "#0072B2";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void pause() {
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean coloured(InlineCssTextArea editor, int at) {
        return editor.getStyleAtPosition(at + 1).contains(WHITE_HOUSE);
    }

    /** The editor opened on pane 2's article, with a White House claim on {@link WorkbenchUiTest#PRESS_PHRASE} at [at, end). */
    private record Opened(Article article, String text, int at, int end, InlineCssTextArea editor) {
    }

    private Opened openOnAClaim(FxRobot robot) {
        Workspace w = app.workspace();
        Article a = app.context.workbench().panes().get(1).article().orElseThrow();
        String text = w.text(a.id());
        int at = text.indexOf(WorkbenchUiTest.PRESS_PHRASE);
        int end = at + WorkbenchUiTest.PRESS_PHRASE.length();
        robot.interact(() -> w.markClaim(a.id(), new TextSpan(at, end), w.sourceNamed("White House").orElseThrow().id(), "", ""));
        return new Opened(a, text, at, end, SmallThingsUiTest.openTextEditor(robot, a));
    }

    @Test
    void aClaimsLastWordTypedAnewLetterByLetterIsTheClaimsOnceTheTypingPauses(FxRobot robot) {
        Opened o = openOnAClaim(robot);
        InlineCssTextArea editor = o.editor();
        int at = o.at();
        int end = o.end();
        int last = at + WorkbenchUiTest.PRESS_PHRASE.lastIndexOf(' ') + 1;
        // The last word chosen and typed over, one letter at a time, as a double-click and typing do.
        robot.interact(() -> editor.replaceText(last, end, "c"));
        for (String letter : new String[] {"o", "n", "v", "e", "r", "s", "e"}) {
            int caret = editor.getCaretPosition();
            robot.interact(() -> editor.insertText(caret, letter));
        }
        pause();
        for (int i = last; i < last + "converse".length(); i++) {
            assertTrue(coloured(editor, i), "the word typed in place of the claim's last word is the claim's: " + i);
        }
        robot.clickOn("Cancel");
    }

    @Test
    void aClaimWhoseWordsAreRewrittenLosesItsColourOnceTheTypingPauses(FxRobot robot) {
        Opened o = openOnAClaim(robot);
        InlineCssTextArea editor = o.editor();
        int at = o.at();
        int end = o.end();
        assertTrue(coloured(editor, at + 2));
        robot.interact(() -> editor.replaceText(at, end, "b"));
        robot.interact(() -> editor.insertText(at + 1, "rief talk by radio"));
        pause();
        for (int i = at; i < at + "brief talk by radio".length(); i++) {
            assertFalse(coloured(editor, i), "saving leaves the claim without words, so none is drawn: " + i);
        }
        robot.clickOn("Cancel");
        assertEquals(o.text(), app.workspace().text(o.article().id()));
    }
}
