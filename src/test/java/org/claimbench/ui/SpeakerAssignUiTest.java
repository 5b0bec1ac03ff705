package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.claimbench.ui.WorkbenchFixture.onFx;

/** A speaker the speaker table does not know is assigned once in the window; the table remembers and every suggestion follows. */
class SpeakerAssignUiTest extends SampleWindowTest {

    private static final String ARTICLE = "Harbour repairs to start in May\n\n"
            + "The harbour will close for repairs in May, port director Ines Aalto said on Monday. "
            + "She told reporters that ferries would use the northern quay.\n\n"
            + "Ferry captain Odd Lien said the northern quay was too shallow for the larger boats.\n\n"
            + "Later, Aalto added that dredging would begin in June.";

    /** Two "they" no name before them resolves (a person cannot be a "they"), and one named speaker. */
    private static final String THEY_ARTICLE = "Library hours cut from March\n\n"
            + "They said the reading room would close at six on weekdays.\n\n"
            + "Head librarian Petra Vasko said the budget had shrunk by a tenth.\n\n"
            + "Later they said the weekend hours would stay as they are.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static List<String> sourcesOf(TableView<ClaimSuggestionRow> table, String speaker) {
        return sourcesIn(table, "Harbour repairs", speaker);
    }

    /** The sources of one speaker's suggestions in one article (the workbench fixture holds other articles with their own “they”). */
    private static List<String> sourcesIn(TableView<ClaimSuggestionRow> table, String article, String speaker) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                    .filter(r -> r.article().equals(article) && r.suggestion().speaker().equals(speaker)).map(ClaimSuggestionRow::source).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void addArticle() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour repairs"), ARTICLE))).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anUnknownSpeakerAssignedToANewSourceIsRememberedAndAllTheirSuggestionsFollow(FxRobot robot) throws Exception {
        addArticle();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Ines Aalto").size() == 3);
        assertEquals(List.of("Unassigned", "Unassigned", "Unassigned"), sourcesOf(table, "Ines Aalto"),
                "her name, “She” and “Aalto” are one speaker, not yet in the speaker table");
        assertEquals(List.of("Unassigned"), sourcesOf(table, "Odd Lien"));

        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Ines Aalto")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#acceptSuggestion");
        WaitForAsyncUtils.waitForFxEvents();
        // Accepting a claim of a speaker with no source asks whom they speak for, in place: nothing is marked yet; N opens
        // Assign… for a new source.
        assertTrue(detail(robot).startsWith("Whom does Ines Aalto speak for?"), detail(robot));
        assertEquals(0, app.workspace().claims().size());
        robot.interact(table::requestFocus);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assignSpeakerNewSource").tryQuery().isPresent(), "N asks for a new source");
        String chosen = onFx(() -> table.getSelectionModel().getSelectedItem().quote());
        robot.clickOn("#assignSpeakerNewSource").write("Port authority");
        robot.clickOn("#assignSpeakerOk");
        // Answered, the Accept that opened it is done too: the claim is marked with the source, her others follow it.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Ines Aalto").equals(List.of("Port authority", "Port authority")));
        assertEquals(List.of("Unassigned"), sourcesOf(table, "Odd Lien"), "another speaker is not touched");
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Marked a claim of Port authority"),
                app.context.workbench().statusProperty().get());

        Workspace w = app.workspace();
        Source port = w.sourceNamed("Port authority").orElseThrow();
        assertEquals(1, w.claims().size(), "one A and the dialog marked the claim");
        assertEquals(port.id(), w.claims().get(0).sourceId());
        assertEquals(chosen, w.claims().get(0).exact());
        assertEquals("Ines Aalto", w.claims().get(0).speaker());
        Speaker remembered = w.speakers().stream().filter(s -> s.name().equals("Ines Aalto")).findFirst().orElseThrow();
        assertEquals(port.id(), remembered.sourceId(), "the speaker table remembers whom she speaks for");
        // As the status says: Ctrl+Z undoes the claim, and the speaker table keeps the assignment.
        assertTrue(app.context.workbench().statusProperty().get().contains("Ctrl+Z undoes the claim; the speaker table keeps the assignment"));
        robot.interact(() -> app.context.workbench().undo());
        assertEquals(0, w.claims().size(), "Ctrl+Z takes the claim back");
        assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Ines Aalto") && s.sourceId() == port.id()), "the assignment stays");
    }

    @Test
    void aPronounSpeakerGetsASourceForThisSuggestionOnlyWhileANamedSpeakerIsRemembered(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Library hours"), THEY_ARTICLE))).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesIn(table, "Library hours", "They").size() == 1
                && sourcesIn(table, "Library hours", "they").size() == 1 && sourcesIn(table, "Library hours", "Petra Vasko").size() == 1);
        int speakersBefore = app.workspace().speakers().size();

        robot.interact(() -> {
            table.getItems().stream().filter(r -> r.article().equals("Library hours") && r.suggestion().speaker().equals("They")).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
            table.requestFocus();
        });
        // The list shows an unresolved pronoun as the article's word, not as a speaker's name (attribution round 37).
        String shown = WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream().filter(c -> c.getText().equals("Speaker")).findFirst()
                .orElseThrow().getCellData(table.getSelectionModel().getSelectedItem())).get().toString();
        assertEquals("“They” (unresolved)", shown);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(detail(robot).startsWith("Which source is this claim from?") && detail(robot).contains("for this claim only"), detail(robot));
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        // A pronoun is no one to ask "whom does it speak for?" about: the dialog asks for the claim's source.
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.startsWith("Which source is this claim from?") && !header.contains("speak for"), header);
        // A on a row with no source opens Assign…; "They" names no one, so it is for this suggestion only and cannot be remembered.
        CheckBox onlyThis = robot.lookup("#assignThisSuggestionOnly").queryAs(CheckBox.class);
        assertTrue(onlyThis.isSelected() && onlyThis.isDisabled(), "a pronoun is given a source for this suggestion only");
        robot.clickOn("#assignSpeakerNewSource").write("Library board");
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.workspace().claims().size() == 1);

        Workspace w = app.workspace();
        Source board = w.sourceNamed("Library board").orElseThrow();
        Claim marked = w.claims().get(0);
        assertEquals(board.id(), marked.sourceId(), "the claim is marked with the chosen source");
        assertEquals("the reading room would close at six on weekdays", marked.exact());
        assertEquals(speakersBefore, w.speakers().size(), "the speaker table is not told");
        assertTrue(w.speakers().stream().noneMatch(s -> s.name().equalsIgnoreCase("they")), "no “they” is remembered");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesIn(table, "Library hours", "They").isEmpty());
        assertEquals(List.of("Unassigned"), sourcesIn(table, "Library hours", "they"), "the other “they” keeps no source");
        assertTrue(app.context.workbench().statusProperty().get().contains("Only this claim gets the source"), app.context.workbench().statusProperty().get());

        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Petra Vasko")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#assignSpeaker");
        CheckBox named = robot.lookup("#assignThisSuggestionOnly").queryAs(CheckBox.class);
        assertTrue(!named.isSelected() && !named.isDisabled(), "a name is remembered unless the user says otherwise");
        ComboBox<Source> sources = robot.lookup("#assignSpeakerSource").queryComboBox();
        robot.interact(() -> sources.getItems().stream().filter(s -> s.name().equals("Library board")).findFirst().ifPresent(sources::setValue));
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesIn(table, "Library hours", "Petra Vasko").equals(List.of("Library board")));
        Speaker remembered = app.workspace().speakers().stream().filter(s -> s.name().equals("Petra Vasko")).findFirst().orElseThrow();
        assertEquals(board.id(), remembered.sourceId(), "the named speaker is remembered");
        assertEquals(List.of("Unassigned"), sourcesIn(table, "Library hours", "they"), "remembering her does not touch “they”");
        assertEquals(1, app.workspace().claims().size(), "assigning marks nothing");
    }

    @Test
    void anUnknownSpeakerAssignedToAnExistingSourceTakesItsName(FxRobot robot) throws Exception {
        addArticle();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Odd Lien").size() == 1);
        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Odd Lien")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#assignSpeaker");
        ComboBox<Source> sources = robot.lookup("#assignSpeakerSource").queryComboBox();
        robot.interact(() -> sources.getItems().stream().filter(s -> s.name().equals("Europe")).findFirst().ifPresent(sources::setValue));
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Odd Lien").equals(List.of("Europe")));
        assertEquals(List.of("Unassigned", "Unassigned", "Unassigned"), sourcesOf(table, "Ines Aalto"));
    }

    /** A statement of a speaker and an act the outlet narrates of the same person (attribution round 34). */
    private static final String ACT_ARTICLE = "Ferry fares to rise in spring\n\n"
            + "Port director Ines Aalto said that the night ferry would stop in May. "
            + "Aalto accepted a two-year freeze on the harbour fees.";

    @Test
    void assigningTheActorsSpeakerLeavesTheNarratedActWithThePress(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.workspace().addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry fares"), ACT_ARTICLE))).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesIn(table, "Ferry fares", "Ines Aalto").size() == 2);
        assertEquals(List.of("Unassigned", "Press"), sourcesIn(table, "Ferry fares", "Ines Aalto"), "her statement, then what she did as the outlet tells it");

        robot.interact(() -> table.getItems().stream().filter(r -> r.article().equals("Ferry fares") && r.quote().contains("freeze")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        assertTrue(robot.lookup("#assignSpeaker").queryButton().isDisabled(), "the outlet's claim has no speaker to assign");
        robot.interact(() -> table.getItems().stream().filter(r -> r.article().equals("Ferry fares") && r.quote().contains("night ferry")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.clickOn("#assignSpeaker");
        ComboBox<Source> sources = robot.lookup("#assignSpeakerSource").queryComboBox();
        robot.interact(() -> sources.getItems().stream().filter(s -> s.name().equals("Europe")).findFirst().ifPresent(sources::setValue));
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesIn(table, "Ferry fares", "Ines Aalto").contains("Europe"));
        assertEquals(List.of("Europe", "Press"), sourcesIn(table, "Ferry fares", "Ines Aalto"),
                "the table's source for her maps her statement; the act the outlet narrates stays the Press's");
    }

    @Test
    void aNumberKeyAfterAChoosesThatSourceAndAcceptsInOneKey(FxRobot robot) throws Exception {
        addArticle();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Odd Lien").size() == 1);
        robot.interact(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Odd Lien")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.interact(table::requestFocus);
        String chosen = onFx(() -> table.getSelectionModel().getSelectedItem().quote());
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(detail(robot).contains("4 Europe"), "the question names the fourth source: " + detail(robot));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        Workspace w = app.workspace();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.claims().size()) == 1);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) onFx(() -> w.claims().size()), "one claim: the key did not go on to the next suggestion");
        Claim marked = onFx(() -> w.claims().get(0));
        assertEquals(chosen, marked.exact());
        assertEquals(w.sourceNamed("Europe").orElseThrow().id(), marked.sourceId(), "4 is the legend's fourth source");
        assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Odd Lien") && s.sourceId() == marked.sourceId()),
                "a name is remembered, as with the box and OK");
    }

    private static String detail(FxRobot robot) {
        return onFx(() -> robot.lookup("#suggestionDetail").queryAs(javafx.scene.control.Label.class).getText());
    }

    /**
     * A pressed in series over a row whose speaker has no source: no dialog takes the keys. The first A asks in place, a
     * second A skips the row unaccepted and says so, the next A accepts the row after it (a modal dialog swallowed 26 A
     * presses, student-run51). Answered with a number, the speaker table remembers and the speaker's other suggestions follow
     * at once (issue 10).
     */
    @Test
    void aInSeriesIsNeverSwallowedByADialogAndANumberAnswersForAllTheSpeakersSuggestions(FxRobot robot) throws Exception {
        addArticle();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Odd Lien").size() == 1 && sourcesOf(table, "Ines Aalto").size() == 3);
        robot.interact(() -> {
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Odd Lien")).findFirst().orElseThrow());
            table.requestFocus();
        });
        int at = onFx(() -> table.getSelectionModel().getSelectedIndex());
        ClaimSuggestionRow after = onFx(() -> table.getItems().get(at + 1));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assignSpeakerSource").tryQuery().isEmpty(), "no dialog opened");
        assertTrue(detail(robot).startsWith("Whom does Odd Lien speak for? 1 Kremlin readout · 2 White House"), detail(robot));
        assertEquals(0, (int) onFx(() -> app.workspace().claims().size()));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assignSpeakerSource").tryQuery().isEmpty(), "no dialog opened");
        assertEquals(after, onFx(() -> table.getSelectionModel().getSelectedItem()), "the second A skipped to the next row");
        assertTrue(detail(robot).startsWith("Skipped, not accepted: Odd Lien's source is not known."), detail(robot));
        // student-run52 pressed A in series and did not see the detail area: the status bar says it too.
        String status = onFx(() -> app.context.workbench().statusProperty().get());
        assertTrue(status.startsWith("Skipped, not accepted: Odd Lien's source is not known."), status);
        assertEquals(0, (int) onFx(() -> app.workspace().claims().size()), "nothing accepted");
        assertEquals(List.of("Unassigned"), sourcesOf(table, "Odd Lien"));

        // Ines Aalto's first row: A asks, 3 answers; her other two suggestions follow at once.
        robot.interact(() -> {
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.suggestion().speaker().equals("Ines Aalto")).findFirst().orElseThrow());
            table.requestFocus();
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assignSpeakerSource").tryQuery().isEmpty(), "no dialog opened");
        robot.type(KeyCode.DIGIT3);
        Workspace w = app.workspace();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.claims().size()) == 1
                && sourcesOf(table, "Ines Aalto").equals(List.of("Ukraine", "Ukraine")));
        long ukraine = w.sourceNamed("Ukraine").orElseThrow().id();
        assertEquals(ukraine, (long) onFx(() -> w.claims().get(0).sourceId()));
        assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Ines Aalto") && s.sourceId() == ukraine), "the speaker table remembers");
    }

    /**
     * The rows the table shows whole: its first and last fully visible cells' indexes (a row half under the header or
     * the bottom edge is out of view, as the user cannot read it).
     */
    private static int[] wholeRows(TableView<?> table) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        javafx.scene.Node viewport = flow.lookup(".clipped-container");
        javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell == null || !cell.isVisible()) {
                continue;
            }
            javafx.geometry.Bounds row = cell.localToScene(cell.getLayoutBounds());
            if (row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }

    @Test
    void answeredFromAOnARowFarDownTheNextRowIsChosenInViewAndCancelledTheRowStays(FxRobot robot) throws Exception {
        addArticle();
        robot.clickOn("#suggestionsTab");
        TableView<ClaimSuggestionRow> table = robot.lookup("#claimSuggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Odd Lien").size() == 1);
        // The fixture's sample articles come first: the new article's rows are far down a long list.
        int at = onFx(() -> table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.suggestion().speaker().equals("Odd Lien")).findFirst().orElseThrow()));
        assertTrue(at > 15, "the row is below the first screen of the list: " + at);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(at);
            table.scrollTo(at);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ClaimSuggestionRow lien = onFx(() -> table.getSelectionModel().getSelectedItem());

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lien, onFx(() -> table.getSelectionModel().getSelectedItem()), "asked, the row stays chosen");
        assertEquals(0, (int) onFx(() -> app.workspace().claims().size()));

        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT4);
        Workspace w = app.workspace();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.claims().size()) == 1);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ClaimSuggestionRow next = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertTrue(next != null && !next.quote().equals(lien.quote()), "the next row is chosen");
        // The list is rebuilt in the background after the answer (the speaker's other rows follow): the chosen row stays in view.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int index = onFx(() -> table.getSelectionModel().getSelectedIndex());
        int[] shown = onFx(() -> wholeRows(table));
        assertTrue(shown[0] <= index && index <= shown[1], "the chosen row is in view: " + index + " in " + shown[0] + "–" + shown[1]);
        assertTrue(onFx(table::isFocused), "the next key acts on the list");
    }
}
