package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window through suggested claims: accepting and dismissing them with the keyboard, accepting all
 * shown (one undo takes them back), and the speaker table that maps speakers to sources (moved out of WorkbenchUiTest,
 * past 400 lines).
 */
class ClaimSuggestionsUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClaimSuggestionIsAcceptedWithTheKeyboardAndADismissedOneStaysAway(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        int before = table.getItems().size();
        assertTrue(before > 50, "the samples give many suggestions, got " + before);
        var first = table.getItems().get(0);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        Claim accepted = app.workspace().claimsOf(first.suggestion().articleId()).get(0);
        assertEquals(first.suggestion().span(), accepted.span());
        assertEquals(first.source(), app.workspace().source(accepted.sourceId()).orElseThrow().name());
        assertEquals(before - 1, table.getItems().size());

        var next = table.getItems().get(0);
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().decisions().isClaimDismissed(next.suggestion().articleId(), next.suggestion().span()));
        assertTrue(table.getItems().stream().noneMatch(r -> r.suggestion().span().equals(next.suggestion().span())
                && r.suggestion().articleId() == next.suggestion().articleId()));
        assertEquals(before - 2, table.getItems().size());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().claimsOf(first.suggestion().articleId()).isEmpty(), "undo takes the accepted claim back");
    }

    @Test
    void choosingASuggestionInTheOtherPaneTakesTheOutlineFromTheFirst(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        var panes = app.context.workbench().panes();
        long left = panes.get(0).article().orElseThrow().id();
        long right = panes.get(1).article().orElseThrow().id();
        int inLeft = indexOf(table, left);
        int inRight = indexOf(table, right);
        assertTrue(inLeft >= 0 && inRight >= 0, "the samples suggest claims in both panes' articles");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(inLeft));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panes.get(0).outlined().isPresent(), "the left pane outlines the chosen suggestion");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(inRight));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panes.get(1).outlined().isPresent(), "the right pane outlines the one chosen now");
        assertTrue(panes.get(0).outlined().isEmpty(), "and the left pane no longer outlines the one chosen before");
    }

    /**
     * The Speaker column says what the accepted claim will hold: an outlet's account of what someone did (a narrated act)
     * names its actor in the reason, not as the claim's speaker, since the claim accepted from it has none.
     */
    @Test
    void theSpeakerShownIsTheSpeakerTheAcceptedClaimGets(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        var speakerColumn = onFx(() -> table.getColumns().stream().filter(c -> "Speaker".equals(c.getText())).findFirst().orElseThrow());
        int narrated = onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                var x = table.getItems().get(i).suggestion();
                if (x.kind() == org.claimbench.analysis.ClaimSuggestion.Kind.NARRATED && !x.speaker().isBlank()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(narrated >= 0, "the samples suggest an outlet's account of someone's act");
        var row = onFx(() -> table.getItems().get(narrated));
        String shown = onFx(() -> String.valueOf(speakerColumn.getCellObservableValue(narrated).getValue()));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(narrated);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        Claim accepted = app.workspace().claimsOf(row.suggestion().articleId()).stream()
                .filter(c -> c.span().equals(row.suggestion().span())).findFirst().orElseThrow();
        assertEquals(shown, accepted.speaker(), "the list showed “" + shown + "” as the speaker of " + row.quote()
                + " (actor " + row.suggestion().speaker() + ")");
        assertEquals("", accepted.speaker(), "the outlet's claim has no speaker");
    }

    @Test
    void aNumberGivingAStatementAnotherSourceLeavesItsSpeakerOutAndItsOwnSourceKeepsIt(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        java.util.List<org.claimbench.domain.Source> sources = app.workspace().sources();
        // Two statements of named speakers who speak for a source of the workspace.
        java.util.List<Integer> statements = onFx(() -> {
            java.util.List<Integer> found = new java.util.ArrayList<>();
            for (int i = 0; i < table.getItems().size() && found.size() < 2; i++) {
                var r = table.getItems().get(i);
                if (!r.suggestion().outletsClaim() && !r.suggestion().speaker().isBlank() && r.sourceId() != 0) {
                    found.add(i);
                }
            }
            return found;
        });
        assertEquals(2, statements.size(), "the samples suggest statements of known speakers");
        var other = onFx(() -> table.getItems().get(statements.get(0)));
        int otherKey = 1 + sources.indexOf(sources.stream().filter(x -> x.id() != other.sourceId()).findFirst().orElseThrow());
        var own = onFx(() -> table.getItems().get(statements.get(1)));
        int ownKey = 1 + sources.indexOf(sources.stream().filter(x -> x.id() == own.sourceId()).findFirst().orElseThrow());
        for (var pick : java.util.List.of(java.util.Map.entry(other, otherKey), java.util.Map.entry(own, ownKey))) {
            robot.interact(() -> {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(pick.getKey()));
            });
            robot.type(KeyCode.valueOf("DIGIT" + pick.getValue()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        Claim givenOther = app.workspace().claimsOf(other.suggestion().articleId()).stream()
                .filter(c -> c.span().equals(other.suggestion().span())).findFirst().orElseThrow();
        assertEquals(sources.get(otherKey - 1).id(), givenOther.sourceId());
        assertEquals("", givenOther.speaker(), "the user said " + other.quote() + " is not " + other.suggestion().speaker() + "'s side's");
        Claim givenOwn = app.workspace().claimsOf(own.suggestion().articleId()).stream()
                .filter(c -> c.span().equals(own.suggestion().span())).findFirst().orElseThrow();
        assertEquals(own.suggestion().speaker(), givenOwn.speaker(), "the speaker's own source keeps the speaker");
    }

    private static int indexOf(TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table, long articleId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).suggestion().articleId() == articleId) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void acceptingAllClaimsShownMarksThemInOneStepThatOneUndoTakesBack(FxRobot robot) throws Exception {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        int shown = table.getItems().size();
        assertTrue(shown > 50, "the samples give many suggestions, got " + shown);
        List<org.claimbench.ui.suggestions.ClaimSuggestionRow> assigned = table.getItems().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).toList();
        var row = assigned.get(assigned.size() / 2);
        robot.clickOn("#acceptAllClaimSuggestions");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(assigned.size(), app.workspace().claims().size(), "every suggestion with a source is marked");
        assertTrue(app.workspace().claimsOf(row.suggestion().articleId()).stream().anyMatch(c -> c.span().equals(row.suggestion().span())
                && app.workspace().source(c.sourceId()).orElseThrow().name().equals(row.source())), "marked where suggested, with its source");
        assertEquals(shown - assigned.size(), table.getItems().size(), "only the suggestions of speakers with no source yet wait");
        assertTrue(table.getItems().stream().allMatch(org.claimbench.ui.suggestions.SuggestionsViewModel::unassigned));
        // Only speakers with no source are left: a second Accept all marks nothing, and says so as news, not as an error.
        int claims = app.workspace().claims().size();
        robot.clickOn("#acceptAllClaimSuggestions");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(claims, app.workspace().claims().size());
        assertTrue(robot.lookup("#errorMessage").tryQuery().isEmpty(), "no error dialog for a harmless outcome");
        String status = app.context.workbench().statusProperty().get();
        // (Right after the first, the line names what the first marked before what waits.)
        assertTrue(status.startsWith("Marked " + assigned.size() + " suggested claims just now; the " + (shown - assigned.size())
                + " suggestions left wait") && status.contains("Assign…"), status);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, app.workspace().claims().size(), "one undo takes them all back");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() == shown);
    }

    @Test
    void acceptAllLeavesASuggestionOverAClaimMarkedAlreadyForTheUserToDecide(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        List<org.claimbench.ui.suggestions.ClaimSuggestionRow> assigned = table.getItems().stream()
                .filter(r -> !org.claimbench.ui.suggestions.SuggestionsViewModel.unassigned(r)).toList();
        // Words mostly before a suggestion and a few of its first, marked by hand for another side: the claim overlaps it but
        // does not settle it (a claim over most of its words, or inside them, would: MarkOverASuggestionUiTest).
        var over = assigned.stream().map(r -> r.suggestion()).filter(s -> s.span().start() > 60 && s.span().length() > 40
                && table.getItems().stream().noneMatch(o -> o.suggestion() != s && o.suggestion().articleId() == s.articleId()
                && o.suggestion().span().overlaps(new org.claimbench.domain.TextSpan(s.span().start() - 40, s.span().start() + 10))))
                .findFirst().orElseThrow();
        org.claimbench.domain.TextSpan edge = new org.claimbench.domain.TextSpan(over.span().start() - 40, over.span().start() + 10);
        var europe = app.workspace().sourceNamed("Europe").orElseThrow();
        Claim mine = app.workspace().markClaim(over.articleId(), edge, europe.id(), "", "");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#acceptAllClaimSuggestions");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mine, app.workspace().claim(mine.id()).orElseThrow(), "the claim marked by hand is left as it was");
        assertTrue(app.workspace().claimsOf(over.articleId()).stream().noneMatch(c -> c.span().equals(over.span())),
                "no near-duplicate laid over it");
        assertEquals(assigned.size(), app.workspace().claims().size(), "every other suggestion with a source is marked, besides the one by hand");
        assertTrue(table.getItems().stream().anyMatch(r -> r.suggestion().span().equals(over.span())), "it waits in the list");
        String status = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        assertTrue(status.contains("1 overlaps a claim. Choose them one by one (A, D)"), status);
    }

    @Test
    void anArticleChosenInTheFilterHandsTheKeysBackToTheListSoAGoesOnAtOnce(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        org.claimbench.domain.Article second = app.workspace().articles().get(1);
        robot.clickOn("#claimSuggestionsArticleFilter");
        javafx.scene.Node entry = robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> second.title().equals(c.getText()) && c.getScene() != table.getScene()).query();
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(r -> r.suggestion().articleId() == second.id()), "the list shows that article's");
        assertTrue(table.isFocused(), "the keyboard is in the list");
        org.claimbench.ui.suggestions.ClaimSuggestionRow first = table.getItems().get(0);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().claimsOf(second.id()).stream().anyMatch(c -> c.span().equals(first.suggestion().span()))
                || table.getItems().stream().noneMatch(r -> r == first), "A acted on the list's first row");
    }

    @Test
    void acceptAllAcceptsOnlyTheSuggestionsOfTheChosenArticleAndSource(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        int all = table.getItems().size();
        org.claimbench.domain.Article first = app.workspace().articles().get(0);
        ComboBox<org.claimbench.domain.Article> article = robot.lookup("#claimSuggestionsArticleFilter").queryComboBox();
        robot.interact(() -> article.setValue(first));
        int ofArticle = table.getItems().size();
        assertTrue(ofArticle > 0 && ofArticle < all, ofArticle + " of " + all);
        assertTrue(table.getItems().stream().allMatch(r -> r.suggestion().articleId() == first.id()));
        var press = app.workspace().sourceNamed("Press").orElseThrow();
        robot.interact(() -> app.context.workbench().suggestions().filter().checkedSources().setAll(press));
        int shown = table.getItems().size();
        assertTrue(shown > 0 && shown < ofArticle, shown + " of " + ofArticle);
        assertEquals("Claims (" + shown + " of " + all + ")", robot.lookup("#showClaimSuggestions").queryLabeled().getText());

        robot.clickOn("#acceptAllClaimSuggestions");
        WaitForAsyncUtils.waitForFxEvents();
        List<Claim> marked = app.workspace().claims();
        assertEquals(shown, marked.size());
        assertTrue(marked.stream().allMatch(c -> c.articleId() == first.id() && c.sourceId() == press.id()));
        assertTrue(table.getItems().isEmpty());
        assertEquals("No claim suggestions of the chosen sources and article.", ((javafx.scene.control.Labeled) table.getPlaceholder()).getText());
        robot.clickOn("#claimSuggestionsClearFilters");
        assertEquals(all - shown, table.getItems().size(), "the others are still suggested");
        assertEquals(null, article.getValue());
        // Cleared, the box counts the articles the suggestions still come from (round ui57b): "All 4 articles".
        long from = WorkbenchFixture.onFx(() -> app.context.workbench().suggestions().claims().stream()
                .mapToLong(r -> r.suggestion().articleId()).distinct().count());
        assertEquals(from < 2 ? "All articles" : "All " + from + " articles", article.getButtonCell().getText(), "cleared, the box says so");
        assertTrue(app.context.workbench().suggestions().filter().checkedSources().isEmpty());
    }

    @Test
    void aSpeakerAddedInTheSpeakerTableIsStoredAndUsed(FxRobot robot) {
        robot.clickOn("#editMenu").clickOn("#menuSpeakers");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.claimbench.domain.Speaker> table = robot.lookup("#speakerTable").queryTableView();
        int before = table.getItems().size();
        robot.clickOn("#addSpeaker");
        robot.clickOn("#speakerName").write("Mark Rutte");
        ComboBox<org.claimbench.domain.Source> source = robot.lookup("#speakerSource").queryComboBox();
        robot.interact(() -> source.getSelectionModel().select(3));
        robot.clickOn("#speakerAliases").write("Rutte, NATO chief");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, table.getItems().size());
        var rutte = app.workspace().speakers().stream().filter(x -> x.name().equals("Mark Rutte")).findFirst().orElseThrow();
        assertEquals("Europe", app.workspace().source(rutte.sourceId()).orElseThrow().name());
        assertEquals(List.of("Rutte", "NATO chief"), rutte.aliases());
        robot.clickOn("Close");
    }

    @Test
    void aSpeakerMovedToAnotherSourceInTheSpeakerTableReMapsTheSuggestions(FxRobot robot) throws Exception {
        robot.clickOn("#suggestionsTab");
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> suggestions = robot.lookup("#claimSuggestionsTable").queryTableView();
        java.util.function.Supplier<List<String>> ushakovSources = () -> onFx(() -> suggestions.getItems().stream()
                .filter(r -> r.suggestion().speaker().equals("Yuri Ushakov")).map(r -> r.source()).distinct().toList());
        assertEquals(List.of("Kremlin readout"), ushakovSources.get());

        robot.clickOn("#editMenu").clickOn("#menuSpeakers");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.claimbench.domain.Speaker> table = robot.lookup("#speakerTable").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(x -> x.name().equals("Yuri Ushakov")).findFirst()
                .ifPresent(x -> table.getSelectionModel().select(x)));
        robot.clickOn("#editSpeaker");
        ComboBox<org.claimbench.domain.Source> source = robot.lookup("#speakerSource").queryComboBox();
        robot.interact(() -> source.getItems().stream().filter(x -> x.name().equals("Press")).findFirst().ifPresent(source::setValue));
        robot.clickOn("OK");
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> ushakovSources.get().equals(List.of("Press")));
    }
    @Test
    void anArticleChosenInTheListStaysChosenAndNamedWhenItsTextIsEdited(FxRobot robot) throws Exception {
        TableView<org.claimbench.ui.suggestions.ClaimSuggestionRow> table = app.claimSuggestionsInSight(robot);
        ComboBox<org.claimbench.domain.Article> box = robot.lookup("#claimSuggestionsArticleFilter").queryComboBox();
        org.claimbench.domain.Article chosen = app.workspace().articles().get(1);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == 2).queryAs(javafx.scene.control.ListCell.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen.id(), app.context.workbench().suggestions().filter().article().get().id());
        var suggested = table.getItems().get(0).suggestion();
        String text = app.workspace().text(chosen.id());
        // The user edits words a suggestion stands on: the article's record changes (its text's length and hash).
        String edited = text.substring(0, suggested.span().start()) + "Reportedly, " + text.substring(suggested.span().start());
        robot.interact(() -> app.context.workbench().articleActions().revise(chosen, edited, org.claimbench.domain.TextOrigin.EDIT));
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> WorkbenchFixture.onFx(() -> app.context.workbench().suggestions().ready()));
        WaitForAsyncUtils.waitForFxEvents();
        org.claimbench.domain.Article now = app.context.workbench().suggestions().filter().article().get();
        assertTrue(now != null && now.id() == chosen.id(), "the list is still filtered by the edited article: " + now);
        assertEquals(chosen.title(), box.getButtonCell().getText(), "the box names the article the list shows");
        assertTrue(!table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> r.suggestion().articleId() == chosen.id()));
        assertTrue(box.getItems().contains(box.getValue()), "the box's choice is one of its entries, the article as it is now");
    }
}
