package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.FileOutcome;
import org.claimbench.service.FileImports;
import org.claimbench.workspace.HostileWorkspace;
import org.claimbench.workspace.MergeReport;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace's JSON is its backup: whatever the app holds comes back whole, and a bad file changes nothing. */
class JsonImportSafetyTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The document without the times that differ between two exports. */
    static JsonNode stable(Path file) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        doc.remove("exported");
        return doc;
    }

    @Test
    void orphansChangedClaimsVersionsAndHostileTextComeBackAsTheyWere() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        HostileWorkspace h = HostileWorkspace.create(dir, "hostile");
        try (Workspace w = h.workspace) {
            new JsonExporter().write(w, first);
        }
        JsonNode doc = JSON.readTree(first.toFile());
        JsonNode orphan = find(doc.get("claims"), h.orphan.id());
        assertEquals("orphan", orphan.get("anchor").asText());
        assertTrue(orphan.get("start").isNull(), "an orphan has no position in JSON either");
        assertEquals("3,400 posts have been cut since 2021", find(doc.get("claims"), h.changed.id()).get("markedQuote").asText());
        assertEquals(1, doc.get("articles").get(0).get("versions").size());
        assertEquals("file", doc.get("articles").get(0).get("textOrigin").asText());
        try (Workspace w = TempWorkspaces.create(dir, "restored")) {
            assertTrue(w.importBundle(new JsonImporter().read(first)).exact());
            assertTrue(w.isOrphan(h.orphan.id()));
            assertTrue(w.isChangedSinceMarked(h.changed.id()));
            assertEquals(HostileWorkspace.TEXT, w.versions(h.article.id()).get(0).text());
            new JsonExporter().write(w, second);
        }
        assertEquals(stable(first), stable(second), "export, import, export gives the same document");
    }

    @Test
    void theLongestArticleTheAppAcceptsRoundTripsThroughJson() throws Exception {
        String longest = "A title line\n" + "word ".repeat((Article.MAX_LENGTH - 13) / 5);
        Path out = dir.resolve("big.json");
        try (Workspace w = TempWorkspaces.create(dir, "big")) {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Long"), longest));
            new JsonExporter().write(w, out);
        }
        try (Workspace w = TempWorkspaces.create(dir, "big-again")) {
            w.importBundle(new JsonImporter().read(out));
            assertEquals(longest.length(), w.articles().get(0).length());
        }
        String tooLong = longest + "x".repeat(Article.MAX_LENGTH);
        try (Workspace w = TempWorkspaces.create(dir, "too-long")) {
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> w.addArticle(new ArticleDraft(ArticleMetadata.titled("Too long"), tooLong)));
            assertTrue(e.getMessage().contains("characters"), e.getMessage());
        }
    }

    /** The CI run that found this: garbage left by earlier tests counted as used memory and the file was refused. */
    @Test
    void garbageNotYetCollectedDoesNotRefuseAFileThatFits() throws Exception {
        Path out = dir.resolve("mid.json");
        try (Workspace w = TempWorkspaces.create(dir, "mid")) {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Mid"), "A title line\n" + "word ".repeat(2_000_000)));
            new JsonExporter().write(w, out);
        }
        long size = Files.size(out);
        Runtime rt = Runtime.getRuntime();
        List<byte[]> garbage = new java.util.ArrayList<>();
        try {
            while (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) > 3 * size) {
                garbage.add(new byte[256 * 1024]);
            }
        } catch (OutOfMemoryError full) {
            garbage.clear();
        }
        assertTrue(rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) < 4 * size || garbage.isEmpty(),
                "the heap is nearly full before the import");
        garbage = null;
        try (Workspace w = TempWorkspaces.create(dir, "mid-again")) {
            w.importBundle(new JsonImporter().read(out));
            assertEquals(1, w.articles().size());
        }
    }

    @Test
    void aFileThatFailsToImportChangesNothingSettingsIncluded() throws Exception {
        Path good = dir.resolve("good.json");
        HostileWorkspace h = HostileWorkspace.create(dir, "source");
        try (Workspace w = h.workspace) {
            new JsonExporter().write(w, good);
        }
        ObjectNode doc = (ObjectNode) JSON.readTree(good.toFile());
        doc.putArray("ratingScale").add("   ");
        Path badScale = Files.writeString(dir.resolve("bad-scale.json"), doc.toString());
        try (Workspace w = TempWorkspaces.create(dir, "fresh")) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> w.importBundle(new JsonImporter().read(badScale)));
            assertTrue(e.getMessage().contains("rating scale"), e.getMessage());
            assertEquals(0, w.articles().size(), "no article of the refused file was committed");
            assertEquals(org.claimbench.domain.Verdict.DEFAULT_SCALE, w.ratingScale());
        }
        try (Workspace w = Workspace.open(dir.resolve("fresh.claimbench"))) {
            assertEquals(0, w.articles().size());
            assertEquals(0, w.claimCount());
        }
    }

    @Test
    void aWorkspaceHoldingTheUsersOwnSetupIsMergedIntoNeverReplaced() throws Exception {
        Path backup = dir.resolve("backup.json");
        HostileWorkspace h = HostileWorkspace.create(dir, "source");
        try (Workspace w = h.workspace) {
            new JsonExporter().write(w, backup);
        }
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            long desk = w.addSource("Our own desk", "#123456").id();
            w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, "Ana Checker", desk, true, List.of("Checker")));
            w.setRatingScale(List.of("Holds", "Does not hold"));
            MergeReport r = w.importBundle(new JsonImporter().read(backup));
            assertFalse(r.exact(), "a workspace with the user's own setup is merged into");
            assertTrue(r.summary().startsWith("merged into this workspace"), r.summary());
            assertTrue(w.sourceNamed("Our own desk").isPresent());
            assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Ana Checker")));
            assertEquals(List.of("Holds", "Does not hold"), w.ratingScale().subList(0, 2), "the user's scale first, as it was");
            assertTrue(w.ratingScale().contains("True"), "the rating the file's verdict uses was added: " + w.ratingScale());
            assertEquals(1, w.articles().size());
            assertEquals(4, w.claimCount());
        }
        try (Workspace w = TempWorkspaces.create(dir, "new")) {
            assertTrue(w.importBundle(new JsonImporter().read(backup)).exact(), "a new workspace holds nothing the user made: reproduced");
        }
    }

    @Test
    void twoRowsWithOneIdAreRefusedNamingTheFirstDuplicate() throws Exception {
        Path good = dir.resolve("good.json");
        HostileWorkspace h = HostileWorkspace.create(dir, "source");
        try (Workspace w = h.workspace) {
            new JsonExporter().write(w, good);
        }
        for (String kind : List.of("articles", "claims", "sources")) {
            ObjectNode doc = (ObjectNode) JSON.readTree(good.toFile());
            ArrayNode rows = (ArrayNode) doc.get(kind);
            ObjectNode copy = rows.get(0).deepCopy();
            if (kind.equals("articles")) {
                copy.put("text", "Another short text.");
            }
            if (kind.equals("sources")) {
                copy.put("name", "Another source");
            }
            rows.add(copy);
            Path bad = Files.writeString(dir.resolve("dup-" + kind + ".json"), doc.toString());
            try (Workspace w = TempWorkspaces.create(dir, "target-" + kind)) {
                TempWorkspaces.addArticle(w, "Mine", "Zelensky spoke in Kyiv today.");
                ExchangeException e = assertThrows(ExchangeException.class, () -> w.importBundle(new JsonImporter().read(bad)));
                assertTrue(e.getMessage().contains("holds two " + kind + " with the id " + rows.get(0).get("id").asText()), e.getMessage());
                assertEquals(1, w.articles().size());
                assertEquals(0, w.claimCount());
            }
        }
    }

    @Test
    void missingDatesAreFilledAndABadFileNeverStopsTheRestOfTheBatch() throws Exception {
        Path good = dir.resolve("good.json");
        try (Workspace w = TempWorkspaces.create(dir, "source")) {
            var a = TempWorkspaces.addArticle(w, "Call", "Peskov said the call was long.");
            w.markClaim(a.id(), new TextSpan(0, 6), w.sourceNamed("Press").orElseThrow().id(), "", "");
            new JsonExporter().write(w, good);
        }
        ObjectNode doc = (ObjectNode) JSON.readTree(good.toFile());
        ((ObjectNode) doc.get("articles").get(0)).putNull("importedAt");
        ((ObjectNode) doc.get("claims").get(0)).putNull("created");
        ((ObjectNode) doc.get("claims").get(0)).putNull("updated");
        Path nullDates = Files.writeString(dir.resolve("null-dates.json"), doc.toString());
        Path article = Files.writeString(dir.resolve("later.txt"), "Later report\n\nUshakov said talks will go on.");
        Path device = Files.createSymbolicLink(dir.resolve("device.json"), Path.of("/dev/zero"));
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        try (Workspace w = TempWorkspaces.create(dir, "batch")) {
            List<FileOutcome> out = new FileImports(w).importFiles(List.of(device, nullDates, folder, article), (d, t, f) -> { }, () -> false);
            assertEquals(4, out.size());
            assertTrue(out.get(0).failed() && out.get(0).line().contains("not a regular file"), out.get(0).line());
            assertFalse(out.get(1).failed(), out.get(1).line());
            assertTrue(out.get(2).failed() && out.get(2).line().contains("is a folder"), out.get(2).line());
            assertFalse(out.get(3).failed(), out.get(3).line());
            assertEquals(2, w.articles().size());
            assertEquals(1, w.claimCount());
        }
    }

    @Test
    void aDeviceAFolderAndAVersionFromTheFutureAreRefusedSayingWhat() throws Exception {
        ExchangeException device = assertThrows(ExchangeException.class, () -> new JsonImporter().read(Path.of("/dev/zero")));
        assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
        ExchangeException folder = assertThrows(ExchangeException.class, () -> new JsonImporter().read(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        Path huge = Files.writeString(dir.resolve("huge.json"), "{\"format\": \"claimbench-workspace\", \"version\": 99999999999}");
        ExchangeException version = assertThrows(ExchangeException.class, () -> new JsonImporter().read(huge));
        assertTrue(version.getMessage().contains("format version 99999999999"), version.getMessage());
        assertTrue(version.getMessage().contains("newer Claimbench"), version.getMessage());
        Path odd = Files.writeString(dir.resolve("odd.json"), "{\"format\": \"claimbench-workspace\", \"version\": \"two\"}");
        assertTrue(assertThrows(ExchangeException.class, () -> new JsonImporter().read(odd)).getMessage().contains("format version \"two\""));
    }

    private static JsonNode find(JsonNode rows, long id) {
        for (JsonNode r : rows) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }
}
