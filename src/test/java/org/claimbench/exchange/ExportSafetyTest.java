package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimbench.workspace.HostileWorkspace;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports never destroy a workspace, handle orphans and claims changed since marked, and write only what their format allows. */
class ExportSafetyTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noExportReplacesAWorkspaceItsJournalOrAFolderAndNothingIsWritten() throws Exception {
        Path other = dir.resolve("other.claimbench");
        TempWorkspaces.create(dir, "other").close();
        byte[] otherBefore = Files.readAllBytes(other);
        try (Workspace w = TempWorkspaces.create(dir, "open")) {
            TempWorkspaces.addArticle(w, "Call", "Peskov said the call was long.");
            Path open = w.file();
            byte[] before = Files.readAllBytes(open);
            for (Path target : List.of(open, other)) {
                ExchangeException e = assertThrows(ExchangeException.class, () -> new HtmlReportExporter().write(w, "r", target));
                assertTrue(e.getMessage().contains("is a Claimbench workspace: an export must not replace it"), e.getMessage());
                assertThrows(ExchangeException.class, () -> new JsonExporter().write(w, target));
                assertThrows(ExchangeException.class, () -> new QdpxExporter().write(w, "q", target));
                assertThrows(ExchangeException.class, () -> new W3cAnnotationExporter().write(w, "w", target));
                assertThrows(ExchangeException.class, () -> new ClaimReviewExporter().write(w, w.verdicts(), w.ratingScale(), target));
            }
            Files.writeString(dir.resolve("other.claimbench-wal"), "");
            ExchangeException wal = assertThrows(ExchangeException.class, () -> new JsonExporter().write(w, dir.resolve("other.claimbench-wal")));
            assertTrue(wal.getMessage().contains("belongs to the workspace 'other.claimbench'"), wal.getMessage());
            ExchangeException folder = assertThrows(ExchangeException.class, () -> new HtmlReportExporter().write(w, "r", dir));
            assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
            Path file = Files.writeString(dir.resolve("not-a-folder.csv"), "x");
            assertTrue(assertThrows(java.io.IOException.class, () -> new CsvExporter().write(w, file)).getMessage().contains("is a file"));
            assertArrayEquals(before, Files.readAllBytes(open), "the open workspace is untouched");
            assertEquals(1, w.articles().size());
        }
        assertArrayEquals(otherBefore, Files.readAllBytes(other), "another workspace is untouched");
        try (Workspace again = Workspace.open(other)) {
            assertEquals("ok", again.integrityCheck());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written export is left behind");
        }
    }

    @Test
    void anExportGoesThroughALinkNeverReplacesADeviceAndSaysWhenItsFolderIsAFile() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "links")) {
            TempWorkspaces.addArticle(w, "Call", "Peskov said the call was long.");
            Path real = Files.writeString(dir.resolve("real.html"), "old");
            Path link = Files.createSymbolicLink(dir.resolve("report.html"), real.getFileName());
            new HtmlReportExporter().write(w, "r", link);
            assertTrue(Files.isSymbolicLink(link), "the link stays a link");
            assertTrue(Files.readString(real).contains("Claimbench report"), "the file it names got the report");
            ExchangeException device = assertThrows(ExchangeException.class, () -> new JsonExporter().write(w, Path.of("/dev/null")));
            assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
            Path file = Files.writeString(dir.resolve("afile"), "x");
            ExchangeException under = assertThrows(ExchangeException.class, () -> new JsonExporter().write(w, file.resolve("x.json")));
            assertTrue(under.getMessage().contains("is a file, not a folder"), under.getMessage());
        }
    }

    @Test
    void everyExportOfOrphansChangedClaimsAndHostileTextIsValidInItsFormat() throws Exception {
        HostileWorkspace h = HostileWorkspace.create(dir, "hostile");
        try (Workspace w = h.workspace) {
            assertTrue(h.orphan.isOrphan(), "the revision left an orphan");
            assertTrue(h.changed.isChanged(), "and a claim changed since marked");

            Path qdpx = dir.resolve("h.qdpx");
            new QdpxExporter().write(w, "hostile", qdpx);
            Document qde = validQde(qdpx);
            List<String> selections = attributes(qde, "PlainTextSelection", "name");
            assertEquals(3, selections.size(), "an orphan has no selection: its old place would be other words");
            assertTrue(attributes(qde, "Note", "name").stream().anyMatch(n -> n.startsWith("Orphan claim: no posts were cut")));
            assertTrue(attributes(qde, "Code", "name").contains("How many posts\nwere cut?"), "a line break in an attribute survives");

            Path html = dir.resolve("h.html");
            new HtmlReportExporter().write(w, "hostile\u0001", html);
            String report = Files.readString(html);
            assertFalse(report.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), "no control characters in HTML");
            assertTrue(report.contains("Orphan</b> (its words are gone from the article): “no posts were cut on the front line this year”"));
            assertTrue(report.contains("marked as “3,400 posts have been cut since 2021”, now"));
            org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(report);
            String painted = parsed.select(".text mark").eachText().toString();
            assertFalse(painted.contains("commuter"), "the orphan is not painted on the words now at its old offsets: " + painted);

            Path w3c = dir.resolve("h.jsonld");
            new W3cAnnotationExporter().write(w, "hostile", w3c);
            JsonNode doc = JSON.readTree(w3c.toFile());
            String text = w.text(h.article.id());
            int[] cps = text.codePoints().toArray();
            for (JsonNode item : doc.get("first").get("items")) {
                if (!item.path("target").isObject()) {
                    continue;
                }
                String exact = item.get("target").get("selector").get(0).get("exact").asText();
                JsonNode position = item.get("target").get("selector").get(1);
                if (exact.equals(h.orphan.exact())) {
                    assertTrue(position == null, "an orphan has no position selector");
                } else {
                    assertEquals(exact, new String(cps, position.get("start").asInt(), position.get("end").asInt() - position.get("start").asInt()));
                }
                assertTrue(item.get("target").get("source").asText().startsWith("https://example.org/news/a%20b?x=1&y=%C3%BC"),
                        "the target is an absolute IRI, percent-encoded");
            }

            Path csv = dir.resolve("csv");
            new CsvExporter().write(w, csv);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(Files.readString(csv.resolve("claims.csv")).substring(1))).getRecords();
            CSVRecord orphan = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(h.orphan.id()))).findFirst().orElseThrow();
            assertEquals("orphan", orphan.get("state"));
            assertEquals("", orphan.get("start"), "no offsets for an orphan");
            CSVRecord changed = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(h.changed.id()))).findFirst().orElseThrow();
            assertEquals("changed", changed.get("state"));
            assertEquals("3,400 posts have been cut since 2021", changed.get("marked_quote"));
            assertEquals(h.changed.exact(), new String(cps, Integer.parseInt(changed.get("start")),
                    Integer.parseInt(changed.get("end")) - Integer.parseInt(changed.get("start"))), "start and end count code points");
            assertEquals(h.changed.exact(), text.substring(Integer.parseInt(changed.get("start_utf16")), Integer.parseInt(changed.get("end_utf16"))));
            List<CSVRecord> links = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(Files.readString(csv.resolve("contradictions.csv")).substring(1))).getRecords();
            assertEquals("How many posts\nwere cut?", links.get(0).get("topic_a"));
        }
    }

    @Test
    void refiQdaGuidsAreRandomAndTheSameAtEveryExportOfOneWorkspace() throws Exception {
        List<Set<String>> guidsOf = new ArrayList<>();
        Set<String> first = null;
        for (String name : List.of("one", "two")) {
            try (Workspace w = TempWorkspaces.create(dir, name)) {
                var a = TempWorkspaces.addArticle(w, "Call", "Peskov said the call was long.");
                w.markClaim(a.id(), new org.claimbench.domain.TextSpan(0, 6), w.sourceNamed("Press").orElseThrow().id(), "", "");
                Path once = dir.resolve(name + "-1.qdpx");
                Path twice = dir.resolve(name + "-2.qdpx");
                new QdpxExporter().write(w, name, once);
                new QdpxExporter().write(w, name, twice);
                Set<String> g1 = new HashSet<>(attributes(validQde(once), "TextSource", "guid"));
                g1.addAll(attributes(validQde(once), "PlainTextSelection", "guid"));
                Set<String> g2 = new HashSet<>(attributes(validQde(twice), "TextSource", "guid"));
                g2.addAll(attributes(validQde(twice), "PlainTextSelection", "guid"));
                assertEquals(g1, g2, "re-exporting gives the same GUIDs");
                g1.forEach(g -> assertEquals(4, java.util.UUID.fromString(g).version(), "random (version 4) UUIDs: " + g));
                guidsOf.add(g1);
                first = first == null ? g1 : first;
            }
        }
        try (Workspace w = Workspace.open(dir.resolve("one.claimbench"))) {
            Path again = dir.resolve("one-3.qdpx");
            new QdpxExporter().write(w, "one", again);
            Set<String> g3 = new HashSet<>(attributes(validQde(again), "TextSource", "guid"));
            g3.addAll(attributes(validQde(again), "PlainTextSelection", "guid"));
            assertEquals(first, g3, "stored in the workspace: the same after reopening");
        }
        Set<String> shared = new HashSet<>(guidsOf.get(0));
        shared.retainAll(guidsOf.get(1));
        assertTrue(shared.isEmpty(), "two unrelated workspaces share no GUID");
    }

    @Test
    void csvScoresAreRoundedAndHeadersNameTheirUnits() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "scores")) {
            var a = TempWorkspaces.addArticle(w, "Call", "Peskov said one hour. Ushakov said two hours.");
            var x = w.markClaim(a.id(), new org.claimbench.domain.TextSpan(0, 20), w.sourceNamed("Press").orElseThrow().id(), "", "");
            var y = w.markClaim(a.id(), new org.claimbench.domain.TextSpan(22, 45), w.sourceNamed("Kremlin readout").orElseThrow().id(), "", "");
            w.acceptContradictionSuggestion(x.id(), y.id(), org.claimbench.domain.ContradictionKind.NUMERIC, 0.123456789, "");
            new CsvExporter().write(w, dir.resolve("out"));
            String csv = Files.readString(dir.resolve("out").resolve("contradictions.csv"));
            assertTrue(csv.contains(",0.123,"), csv);
            assertFalse(csv.contains("0.123456789"));
            String claims = Files.readString(dir.resolve("out").resolve("claims.csv"));
            assertTrue(claims.lines().findFirst().orElseThrow().endsWith("state,marked_quote,start,end,start_utf16,end_utf16"));
        }
    }

    /** project.qde of a .qdpx, checked well-formed and valid against the REFI-QDA schema. */
    static Document validQde(Path qdpx) throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            byte[] qde = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(ExportSafetyTest.class.getResource("/refi-qda/Project.xsd"))
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
        }
    }

    static List<String> attributes(Document doc, String element, String attribute) {
        NodeList list = doc.getElementsByTagNameNS(QdpxExporter.NS, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(((Element) list.item(i)).getAttribute(attribute));
        }
        return out;
    }
}
