package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.importing.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's import of URLs, quotes normalised like the article, and eval extraction. */
class ImportCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importTakesWebAddressesBesideFilesAndKeepsTheAddress() throws Exception {
        byte[] page = "<!DOCTYPE html><html><head><title>Pier closed</title></head><body><p>The harbour master closed the pier.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = LoopbackServer.start().page("/pier", 200, "text/html; charset=utf-8", page)) {
            String url = server.url("/pier");
            Path file = Files.writeString(dir.resolve("note.txt"), "The ferry company said nothing.");
            Path ws = dir.resolve("w.claimbench");
            CliRun r = run("import", "--workspace", ws.toString(), file.toString(), url);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("imported  note.txt"), r.out());
            assertTrue(r.out().contains("imported  " + url + ": “Pier closed”"), r.out());
            Path json = dir.resolve("w.json");
            assertEquals(0, run("export", "--workspace", ws.toString(), "--format", "json", "--out", json.toString()).exit());
            JsonNode article = new ObjectMapper().readTree(json.toFile()).get("articles").get(1);
            assertEquals(url, article.get("url").asText());
            assertTrue(article.get("notes").asText().startsWith("Fetched from " + url + " on "), article.toString());
        }
    }

    @Test
    void aQuoteWithNoBreakSpacesOrCrlfFindsTheArticlesWords() throws Exception {
        Path ws = dir.resolve("q.claimbench");
        Path f = Files.writeString(dir.resolve("crlf.txt"), "The call lasted 2\u00A0hours.\r\nIt was con\u200Bstructive, a spokesman said.\r\n");
        assertEquals(0, run("import", "--workspace", ws.toString(), f.toString()).exit());
        CliRun nbsp = run("claim", "add", "--workspace", ws.toString(), "--article", "1", "--quote", "lasted 2\u00A0hours", "--source", "Press");
        assertEquals(0, nbsp.exit(), nbsp.err());
        CliRun crlf = run("claim", "add", "--workspace", ws.toString(), "--article", "1", "--quote", "hours.\r\nIt was constructive", "--source", "Press");
        assertEquals(0, crlf.exit(), crlf.err());
        CliRun absent = run("claim", "add", "--workspace", ws.toString(), "--article", "1", "--quote", "three hours", "--source", "Press");
        assertEquals(2, absent.exit());
    }

    @Test
    void evalExtractionPrintsItsFiguresAndRefusedPages() throws Exception {
        Path pages = Path.of(getClass().getResource("/org/claimbench/importing/pages/good/source.html").toURI()).getParent().getParent();
        CliRun text = run("eval", "extraction", "--pages", pages.toString());
        assertEquals(0, text.exit(), text.err());
        assertEquals("extraction: 3 pages; mean F1 0.576; 1 at F1 >= 0.9 (33.3 %); title right on 33.3 %; 1 refused (refused)", text.out().strip());
        JsonNode json = new ObjectMapper().readTree(run("eval", "extraction", "--pages", pages.toString(), "--json", "--details").out());
        assertEquals(3, json.get("pages").asInt());
        assertEquals(0.5758, json.get("meanF1").asDouble(), 1e-4);
        assertEquals("partial", json.get("details").get(1).get("name").asText());
        assertEquals(0.7273, json.get("details").get(1).get("f1").asDouble(), 1e-4);
        CliRun noGold = run("eval");
        assertEquals(2, noGold.exit());
        assertTrue(noGold.err().contains("eval extraction --pages DIR"), noGold.err());
    }
}
