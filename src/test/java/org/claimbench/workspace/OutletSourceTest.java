package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.exchange.JsonExporter;
import org.claimbench.exchange.JsonImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlet's own source is known by the row, not by its name: renamed, reopened, exported and imported, it stays the outlet. */
class OutletSourceTest {

    @TempDir
    Path dir;

    @Test
    void aRenamedPressStaysTheOutletAndANewSourceCalledPressIsNot() {
        Path file = dir.resolve("w.claimbench");
        long press;
        try (Workspace w = Workspace.create(file)) {
            List<Source> outlets = w.sources().stream().filter(Source::isOutlet).toList();
            assertEquals(List.of(Source.OUTLET), outlets.stream().map(Source::name).toList(), "a new workspace's outlet is its Press");
            press = outlets.get(0).id();
            w.renameSource(press, "Our newsroom");
            assertTrue(w.source(press).orElseThrow().isOutlet(), "renamed, it is the outlet still");
            Source another = w.addSource("Press", "#999933");
            assertFalse(another.isOutlet(), "a source the user calls Press is not the outlet");
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.source(press).orElseThrow().isOutlet(), "reopened, the renamed source is the outlet");
            assertEquals(1, w.sources().stream().filter(Source::isOutlet).count());
        }
    }

    @Test
    void theOutletTravelsInTheWorkspacesJsonAndAnOlderFileKnowsItByItsName() throws Exception {
        Path json = dir.resolve("w.json");
        try (Workspace w = Workspace.create(dir.resolve("a.claimbench"))) {
            long press = w.sourceNamed("Press").orElseThrow().id();
            w.renameSource(press, "Our newsroom");
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Talks"), "The talks ran late into the night.")).article();
            w.markClaim(a.id(), new TextSpan(0, 33), press, "", "");
            new JsonExporter().write(w, json);
        }
        try (Workspace w = Workspace.create(dir.resolve("e.claimbench"))) {
            w.importBundle(new JsonImporter().read(json));
            assertTrue(w.sourceNamed("Our newsroom").orElseThrow().isOutlet(), "into an empty workspace, the file's outlet is reproduced");
            assertEquals(1, w.sources().stream().filter(Source::isOutlet).count());
        }
        try (Workspace w = Workspace.create(dir.resolve("b.claimbench"))) {
            long wire = w.sourceNamed("Press").orElseThrow().id();
            w.renameSource(wire, "Wire");
            w.importBundle(new JsonImporter().read(json));
            assertEquals(List.of("Wire"), w.sources().stream().filter(Source::isOutlet).map(Source::name).toList(),
                    "merged into a workspace that has its own outlet, one outlet stays");
            assertTrue(w.sourceNamed("Our newsroom").isEmpty(), "the file's outlet is not added as a second outlet");
            assertEquals(List.of(wire), w.claims().stream().map(c -> c.sourceId()).toList(), "the file's outlet claim is the outlet's here");
        }
        // A file written before the flag: its "Press" is the outlet, as in workspaces before V7.
        Path old = dir.resolve("old.json");
        Files.writeString(old, Files.readString(json).replace("\"outlet\" : true", "\"outlet\" : null").replace("\"outlet\" : false", "\"outlet\" : null")
                .replace("Our newsroom", "Press"));
        try (Workspace w = Workspace.create(dir.resolve("c.claimbench"))) {
            long wire = w.sourceNamed("Press").orElseThrow().id();
            w.renameSource(wire, "Wire");
            w.importBundle(new JsonImporter().read(old));
            assertTrue(w.sourceNamed("Press").isEmpty(), "an older file's Press is the outlet, so it merges into this workspace's");
            assertEquals(List.of(wire), w.claims().stream().map(c -> c.sourceId()).toList());
            assertFalse(w.sourceNamed("Kremlin readout").orElseThrow().isOutlet());
        }
    }

    @Test
    void theSuggestionEngineKnowsARenamedOutletAsTheOutlet() {
        try (Workspace w = Workspace.create(dir.resolve("r.claimbench"))) {
            long press = w.sourceNamed("Press").orElseThrow().id();
            w.renameSource(press, "Our newsroom");
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Talks"), "The talks ran late into the night.")).article();
            var claim = w.markClaim(a.id(), new TextSpan(0, 33), press, "", "");
            assertEquals(Source.OUTLET, ContradictionInputs.readOne(w, claim).source(),
                    "the engine pairs and ranks the outlet's own claims by the outlet's name, not the one it was renamed to");
            assertEquals("Our newsroom", ContradictionInputs.readOne(w, claim).sourceLabel(), "reasons name the outlet as the user does");
        }
    }

    /**
     * A claim re-tagged as the outlet's own loses the speaker of its former side (factcheck54: re-tagged as Press, it still
     * said "Kremlin"); re-tagged to another side it keeps it; Ctrl+Z brings the speaker back. Kept in the file after reopening.
     */
    @Test
    void aClaimRetaggedAsTheOutletsOwnHasNoOtherSpeakerAndUndoBringsItBack() {
        Path file = dir.resolve("retag.claimbench");
        long claim;
        try (Workspace w = Workspace.create(file)) {
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour"), "The harbour board says the fees will fall in May.")).article();
            long board = w.addSource("Harbour board", "#336699").id();
            long council = w.addSource("Council", "#993366").id();
            long press = w.sources().stream().filter(Source::isOutlet).findFirst().orElseThrow().id();
            claim = w.markClaim(a.id(), new TextSpan(23, 48), board, "Mira Holt", "").id();
            w.retagClaims(List.of(claim), council);
            assertEquals("Mira Holt", w.claim(claim).orElseThrow().speaker(), "to another side: the speaker stays");
            w.retagClaims(List.of(claim), press);
            assertEquals("", w.claim(claim).orElseThrow().speaker(), "the outlet's own: no other speaker");
            w.undo();
            assertEquals(council, w.claim(claim).orElseThrow().sourceId());
            assertEquals("Mira Holt", w.claim(claim).orElseThrow().speaker(), "undo brings the speaker back with the source");
            w.redo();
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals("", w.claim(claim).orElseThrow().speaker(), "kept in the file");
        }
    }
}
