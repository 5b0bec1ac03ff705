package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.MessageParts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024 × 700 the status line says the window's longest messages whole, or in fewer of their sentences, the essential
 * first, never cut in the middle with "…" (Accept all shown on the samples wrote 152 characters, the line holds about 100
 * beside the counts): accepting a suggested claim with the next one named, Accept all shown, a new text with claims of
 * every kind.
 */
class StatusLineFitsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
        app.settle();
    }

    /** What the status line draws now: one of the message's phrasings, whole (the label cut none), which it returns. */
    private String shownWhole(FxRobot robot, String essential) {
        app.settle();
        return onFx(() -> {
            String message = app.context.workbench().statusProperty().get();
            Labeled label = (Labeled) robot.lookup("#statusBar .status-label").query();
            Text text = (Text) label.lookup(".text");
            String shown = text == null ? "" : text.getText();
            List<String> phrasings = MessageParts.phrasings(message);
            // Its first sentences say there is more with "…" (round ui44).
            assertTrue(phrasings.get(0).equals(shown) || shown.endsWith(" …") && phrasings.contains(shown.substring(0, shown.length() - 2)),
                    "the line shows the message or its first sentences whole, not cut: “" + shown + "” of “" + message + "”");
            assertTrue(shown.startsWith(essential), "the essential first: " + shown);
            assertEquals(message, robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText(),
                    "the bar keeps the whole message (its tooltip)");
            return shown;
        });
    }

    @Test
    void acceptingSuggestedClaimsOneAndAllReadsWhole(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        app.settle();
        robot.type(KeyCode.A);
        shownWhole(robot, "Marked a claim of ");
        robot.clickOn("#acceptAllClaimSuggestions");
        String shown = shownWhole(robot, "Marked ");
        assertTrue(shown.matches("Marked \\d+ suggested claims; \\d+ wait.*"), "how many were marked and how many wait: " + shown);
    }

    @Test
    void aClaimWhoseSpeakerWasJustGivenASourceReadsWhole(FxRobot robot) throws Exception {
        // A speaker nobody has given a source yet (the samples' own may all be known by now).
        onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour fares"),
                "Harbour fares will rise in May, councillor Mara Lindqvist said on Monday after the board met.")).article());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        app.settle();
        javafx.scene.control.TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table =
                robot.lookup("#claimSuggestionsTable").queryTableView();
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> "Unassigned".equals(r.source()) && r.suggestion().speaker().contains("Lindqvist"))));
        robot.interact(() -> {
            table.getItems().stream().filter(r -> "Unassigned".equals(r.source()) && r.suggestion().speaker().contains("Lindqvist")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            table.requestFocus();
        });
        robot.type(KeyCode.A);
        app.settle();
        robot.type(KeyCode.DIGIT1);
        String shown = shownWhole(robot, "Marked a claim of Kremlin readout: “");
        assertTrue(onFx(() -> app.context.workbench().statusProperty().get()).contains(" speaks for Kremlin readout from now on."), shown);
    }

    @Test
    void aNewTextWithClaimsOfEveryKindReadsWhole(FxRobot robot) {
        String before = "The ferry board met on Monday. Its chair said fares would rise in May. The union said the crews "
                + "would strike if they did. A clerk said the vote was close. The mayor said the port would stay open.";
        String after = "The ferry board met on Tuesday. Its chair said fares would rise in June. The mayor said the port would "
                + "stay open. A clerk said the vote was close and long.";
        Article a = onFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled(
                "Ferry board votes on the fares for the summer season and the crews' pay"), before)).article());
        onFx(() -> {
            var w = app.workspace();
            long src = w.sources().get(4).id();
            for (String words : List.of("Its chair said fares would rise in May", "The union said the crews would strike",
                    "A clerk said the vote was close", "The mayor said the port would stay open", "The ferry board met on Monday")) {
                int at = before.indexOf(words);
                w.markClaim(a.id(), new TextSpan(at, at + words.length()), src, "", "");
            }
            app.context.workbench().articleActions().revise(app.context.model().article(a.id()).orElseThrow(), after, TextOrigin.FILE);
            return null;
        });
        // The new version drops a claim's words: the window asks first (editor52).
        robot.clickOn("Import the new version");
        shownWhole(robot, "New text of “Ferry board");
        String message = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(message.contains("changed") && message.contains("lost"), "several kinds: " + message);
    }

    /**
     * A message longer than the line at 1024 px, of one part (a path, no sentence to leave out): the line shows its words
     * whole and the path's file name, whole folders of the path left out with "…" (else its beginning cut at a word), never
     * a sentence cut in its middle, the bar one line tall (the panes do not jump), and the whole message reads in the tooltip
     * of the line, wrapped inside the window. Before (round ui44): "Exported the workspace
     * as JSON to...ferry desk for the week of the fare vote/default.json.", mid-sentence.
     */
    @Test
    void aMessageLongerThanTheLineIsCutAtAWordAndReadsWholeInItsTooltip(FxRobot robot) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(home.resolve("exports of the ferry desk for the week of the fare vote"));
        robot.interact(() -> app.context.workbench().setFileChoices(WorkbenchFixture.savingTo(folder::resolve)));
        double oneLine = onFx(() -> robot.lookup("#statusBar").queryAs(Region.class).getHeight());
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        app.settle();
        Labeled label = robot.lookup("#statusBar .status-label").query();
        String message = onFx(() -> app.context.workbench().statusProperty().get());
        onFx(() -> {
            assertTrue(message.startsWith("Exported the workspace") && message.contains(folder.toString()), message);
            Region bar = robot.lookup("#statusBar").queryAs(Region.class);
            Text text = (Text) label.lookup(".text");
            assertEquals(1024, bar.getScene().getWidth(), 1, "the window is 1024 px wide");
            Text oneLong = new Text(message);
            oneLong.setFont(label.getFont());
            assertTrue(oneLong.getLayoutBounds().getWidth() > label.getWidth(), "the message is longer than the line: " + message);
            String shown = text.getText();
            int cut = shown.indexOf('…');
            assertTrue(cut > 30, "the line says there is more, with “…”: " + shown);
            String before = shown.substring(0, cut);
            String after = shown.substring(cut + 1);
            assertTrue(message.startsWith(before) && message.endsWith(after), "the message's beginning and end, only folders or "
                    + "its last words left out: " + shown);
            assertTrue(after.isEmpty() ? message.charAt(before.length()) == ' ' || before.endsWith("/") : after.startsWith("/")
                    && before.endsWith("/"), "cut at a word, or whole folders of the path left out: " + shown);
            assertTrue(after.endsWith("/default.json."), "the file's name reads whole: " + shown);
            assertTrue(after.contains("fare vote"), "the folders nearest the file are the ones kept: " + shown);
            assertTrue(shown.startsWith("Exported the workspace as JSON to /"), "what was done and where it begins: " + shown);
            assertEquals(oneLine, bar.getHeight(), 0.5, "the bar keeps one line");
            return null;
        });
        // Pointing at the line shows the whole message, wrapped inside the window.
        robot.moveTo(label);
        // The tooltip is made as the pointer enters (Tooltips); shown here at once rather than after the toolkit's delay.
        robot.moveBy(4, 0);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> label.getTooltip() != null));
        javafx.scene.control.Tooltip tip = onFx(label::getTooltip);
        robot.interact(() -> tip.show(label, label.localToScreen(0, 0).getX(), label.localToScreen(0, 0).getY() - 80));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            assertEquals(message, tip.getText(), "the tooltip holds the whole message");
            assertTrue(tip.getWidth() <= label.getScene().getWidth(), "the tooltip fits in the window: " + tip.getWidth());
            Text drawn = (Text) tip.getSkin().getNode().lookup(".text");
            assertEquals(message, drawn.getText(), "the tooltip draws the whole message (wrapped, nothing cut)");
            tip.hide();
            return null;
        });
        robot.moveTo(robot.lookup("#workspaceCounts").queryAs(javafx.scene.Node.class));
    }
}
