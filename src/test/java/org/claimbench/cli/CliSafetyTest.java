package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a careless or hostile user meets it: nothing saved is lost, and every failure is a sentence. */
class CliSafetyTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClaimbenchCommand.commandLine(out, err).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void exportingOntoTheWorkspaceOrAFolderIsRefusedAndTheWorkspaceStaysWhole() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Harbour news\n\nThe mayor said the bridge stays closed.");
        assertEquals(0, run("import", "-w", ws.toString(), a.toString()).exit());
        byte[] before = Files.readAllBytes(ws);
        for (String format : new String[] {"html", "json", "qdpx", "w3c", "claimreview"}) {
            Run r = run("export", "-w", ws.toString(), "--format", format, "--out", ws.toString());
            assertEquals(2, r.exit(), format + ": " + r.err());
            assertTrue(r.err().contains("is a Claimbench workspace: an export must not replace it"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(ws));
        Run folder = run("export", "-w", ws.toString(), "--format", "html", "--out", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertFalse(folder.err().contains("at org."), "no stack trace: " + folder.err());
        assertEquals(0, run("list", "articles", "-w", ws.toString()).exit());
    }

    @Test
    void controlCharactersFromAnArticleNeverReachTheTerminal() throws Exception {
        Path source = dir.resolve("source.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Harbour news\n\nThe mayor said the bridge stays closed.");
        assertEquals(0, run("import", "-w", source.toString(), a.toString()).exit());
        Path json = dir.resolve("w.json");
        assertEquals(0, run("export", "-w", source.toString(), "--format", "json", "--out", json.toString()).exit());
        // A title as a hostile file can carry it (an import of a text file would already have dropped the controls).
        Files.writeString(json, Files.readString(json).replaceFirst("\"title\" : \"[^\"]*\"",
                java.util.regex.Matcher.quoteReplacement("\"title\" : \"Title \\u001b[31mred\\u001b[0m and a bell\\u0007\"")));
        Path ws = dir.resolve("w.claimbench");
        Run imported = run("import", "-w", ws.toString(), json.toString());
        Run listed = run("list", "articles", "-w", ws.toString());
        for (Run r : new Run[] {imported, listed}) {
            assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "raw control characters printed: " + r.out());
        }
        assertTrue(listed.out().contains("\u241b[31mred"), "shown as a visible symbol instead: " + listed.out());
    }

    @Test
    void aWorkspaceFromTheFutureIsNamedWithItsVersionAsItStands() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        assertEquals(0, run("import", "-w", ws.toString(), Files.writeString(dir.resolve("a.txt"), "Short text here.").toString()).exit());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = -7");
        }
        Run r = run("list", "articles", "-w", ws.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("its format version is -7"), r.err());
    }

    @Test
    void reviseReportsClaimsWhoseWordsChangedAndUndoableHistoryIsNotNeededForTheFile() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path v1 = Files.writeString(dir.resolve("v1.txt"), "Rail report\n\nThe ministry said that 3,400 jobs have been cut since 2021 across the network.\n");
        Path v2 = Files.writeString(dir.resolve("v2.txt"), "Rail report\n\nThe ministry said that 3,100 jobs had been cut since 2020 across the network.\n");
        assertEquals(0, run("import", "-w", ws.toString(), v1.toString()).exit());
        assertEquals(0, run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "3,400 jobs have been cut since 2021",
                "--source", "Press").exit());
        Run r = run("revise", "-w", ws.toString(), "--article", "1", "--file", v2.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("changed since it was marked"), r.out());
        Run claims = run("list", "claims", "-w", ws.toString(), "--json");
        assertTrue(claims.out().contains("\"anchor\" : \"changed\"") || claims.out().contains("\"anchor\":\"changed\""), claims.out());
    }
}
