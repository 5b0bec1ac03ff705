package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A speaker the speaker table does not know is assigned once in the window; the table remembers and every suggestion follows. */
@ExtendWith(ApplicationExtension.class)
class SpeakerAssignUiTest {

    private static final String ARTICLE = "Harbour repairs to start in May\n\n"
            + "The harbour will close for repairs in May, port director Ines Aalto said on Monday. "
            + "She told reporters that ferries would use the northern quay.\n\n"
            + "Ferry captain Odd Lien said the northern quay was too shallow for the larger boats.\n\n"
            + "Later, Aalto added that dredging would begin in June.";

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = WorkbenchFixture.start(stage, home.resolve(String.valueOf(System.nanoTime())));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
    }

    private static List<String> sourcesOf(TableView<ClaimSuggestionRow> table, String speaker) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().filter(r -> r.suggestion().speaker().equals(speaker))
                    .map(ClaimSuggestionRow::source).toList()).get();
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
        // Accepting a claim of a speaker with no source opens Assign… at once: nothing is marked yet.
        assertTrue(robot.lookup("#assignSpeakerNewSource").tryQuery().isPresent(), "accepting asks whom the speaker speaks for");
        assertEquals(0, app.workspace().claims().size());
        robot.clickOn("#assignSpeakerNewSource").write("Port authority");
        robot.clickOn("#assignSpeakerOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sourcesOf(table, "Ines Aalto").equals(List.of("Port authority", "Port authority",
                "Port authority")));
        assertEquals(List.of("Unassigned"), sourcesOf(table, "Odd Lien"), "another speaker is not touched");
        assertTrue(app.context.workbench().statusProperty().get().startsWith("Ines Aalto speaks for Port authority now"),
                app.context.workbench().statusProperty().get());

        Workspace w = app.workspace();
        Source port = w.sourceNamed("Port authority").orElseThrow();
        Speaker remembered = w.speakers().stream().filter(s -> s.name().equals("Ines Aalto")).findFirst().orElseThrow();
        assertEquals(port.id(), remembered.sourceId(), "the speaker table remembers whom she speaks for");
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
}
