package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = ClaimbenchCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importListsOneLinePerFileAndFailsIfAnyFileFailed() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Ushakov said the call lasted two and a half hours.");
        Path b = Files.writeString(dir.resolve("b.txt"), "");
        Run r = run("import", "--workspace", ws.toString(), a.toString(), b.toString(), a.toString());
        assertEquals(1, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("failed    'b.txt' is empty"), lines[0]);
        assertTrue(lines[1].startsWith("imported  a.txt"), lines[1]);
        assertTrue(lines[2].startsWith("duplicate a.txt"), lines[2]);
        assertTrue(Files.exists(ws), "the workspace was created");
    }

    @Test
    void claimsAndContradictionsAddedOnTheCommandLineAreListedAsJson() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("kremlin.txt"), "Ushakov said the call lasted two and a half hours. The call was frank.");
        Path b = Files.writeString(dir.resolve("press.txt"), "Putin and Trump had an hour-long phone conversation.");
        assertEquals(0, run("import", "-w", ws.toString(), a.toString(), b.toString()).exit());
        Run c1 = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "the call lasted two and a half hours",
                "--source", "Kremlin readout", "--speaker", "Yuri Ushakov");
        assertEquals(0, c1.exit(), c1.err());
        Run c2 = run("claim", "add", "-w", ws.toString(), "--article", "2", "--quote", "hour-long phone conversation", "--source", "press");
        assertEquals(0, c2.exit(), c2.err());
        Run x = run("contradiction", "add", "-w", ws.toString(), "--claims", "1,2", "--kind", "numeric", "--note", "length of the call");
        assertEquals(0, x.exit(), x.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode claims = json.readTree(run("list", "claims", "-w", ws.toString(), "--json").out());
        assertEquals(2, claims.size());
        assertEquals("the call lasted two and a half hours", claims.get(0).get("quote").asText());
        assertEquals(13, claims.get(0).get("start").asInt());
        assertEquals("Kremlin readout", claims.get(0).get("source").asText());
        assertEquals("Yuri Ushakov", claims.get(0).get("speaker").asText());
        JsonNode contradictions = json.readTree(run("list", "contradictions", "-w", ws.toString(), "--json").out());
        assertEquals("numeric", contradictions.get(0).get("kind").asText());
        assertEquals("open", contradictions.get(0).get("status").asText());
        assertEquals("user", contradictions.get(0).get("origin").asText());
        JsonNode articles = json.readTree(run("list", "articles", "-w", ws.toString(), "--json").out());
        assertEquals(70, articles.get(0).get("chars").asInt());

        Path out = dir.resolve("export.json");
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "json", "--out", out.toString()).exit());
        JsonNode doc = json.readTree(out.toFile());
        assertEquals("claimbench-workspace", doc.get("format").asText());
        assertEquals(2, doc.get("articles").size());
        assertEquals("Ushakov said the call lasted two and a half hours. The call was frank.", doc.get("articles").get(0).get("text").asText());
        assertEquals(1, doc.get("contradictions").size());
    }

    @Test
    void aWorkspaceExportedAsJsonImportsIntoAnotherAndCsvExportWritesTwoFiles() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        assertEquals(0, run("import", "-w", ws.toString(), "--samples").exit());
        run("claim", "add", "-w", ws.toString(), "--article", "2", "--quote", "had an hour-long phone conversation", "--source", "Press");
        Path json = dir.resolve("w.json");
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "json", "--out", json.toString()).exit());
        Run r = run("import", "-w", dir.resolve("copy.claimbench").toString(), json.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("reproduced: 5 articles added"), r.out());
        Run bad = run("import", "-w", dir.resolve("copy.claimbench").toString(), Files.writeString(dir.resolve("x.jsonld"), "{}").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("holds no Web Annotations"), bad.out());
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "csv", "--out", dir.resolve("csv").toString()).exit());
        assertTrue(Files.readString(dir.resolve("csv/claims.csv")).contains("had an hour-long phone conversation"));
        assertTrue(Files.exists(dir.resolve("csv/contradictions.csv")));
    }

    @Test
    void aQuoteThatIsNotInTheArticleIsAnErrorThatSaysWhatToDo() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Peskov said the talks were useful.");
        run("import", "-w", ws.toString(), a.toString());
        Run r = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "talks failed", "--source", "Kremlin readout");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("The quote is not in article 1. Copy it exactly as it stands in the text."), r.err());
        Run s = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "talks", "--source", "Nobody");
        assertTrue(s.err().contains("There is no source called 'Nobody'"), s.err());
        Run m = run("list", "claims", "-w", dir.resolve("missing.claimbench").toString());
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("does not exist"), m.err());
    }
}
