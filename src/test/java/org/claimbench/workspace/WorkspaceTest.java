package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    static final String KREMLIN_TEXT = "The conversation lasted nearly two and a half hours, Ushakov said. It was frank.";
    static final String PRESS_TEXT = "Putin and Trump had an hour-long phone conversation, according to Reuters.";

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceHasTheFiveDefaultSources() {
        try (Workspace w = TempWorkspaces.create(dir, "new")) {
            assertEquals(List.of("Kremlin readout", "White House", "Ukraine", "Europe", "Press"),
                    w.sources().stream().map(Source::name).toList());
        }
    }

    @Test
    void everythingMarkedIsThereAfterReopening() {
        Path file = dir.resolve("w.claimbench");
        long claimA;
        long claimB;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            Article b = TempWorkspaces.addArticle(w, "Press", PRESS_TEXT);
            claimA = w.markClaim(a.id(), new TextSpan(4, 51), source(w, "Kremlin readout"), "Yuri Ushakov", "").id();
            claimB = w.markClaim(b.id(), new TextSpan(23, 51), source(w, "Press"), "", "Reuters' wording").id();
            w.addContradiction(claimA, claimB, ContradictionKind.NUMERIC, "hour against two and a half");
            w.updateClaim(claimA, source(w, "Kremlin readout"), "Yuri Ushakov", "How long was the call?", "");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(2, w.articles().size());
            Claim a = w.claim(claimA).orElseThrow();
            assertEquals("conversation lasted nearly two and a half hours", a.exact());
            assertEquals("The ", a.quote().prefix());
            assertEquals("Yuri Ushakov", a.speaker());
            assertEquals("How long was the call?", w.topic(a.topicId()).orElseThrow().label());
            assertEquals("hour-long phone conversation", w.claim(claimB).orElseThrow().exact());
            Contradiction x = w.contradictions().get(0);
            assertEquals(ContradictionKind.NUMERIC, x.kind());
            assertEquals(ContradictionStatus.OPEN, x.status());
            assertEquals(1, w.contradictionCount(claimA));
            assertEquals("ok", w.integrityCheck());
        }
    }

    @Test
    void undoAndRedoBringBackTheSameClaim() {
        try (Workspace w = TempWorkspaces.create(dir, "undo")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            Claim c = w.markClaim(a.id(), new TextSpan(4, 16), source(w, "Kremlin readout"), "", "");
            assertEquals("Mark claim of Kremlin readout", w.undoLabel().orElseThrow());
            w.undo();
            assertTrue(w.claim(c.id()).isEmpty());
            assertTrue(w.claimsOf(a.id()).isEmpty());
            w.redo();
            assertEquals(c, w.claim(c.id()).orElseThrow());
            assertFalse(w.redoLabel().isPresent());
        }
    }

    @Test
    void undoingADeleteRestoresTheClaimWithItsContradictions() {
        try (Workspace w = TempWorkspaces.create(dir, "delete")) {
            Linked l = linked(w);
            Claim x = l.x();
            Claim y = l.y();
            w.deleteClaims(List.of(x.id()));
            assertTrue(w.contradictions().isEmpty());
            assertEquals(0, w.contradictionCount(y.id()));
            w.undo();
            assertEquals(x, w.claim(x.id()).orElseThrow());
            assertEquals(1, w.contradictions().size());
            assertEquals(1, w.contradictionCount(y.id()));
        }
    }

    @Test
    void mergingSourcesMovesTheirClaimsAndUndoSplitsThemAgain() {
        try (Workspace w = TempWorkspaces.create(dir, "merge")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            Source tass = w.addSource("TASS", null);
            Claim c = w.markClaim(a.id(), new TextSpan(4, 16), tass.id(), "", "");
            long kremlin = source(w, "Kremlin readout");
            w.mergeSources(tass.id(), kremlin);
            assertEquals(kremlin, w.claim(c.id()).orElseThrow().sourceId());
            assertTrue(w.sourceNamed("TASS").isEmpty());
            w.undo();
            assertEquals(tass.id(), w.claim(c.id()).orElseThrow().sourceId());
            assertEquals(tass, w.sourceNamed("TASS").orElseThrow());
        }
    }

    @Test
    void renameRecolourAndRetagAreUndoable() {
        try (Workspace w = TempWorkspaces.create(dir, "sources")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            long press = source(w, "Press");
            Claim c = w.markClaim(a.id(), new TextSpan(4, 16), press, "", "");
            w.renameSource(press, "The outlet");
            w.recolourSource(press, "#112233");
            w.retagClaims(List.of(c.id()), source(w, "Europe"));
            assertEquals(source(w, "Europe"), w.claim(c.id()).orElseThrow().sourceId());
            w.undo();
            w.undo();
            w.undo();
            Source s = w.source(press).orElseThrow();
            assertEquals("Press", s.name());
            assertEquals("#CC79A7", s.colour());
            assertEquals(press, w.claim(c.id()).orElseThrow().sourceId());
            assertThrows(WorkspaceException.class, () -> w.renameSource(press, "europe"));
        }
    }

    @Test
    void reviewingAContradictionAndEditingArticleDetailsAreUndoable() {
        try (Workspace w = TempWorkspaces.create(dir, "review")) {
            Linked l = linked(w);
            Article a = l.kremlin();
            org.claimbench.domain.Contradiction link = l.link();
            w.updateContradiction(link.id(), ContradictionKind.TEMPORAL, org.claimbench.domain.ContradictionStatus.CONFIRMED, "checked");
            w.updateArticleMetadata(a.id(), ArticleMetadata.titled("Kremlin readout of the call"));
            assertEquals("Edit details of Kremlin", w.undoLabel().orElseThrow());
            w.undo();
            assertEquals("Kremlin", w.article(a.id()).orElseThrow().title());
            assertEquals("Edit contradiction", w.undoLabel().orElseThrow());
            w.undo();
            assertEquals(link, w.contradiction(link.id()).orElseThrow());
            w.redo();
            assertEquals(org.claimbench.domain.ContradictionStatus.CONFIRMED, w.contradiction(link.id()).orElseThrow().status());
            assertEquals("checked", w.contradiction(link.id()).orElseThrow().note());
        }
    }

    @Test
    void importingTheSameTextTwiceReportsADuplicate() {
        try (Workspace w = TempWorkspaces.create(dir, "dup")) {
            AddedArticle first = w.addArticle(new ArticleDraft(ArticleMetadata.titled("One"), KREMLIN_TEXT));
            AddedArticle second = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Another title"), KREMLIN_TEXT));
            assertFalse(first.duplicate());
            assertTrue(second.duplicate());
            assertEquals(first.article().id(), second.article().id());
            assertEquals(1, w.articles().size());
        }
    }

    @Test
    void deletingAnArticleIsUndoableWithItsClaimsAndContradictions() {
        try (Workspace w = TempWorkspaces.create(dir, "article")) {
            Linked l = linked(w);
            Article a = l.kremlin();
            Claim x = l.x();
            w.deleteArticle(a.id());
            assertEquals(1, w.articles().size());
            assertTrue(w.claim(x.id()).isEmpty());
            assertTrue(w.contradictions().isEmpty());
            w.undo();
            assertEquals(KREMLIN_TEXT, w.text(a.id()));
            assertEquals(x, w.claim(x.id()).orElseThrow());
            assertEquals(1, w.contradictions().size());
        }
    }

    @Test
    void listenersHearWhichArticlesClaimsChanged() {
        try (Workspace w = TempWorkspaces.create(dir, "events")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            List<WorkspaceEvent> heard = new ArrayList<>();
            w.addListener(heard::addAll);
            Claim c = w.markClaim(a.id(), new TextSpan(4, 16), source(w, "Press"), "", "");
            assertTrue(heard.contains(new WorkspaceEvent.ClaimsChanged(Set.of(a.id()), Set.of(c.id()))));
            assertTrue(heard.contains(new WorkspaceEvent.HistoryChanged()));
        }
    }

    @Test
    void badEditsAreRefusedWithAClearMessage() {
        try (Workspace w = TempWorkspaces.create(dir, "bad")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            long press = source(w, "Press");
            WorkspaceException empty = assertThrows(WorkspaceException.class, () -> w.markClaim(a.id(), new TextSpan(3, 3), press, "", ""));
            assertTrue(empty.getMessage().contains("Select some text"));
            assertThrows(WorkspaceException.class, () -> w.markClaim(a.id(), new TextSpan(0, 9999), press, "", ""));
            Claim c = w.markClaim(a.id(), new TextSpan(0, 3), press, "", "");
            assertThrows(WorkspaceException.class, () -> w.addContradiction(c.id(), c.id(), ContradictionKind.OTHER, ""));
            assertThrows(WorkspaceException.class, () -> w.addSource("press", null));
        }
    }

    @Test
    void saveAsWritesACompleteCopy() {
        Path copy = dir.resolve("copy.claimbench");
        try (Workspace w = TempWorkspaces.create(dir, "orig")) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            w.markClaim(a.id(), new TextSpan(4, 16), source(w, "Press"), "", "");
            w.copyTo(copy);
            assertThrows(WorkspaceException.class, () -> w.copyTo(copy));
        }
        try (Workspace c = Workspace.open(copy)) {
            assertEquals(1, c.claimCount());
            assertEquals(KREMLIN_TEXT, c.text(c.articles().get(0).id()));
        }
    }

    @Test
    void claimsReadLazilyAndThenAllAtOnceAreNeitherLostNorRevived() {
        Path file = dir.resolve("lazy.claimbench");
        long kept;
        long gone;
        long other;
        Article a;
        Article b;
        try (Workspace w = Workspace.create(file)) {
            a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            b = TempWorkspaces.addArticle(w, "Press", PRESS_TEXT);
            kept = w.markClaim(a.id(), new TextSpan(4, 16), source(w, "Kremlin readout"), "", "").id();
            gone = w.markClaim(a.id(), new TextSpan(20, 30), source(w, "Kremlin readout"), "", "").id();
            other = w.markClaim(b.id(), new TextSpan(0, 5), source(w, "Press"), "", "").id();
        }
        try (Workspace w = Workspace.open(file)) {
            assertFalse(w.allClaimsLoaded());
            assertEquals(3, w.claimCount());
            assertEquals(2, w.claimCountOf(a.id()));
            assertEquals(2, w.claimCountsBySource().get(source(w, "Kremlin readout")));
            assertEquals(2, w.claimsOf(a.id()).size());
            w.deleteClaims(List.of(gone));
            long added = w.markClaim(a.id(), new TextSpan(40, 50), source(w, "Europe"), "", "").id();
            w.loadAllClaims();
            assertTrue(w.allClaimsLoaded());
            assertEquals(List.of(kept, added), w.claimsOf(a.id()).stream().map(Claim::id).toList());
            assertEquals(List.of(other), w.claimsOf(b.id()).stream().map(Claim::id).toList());
            assertEquals(3, w.claims().size());
            assertEquals(3, w.claimCount());
            assertEquals(1, w.claimCountsBySource().get(source(w, "Europe")));
        }
    }

    @Test
    void speakersAndDismissedSuggestionsAreKeptInTheFile() {
        Path file = dir.resolve("suggest.claimbench");
        long claimA;
        long claimB;
        try (Workspace w = Workspace.create(file)) {
            assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Yuri Ushakov") && s.aliases().contains("Ushakov")));
            w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, "Mark Rutte", source(w, "Europe"), true, List.of("Rutte")));
            assertThrows(WorkspaceException.class, () -> w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, "mark rutte",
                    source(w, "Europe"), true, List.of())));
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            w.decisions().dismissClaim(a.id(), new TextSpan(0, 10));
            claimA = w.markClaim(a.id(), new TextSpan(4, 16), source(w, "Kremlin readout"), "", "").id();
            claimB = w.markClaim(a.id(), new TextSpan(20, 30), source(w, "Press"), "", "").id();
            w.decisions().dismissPair(claimB, claimA);
            Contradiction x = w.acceptContradictionSuggestion(claimA, claimB, ContradictionKind.NUMERIC, 0.7, "why");
            assertEquals(org.claimbench.domain.Origin.SUGGESTED, x.origin());
            assertEquals(0.7, x.score());
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.speakers().stream().anyMatch(s -> s.name().equals("Mark Rutte") && s.aliases().equals(List.of("Rutte"))));
            assertTrue(w.decisions().isClaimDismissed(w.articles().get(0).id(), new TextSpan(0, 10)));
            assertTrue(w.decisions().pairsNotToSuggest().contains(Math.min(claimA, claimB) + ":" + Math.max(claimA, claimB)));
        }
    }

    @Test
    void aRevisedTextKeepsItsClaimsOrOrphansThemAndTheOldTextIsKept() {
        Path file = dir.resolve("revise.claimbench");
        long kept;
        long gone;
        long articleId;
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
            articleId = a.id();
            kept = w.markClaim(a.id(), new TextSpan(4, 51), source(w, "Kremlin readout"), "", "").id();
            gone = w.markClaim(a.id(), new TextSpan(KREMLIN_TEXT.indexOf("It was frank"), KREMLIN_TEXT.length() - 1), source(w, "Press"), "", "").id();
            String draft = "Update: " + KREMLIN_TEXT.replace(" It was frank.", "");
            RevisionReport r = w.reviseArticle(a.id(), draft, org.claimbench.domain.TextOrigin.EDIT);
            assertEquals(1, r.atTheirPlace());
            assertEquals(1, r.orphaned());
            assertEquals("conversation lasted nearly two and a half hours", w.claim(kept).orElseThrow().exact());
            assertEquals(draft.indexOf("conversation"), w.claim(kept).orElseThrow().start());
            assertTrue(w.isOrphan(gone));
            assertEquals(draft, w.text(a.id()));
            assertThrows(WorkspaceException.class, () -> w.reviseArticle(a.id(), " ", org.claimbench.domain.TextOrigin.EDIT));
        }
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.isOrphan(gone), "orphans stay listed");
            assertEquals("It was frank", w.claim(gone).orElseThrow().exact());
            assertEquals(1, w.versions(articleId).size());
            assertEquals(KREMLIN_TEXT, w.versions(articleId).get(0).text());
            Claim placed = w.replaceClaim(gone, new TextSpan(0, 7));
            assertFalse(w.isOrphan(gone), "re-placed at the selected words");
            assertEquals("Update:", placed.exact());
            assertEquals("ok", w.integrityCheck());
        }
    }

    static long source(Workspace w, String name) {
        return w.sourceNamed(name).orElseThrow().id();
    }

    /** Two articles, a claim in each, linked as a numeric contradiction. */
    private record Linked(Article kremlin, Claim x, Claim y, org.claimbench.domain.Contradiction link) {
    }

    private static Linked linked(Workspace w) {
        Article a = TempWorkspaces.addArticle(w, "Kremlin", KREMLIN_TEXT);
        Article b = TempWorkspaces.addArticle(w, "Press", PRESS_TEXT);
        Claim x = w.markClaim(a.id(), new TextSpan(4, 51), source(w, "Kremlin readout"), "", "");
        Claim y = w.markClaim(b.id(), new TextSpan(23, 51), source(w, "Press"), "", "");
        return new Linked(a, x, y, w.addContradiction(x.id(), y.id(), ContradictionKind.NUMERIC, ""));
    }
}
