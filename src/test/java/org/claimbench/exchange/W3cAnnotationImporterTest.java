package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.AnnotationImportReport;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cAnnotationImporterTest {

    static final String TEXT = "😀 Peskov said the call was constructive. Trump said it went very well.";
    static final String URL = "https://example.org/call";

    @TempDir
    Path dir;

    private static Article add(Workspace w, String text) {
        return w.addArticle(new ArticleDraft(new ArticleMetadata("Call", "", "", URL, null, "", ""), text)).article();
    }

    private Path export() throws Exception {
        Path out = dir.resolve("a.jsonld");
        try (Workspace w = TempWorkspaces.create(dir, "source")) {
            Article a = add(w, TEXT);
            Claim x = w.markClaim(a.id(), new TextSpan(TEXT.indexOf("the call"), TEXT.indexOf(". Trump")), w.sourceNamed("Kremlin readout").orElseThrow().id(), "Dmitry Peskov", "");
            Claim y = w.markClaim(a.id(), new TextSpan(TEXT.indexOf("it went"), TEXT.length() - 1), w.addSource("Truth Social posts", null).id(), "", "from a post");
            w.addContradiction(x.id(), y.id(), ContradictionKind.FRAMING, "");
            new W3cAnnotationExporter().write(w, "source", out);
        }
        return out;
    }

    private static AnnotationImportReport importInto(Workspace w, Path file) throws Exception {
        return w.importAnnotations(new W3cAnnotationImporter().read(file));
    }

    @Test
    void annotationsComeBackOntoTheSameArticleAndReAnchorByQuoteWhenTheTextMoved() throws Exception {
        Path file = export();
        try (Workspace w = TempWorkspaces.create(dir, "target")) {
            String changed = "Breaking: " + TEXT;
            Article a = add(w, changed);
            AnnotationImportReport r = importInto(w, file);
            assertEquals(2, r.claimsAdded());
            assertEquals(2, r.foundByQuote(), "positions no longer fit, the quotes are found");
            assertEquals(1, r.contradictionsAdded());
            List<Claim> claims = w.claimsOf(a.id());
            assertEquals("the call was constructive", claims.get(0).exact());
            assertEquals("Dmitry Peskov", claims.get(0).speaker());
            assertEquals("from a post", claims.get(1).note());
            assertTrue(w.sourceNamed("Truth Social posts").isPresent(), "a source the workspace did not have is added");
            assertEquals(0, importInto(w, file).claimsAdded(), "importing twice adds nothing");
        }
    }

    @Test
    void annotationsOfAnArticleNotInTheWorkspaceOrACutFileAreRefusedAndNothingChanges() throws Exception {
        Path file = export();
        Path cut = Files.writeString(dir.resolve("cut.jsonld"), Files.readString(file).substring(0, 200));
        try (Workspace w = TempWorkspaces.create(dir, "other")) {
            w.addArticle(new ArticleDraft(ArticleMetadata.titled("Unrelated"), "Zelensky spoke in Kyiv."));
            var e = assertThrows(org.claimbench.workspace.WorkspaceException.class, () -> importInto(w, file));
            assertTrue(e.getMessage().contains("None of the 2 annotations fits an article of this workspace"), e.getMessage());
            assertTrue(assertThrows(ExchangeException.class, () -> importInto(w, cut)).getMessage().contains("cut short"));
            assertEquals(0, w.claimCount());
        }
    }
}
