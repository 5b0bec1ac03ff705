package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.ui.claims.ClaimsTableViewModel;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Revising a draft in the window: the edit is one step of the undo history, versions show what changed, changed claims are listed. */
class RevisionUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Article shownInPane2() {
        return app.context.workbench().panes().get(1).article().orElseThrow();
    }

    /**
     * Marks the 30 characters at {@code at} as a claim, then with Edit text doubles one letter inside its words, as a typo
     * put right (or made) is, and presses OK: the window's question is open. The claim marked.
     */
    private Claim typoInsideAClaim(FxRobot robot, Article a, int at) {
        String original = app.workspace().text(a.id());
        Claim claim = app.workspace().markClaim(a.id(), new TextSpan(at, at + 30), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        WaitForAsyncUtils.waitForFxEvents();
        openArticleMenu(robot, a.id(), "Edit text…");
        InlineCssTextArea editor = robot.lookup("#articleTextEditor").query();
        String letter = original.substring(at + 10, at + 11);
        robot.interact(() -> editor.insertText(at + 10, letter));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        return claim;
    }

    @Test
    void editingTheTextInTheWindowIsUndoneAndRedoneWithTheKeyboardClaimsIncluded(FxRobot robot) {
        Article a = shownInPane2();
        String original = app.workspace().text(a.id());
        int at = original.indexOf(". ") + 2;
        Claim claim = app.workspace().markClaim(a.id(), new TextSpan(at, at + 12), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        WaitForAsyncUtils.waitForFxEvents();

        openArticleMenu(robot, a.id(), "Edit text…");
        org.fxmisc.richtext.InlineCssTextArea editor = robot.lookup("#articleTextEditor").query();
        robot.interact(() -> editor.insertText(0, "A correction at the top.\n\n"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        String edited = app.workspace().text(a.id());
        assertTrue(edited.startsWith("A correction at the top."));
        assertEquals(edited, app.area(2).getText(), "the pane shows the new text");
        assertEquals(at + 26, app.workspace().claim(claim.id()).orElseThrow().start());

        robot.clickOn(app.area(2));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, app.workspace().text(a.id()), "Ctrl+Z takes the text edit back first");
        assertEquals(original, app.area(2).getText());
        Claim back = app.workspace().claim(claim.id()).orElseThrow();
        assertEquals(original.substring(back.start(), back.end()), back.exact(), "and the claim stands on its words in the old text");
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.contains("Undid: Edit text of"), status);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, app.workspace().text(a.id()), "redo puts the edit back");
        Claim again = app.workspace().claim(claim.id()).orElseThrow();
        assertEquals(edited.substring(again.start(), again.end()), again.exact());
    }

    /**
     * Newcomer of round 34: an editor put a typo right inside a claim's words with Edit text, and the claim was flagged
     * "changed since marked", to be found and accepted in another tab. The window asks at once; one click takes the new
     * words, as one more step Ctrl+Z undoes.
     */
    @Test
    void aCorrectionTypedInsideAClaimIsTakenAsItsWordsWithOneClickAndUndone(FxRobot robot) {
        Article a = shownInPane2();
        String original = app.workspace().text(a.id());
        int at = original.indexOf(". ") + 2;
        Claim claim = typoInsideAClaim(robot, a, at);
        String asked = robot.lookup("#askMessage").queryAs(Label.class).getText();
        // Both wordings, the new one with the letter doubled.
        assertTrue(asked.contains("“" + original.substring(at, at + 30).strip() + "” now reads “" + original.substring(at, at + 11)
                + original.substring(at + 10, at + 25)), asked);
        // newcomer35: the status line announced the outcome before the question was answered.
        String waiting = app.context.workbench().statusProperty().get();
        assertTrue(waiting.contains("answer the question") && !waiting.contains("takes it back"), "the line says it waits: " + waiting);
        robot.clickOn("Take the new words");
        WaitForAsyncUtils.waitForFxEvents();
        String edited = app.workspace().text(a.id());
        Claim now = app.workspace().claim(claim.id()).orElseThrow();
        assertFalse(app.workspace().isChangedSinceMarked(claim.id()), "the claim stands on the corrected words, not flagged");
        assertEquals(edited.substring(now.start(), now.end()), now.exact());
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.startsWith("New text of") && status.contains("corrected words") && status.contains("Ctrl+Z"), status);
        // editor52: "1 changed. The Claims tab lists it." after the claim took its new words sent them looking for a flag.
        assertFalse(status.contains("changed") || status.contains("lists it"), "the claim is in place, no longer changed: " + status);

        robot.clickOn(app.area(2));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().isChangedSinceMarked(claim.id()), "Ctrl+Z takes the new words back: the claim is flagged again");
        // Undo names the step with the button's words (walk62 read "Undid: Accept new wording" after "Take the new words").
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Undid: Take the new words."),
                app.context.workbench().statusProperty().get());
        assertEquals(edited, app.workspace().text(a.id()), "and the edit itself stays until the next Ctrl+Z");
    }

    /**
     * Newcomer of round 36: Cancel in the question after an edit inside a claim's words kept the edit and flagged the
     * claim, as "Keep flagged for review" does. Cancel takes the edit back: the text and the claim as they were, the claim
     * not flagged; Ctrl+Shift+Z redoes it.
     */
    @Test
    void cancelInTheQuestionAfterAnEditInsideAClaimTakesTheEditBack(FxRobot robot) {
        Article a = shownInPane2();
        String original = app.workspace().text(a.id());
        int at = original.indexOf(". ") + 2;
        Claim claim = typoInsideAClaim(robot, a, at);
        assertTrue(robot.lookup("#askMessage").queryAs(Label.class).getText().contains("Cancel takes the edit back"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(original, app.workspace().text(a.id()), "the edit is taken back");
        assertEquals(original, app.area(2).getText(), "the pane shows the text as it was");
        assertFalse(app.workspace().isChangedSinceMarked(claim.id()), "no claim is left flagged by a cancelled edit");
        Claim back = app.workspace().claim(claim.id()).orElseThrow();
        assertEquals(original.substring(at, at + 30), back.exact());
        String status = app.context.workbench().statusProperty().get();
        assertTrue(status.contains("taken back") && status.contains("Ctrl+Shift+Z"), status);

        robot.clickOn(app.area(2));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().text(a.id()).contains(original.substring(at, at + 11) + original.substring(at + 10, at + 20)),
                "Ctrl+Shift+Z puts the edit back");
    }

    @Test
    void earlierVersionsShowWhatChangedAndChangedClaimsAreListedToAcceptOrOrphan(FxRobot robot) {
        Article a = shownInPane2();
        String original = app.workspace().text(a.id());
        Claim claim = app.workspace().markClaim(a.id(), new TextSpan(0, 20), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        String revised = original.substring(0, 12) + "XY" + original.substring(14);
        robot.interact(() -> app.workspace().reviseArticle(a.id(), revised, TextOrigin.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().isChangedSinceMarked(claim.id()));

        ComboBox<?> state = robot.lookup("#claimsStateFilter").queryComboBox();
        assertTrue(state.isVisible(), "the state filter shows up once a claim changed since marked");
        robot.interact(() -> app.context.workbench().claims().stateFilter().set(org.claimbench.ui.claims.ClaimStateFilter.CHANGED));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        assertEquals(1, table.getItems().size());
        assertTrue(table.getItems().get(0).quote().startsWith("✎ changed since marked: “" + original.substring(0, 20) + "”"),
                table.getItems().get(0).quote());
        robot.interact(() -> app.context.workbench().claims().commands().acceptNewWording(table.getItems()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.workspace().isChangedSinceMarked(claim.id()));
        assertEquals(0, table.getItems().size());

        openArticleMenu(robot, a.id(), "Earlier versions…");
        InlineCssTextArea diff = robot.lookup("#versionDiff").queryAs(InlineCssTextArea.class);
        Label summary = robot.lookup("#versionDiffSummary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Version 1 → the current text: 1 word removed, 1 added"), summary.getText());
        int removed = diff.getText().indexOf(original.substring(12, 14));
        assertTrue(diff.getStyleOfChar(removed).contains("strikethrough"), "removed words are struck through");
        int added = diff.getText().indexOf("XY");
        assertTrue(diff.getStyleOfChar(added).contains("underline-color"), "the claim is drawn over the current words");
        // newcomer36: "until 3 Dec 2026 06:03" where every other date is ISO 8601.
        String version = robot.lookup("#versionList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null)
                .queryAs(javafx.scene.control.ListCell.class).getText();
        assertTrue(version.matches("(?s).*until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "the version's time in ISO 8601: " + version);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClaimReplacedAtOtherWordsLeavesNoHighlightOnTheWordsItLeft(FxRobot robot) {
        Article a = shownInPane2();
        String text = app.workspace().text(a.id());
        int first = text.indexOf(". ") + 2;
        Claim claim = app.workspace().markClaim(a.id(), new TextSpan(first, first + 12), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.area(2).getStyleAtPosition(first + 3).contains("-rtfx-background-color"), "drawn where it was marked");
        int other = text.indexOf(". ", first + 40) + 2;
        int otherEnd = text.indexOf(' ', other + 5);
        robot.interact(() -> {
            var pane = app.context.workbench().panes().get(1);
            app.context.workbench().activePaneProperty().set(pane);
            pane.selectionProperty().set(new TextSpan(other, otherEnd));
            var row = app.context.workbench().claims().rows().stream().filter(r -> r.id() == claim.id()).findFirst().orElseThrow();
            app.context.workbench().claims().commands().replaceAtSelection(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new TextSpan(other, otherEnd), app.workspace().claim(claim.id()).orElseThrow().span());
        assertFalse(app.area(2).getStyleAtPosition(first + 3).contains("-rtfx-background-color"), "the words it left are drawn plain again");
        assertTrue(app.area(2).getStyleAtPosition(other + 3).contains("-rtfx-background-color"), "drawn where it stands now");
    }

    /**
     * editor52: a new version from a file took the words of two claims away with no warning (the line said so after). The
     * window names them first; Cancel leaves text and claims as they were, the choice to import goes on as before.
     */
    @Test
    void aNewVersionThatDropsAClaimsWordsSaysWhichFirstAndCancelKeepsTheText(FxRobot robot) {
        Article a = shownInPane2();
        String original = app.workspace().text(a.id());
        int cut = original.indexOf(". ") + 2;
        int end = original.indexOf(". ", cut) + 2;
        Claim gone = app.workspace().markClaim(a.id(), new TextSpan(cut, cut + 25), app.workspace().sourceNamed("Press").orElseThrow().id(), "", "");
        String newVersion = original.substring(0, cut) + original.substring(end);
        robot.interact(() -> app.context.workbench().articleActions().revise(a, newVersion, TextOrigin.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        String asked = robot.lookup("#askMessage").queryAs(Label.class).getText();
        assertTrue(asked.contains(gone.exact().strip()) && asked.contains("Cancel keeps the text"), asked);
        assertEquals(original, app.workspace().text(a.id()), "nothing changes while the question is open");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, app.workspace().text(a.id()), "Cancel leaves the text as it was");
        assertFalse(app.workspace().claim(gone.id()).orElseThrow().isOrphan());
        assertTrue(app.context.workbench().statusProperty().get().contains("was not imported"), app.context.workbench().statusProperty().get());

        robot.interact(() -> app.context.workbench().articleActions().revise(a, newVersion, TextOrigin.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Import the new version");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(newVersion, app.workspace().text(a.id()));
        assertTrue(app.workspace().claim(gone.id()).orElseThrow().isOrphan(), "imported: the claim is kept, without words");
    }

    /**
     * editor58: Earlier versions listed versions 2 to 5 and no version 1, which was the current text again; the dialog
     * now says which version it leaves out and why.
     */
    @Test
    void earlierVersionsSaysWhichVersionItLeavesOutAsTheCurrentText(FxRobot robot) {
        String first = "Bridge notes\n\nThe bridge reopened on Tuesday after the repairs.\n";
        String second = first.replace("Tuesday", "Wednesday");
        Article a = WorkbenchFixture.onFx(() -> app.workspace().addArticle(new org.claimbench.domain.ArticleDraft(
                org.claimbench.domain.ArticleMetadata.titled("Bridge notes"), first)).article());
        WorkbenchFixture.onFx(() -> {
            app.workspace().reviseArticle(a.id(), second, TextOrigin.EDIT);
            return app.workspace().reviseArticle(a.id(), first, TextOrigin.EDIT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        openArticleMenu(robot, a.id(), "Earlier versions…");
        String header = robot.lookup(".dialog-pane").match(n -> n instanceof javafx.scene.control.DialogPane p && p.getHeaderText() != null
                && p.getHeaderText().contains("Bridge notes")).queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertTrue(header.contains("Version 1 is not listed: its text is the current text."), header);
        javafx.scene.control.ListView<?> list = robot.lookup("#versionList").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, list.getItems().size(), "version 2 alone is listed");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
