package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.MergeReport;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {

    static final String KREMLIN = "The conversation lasted nearly two and a half hours, Ushakov said. It was frank. 😀 emoji included.";
    static final String PRESS = "Putin and Trump had an hour-long phone conversation, according to Reuters.";

    @TempDir
    Path dir;

    private Path exportSample(String name) throws Exception {
        Path out = dir.resolve(name + ".json");
        try (Workspace w = TempWorkspaces.create(dir, name)) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN);
            Article b = TempWorkspaces.addArticle(w, "Press", PRESS);
            w.recolourSource(w.sourceNamed("Press").orElseThrow().id(), "#112233");
            w.addSource("TASS", null);
            Claim x = w.markClaim(a.id(), new TextSpan(4, 51), w.sourceNamed("TASS").orElseThrow().id(), "Yuri Ushakov", "note");
            w.updateClaim(x.id(), x.sourceId(), "Yuri Ushakov", "How long was the call?", "note");
            Claim y = w.markClaim(b.id(), new TextSpan(23, 51), w.sourceNamed("Press").orElseThrow().id(), "", "");
            w.addContradiction(x.id(), y.id(), ContradictionKind.NUMERIC, "an hour against two and a half");
            w.setVerdict(y.id(), "mostly true", "Reuters and the White House agree it was about an hour", "J. Checker");
            w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, "Mark Rutte", w.sourceNamed("Europe").orElseThrow().id(), true, List.of("Rutte")));
            w.decisions().dismissClaim(a.id(), new TextSpan(52, 66));
            w.decisions().dismissPair(y.id(), x.id());
            new JsonExporter().write(w, out);
        }
        return out;
    }

    @Test
    void anEmptyWorkspaceMadeBeforeTheDefaultSpeakersChangedIsStillReplacedByAnImport() throws Exception {
        Path doc = exportSample("orig");
        try (Workspace w = TempWorkspaces.create(dir, "made-earlier")) {
            // The speaker table a new workspace was seeded with before 474978c: one "analysts" entry naming all four groups.
            long press = w.sourceNamed("Press").orElseThrow().id();
            for (org.claimbench.domain.Speaker s : w.speakers()) {
                if (List.of("experts", "observers", "commentators", "sources").contains(s.name())) {
                    w.decisions().deleteSpeaker(s.id());
                } else if (s.name().equals("analysts")) {
                    w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(s.id(), "analysts", press, false,
                            List.of("analysts", "experts", "observers", "commentators")));
                }
            }
            MergeReport r = w.importBundle(new JsonImporter().read(doc));
            assertTrue(r.exact(), "the untouched workspace is replaced by the file, as one made today is");
        }
    }

    @Test
    void anEmptyWorkspaceMadeBeforeAnonymousSourcesWereADefaultSpeakerIsStillReplacedByAnImport() throws Exception {
        Path doc = exportSample("orig");
        try (Workspace w = TempWorkspaces.create(dir, "made-before-sources")) {
            // The table a new workspace was seeded with until 2026-12-03: no "sources" entry.
            w.speakers().stream().filter(s -> s.name().equals("sources")).forEach(s -> w.decisions().deleteSpeaker(s.id()));
            MergeReport r = w.importBundle(new JsonImporter().read(doc));
            assertTrue(r.exact(), "the untouched workspace is replaced by the file, as one made today is");
        }
    }

    @Test
    void exportImportExportGivesTheSameDocument() throws Exception {
        Path first = exportSample("orig");
        Path second = dir.resolve("again.json");
        try (Workspace w = TempWorkspaces.create(dir, "copy")) {
            MergeReport r = w.importBundle(new JsonImporter().read(first));
            assertTrue(r.exact());
            new JsonExporter().write(w, second);
        }
        JsonNode a = JsonExporter.mapper().readTree(first.toFile());
        assertEquals("Mostly true", a.get("verdicts").get(0).get("rating").asText());
        assertTrue(a.get("speakers").toString().contains("Mark Rutte"));
        assertEquals(1, a.get("dismissedClaimSuggestions").size());
        assertEquals(1, a.get("dismissedPairs").size());
        JsonNode b = JsonExporter.mapper().readTree(second.toFile());
        ((ObjectNode) a).remove("exported");
        ((ObjectNode) b).remove("exported");
        assertEquals(a, b);
    }

    @Test
    void importingIntoAWorkspaceWithContentMergesAndMapsClaimsOntoTheSameText() throws Exception {
        Path doc = exportSample("orig");
        try (Workspace w = TempWorkspaces.create(dir, "busy")) {
            Article mine = TempWorkspaces.addArticle(w, "My copy of the press article", PRESS);
            TempWorkspaces.addArticle(w, "Something else", "Zelensky said Kyiv is ready for a ceasefire.");
            MergeReport r = w.importBundle(new JsonImporter().read(doc));
            assertFalse(r.exact());
            assertEquals(1, r.articlesAdded());
            assertEquals(1, r.articlesAlreadyThere());
            assertEquals(2, r.claimsAdded());
            assertEquals(1, r.contradictionsAdded());
            assertEquals(3, w.articles().size());
            assertEquals("hour-long phone conversation", w.claimsOf(mine.id()).get(0).exact());
            assertTrue(w.sourceNamed("TASS").isPresent());
            MergeReport again = w.importBundle(new JsonImporter().read(doc));
            assertEquals(0, again.claimsAdded(), "the same document twice adds nothing");
            assertEquals(0, again.contradictionsAdded());
        }
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndTheWorkspaceStaysAsItWas() throws Exception {
        Path doc = exportSample("orig");
        String json = Files.readString(doc);
        Path notJson = Files.writeString(dir.resolve("notes.json"), "this is not { json");
        Path cut = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.length() / 2));
        Path newer = Files.writeString(dir.resolve("newer.json"), json.replace("\"version\" : " + WorkspaceJson.VERSION, "\"version\" : 7"));
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"a package.json, not ours\"}");
        Path dangling = Files.writeString(dir.resolve("dangling.json"), json.replace("\"articleId\" : 2", "\"articleId\" : 99"));
        assertTrue(assertThrows(ExchangeException.class, () -> new JsonImporter().read(notJson)).getMessage().contains("'notes.json' is not valid JSON"));
        assertTrue(assertThrows(ExchangeException.class, () -> new JsonImporter().read(cut)).getMessage().contains("'cut.json' is cut short"));
        assertTrue(assertThrows(ExchangeException.class, () -> new JsonImporter().read(newer)).getMessage().contains("newer Claimbench"));
        assertTrue(assertThrows(ExchangeException.class, () -> new JsonImporter().read(other)).getMessage().contains("not a Claimbench workspace export"));
        Path file = dir.resolve("target.claimbench");
        try (Workspace w = Workspace.create(file)) {
            TempWorkspaces.addArticle(w, "Already here", "Peskov said nothing new today.");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> w.importBundle(new JsonImporter().read(dangling)));
            assertTrue(e.getMessage().contains("refers to article 99"), e.getMessage());
            assertEquals(1, w.articles().size());
            assertEquals(0, w.claimCount());
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(List.of("Already here"), w.articles().stream().map(Article::title).toList());
            assertEquals(0, w.claimCount());
        }
    }
}
