package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The undo history names an edit of one claim by what it changed (issue 14: "Undo set speaker", not "Edit claim"). */
class ClaimEditNamesTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The harbour board said the ferry would run again in May.";

    @Test
    void anEditOfOneDetailIsNamedForItAndAnEditOfSeveralIsAnEditOfTheClaim() {
        try (Workspace w = TempWorkspaces.create(dir, "names")) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", TEXT);
            long press = w.sourceNamed("Press").orElseThrow().id();
            long europe = w.sourceNamed("Europe").orElseThrow().id();
            Claim c = w.markClaim(a.id(), new TextSpan(0, TEXT.length()), press, "", "");

            w.updateClaim(c.id(), press, "Ana Ortega", "", "");
            assertEquals("Set speaker", w.undoLabel().orElseThrow());
            w.updateClaim(c.id(), press, "Ana Ortega", "", "checked against the timetable");
            assertEquals("Edit note", w.undoLabel().orElseThrow());
            w.updateClaim(c.id(), press, "Ana Ortega", "When does the ferry run?", "checked against the timetable");
            assertEquals("Set topic", w.undoLabel().orElseThrow());
            w.updateClaim(c.id(), europe, "Ana Ortega", "When does the ferry run?", "checked against the timetable");
            assertEquals("Change claim's source", w.undoLabel().orElseThrow());
            w.updateClaim(c.id(), press, "Board", "When does the ferry run?", "checked against the timetable");
            assertEquals("Edit claim", w.undoLabel().orElseThrow(), "two details at once");

            w.undo();
            assertEquals("Ana Ortega", w.claim(c.id()).orElseThrow().speaker(), "the named step undoes what it says");
            assertEquals(europe, w.claim(c.id()).orElseThrow().sourceId());
        }
    }
}
