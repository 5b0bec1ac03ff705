package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.FileOutcome;
import org.claimbench.service.FileImports;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W3C annotations go to the article whose text holds their quote in its context, once each, whatever ids the exporting workspace used. */
class W3cPlacementTest {

    static final String REPORT = "Morning report\n\nThe harbour authority said the ferry service resumed at noon after the storm.";
    static final String OTHER = "Evening report\n\nA reader wrote that the ferry service resumed at noon, but only on one line.";

    @TempDir
    Path dir;

    private Path exportOneClaim() throws Exception {
        Path out = dir.resolve("one.jsonld");
        try (Workspace w = TempWorkspaces.create(dir, "source")) {
            Article a = TempWorkspaces.addArticle(w, "Morning", REPORT);
            int at = REPORT.indexOf("the ferry service resumed at noon");
            w.markClaim(a.id(), new TextSpan(at, at + 33), w.sourceNamed("Press").orElseThrow().id(), "harbour authority", "");
            new W3cAnnotationExporter().write(w, "source", out);
        }
        return out;
    }

    @Test
    void anAnnotationGoesToTheArticleWhoseTextHoldsItsQuoteWithItsContextNotToTheSameId() throws Exception {
        Path file = exportOneClaim();
        try (Workspace w = TempWorkspaces.create(dir, "target")) {
            Article other = TempWorkspaces.addArticle(w, "Evening", OTHER);
            Article report = TempWorkspaces.addArticle(w, "Morning", REPORT);
            assertEquals(1, other.id(), "the unrelated article has the id the exporting workspace gave the claim's article");
            w.importAnnotations(new W3cAnnotationImporter().read(file));
            List<Claim> claims = w.claims();
            assertEquals(1, claims.size());
            assertEquals(report.id(), claims.get(0).articleId(), "the words stand in both articles; only this one has their context");
        }
    }

    @Test
    void oneAnnotationGivenManyTimesIsAddedOnceAndAgainNotAtAll() throws Exception {
        Path file = exportOneClaim();
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        ArrayNode items = (ArrayNode) doc.get("first").get("items");
        ObjectNode one = (ObjectNode) items.get(0);
        for (int i = 0; i < 2000; i++) {
            items.add(one.deepCopy().put("id", "urn:copy:" + i));
        }
        Path many = Files.writeString(dir.resolve("many.jsonld"), doc.toString());
        try (Workspace w = TempWorkspaces.create(dir, "target")) {
            TempWorkspaces.addArticle(w, "Morning", REPORT);
            var first = w.importAnnotations(new W3cAnnotationImporter().read(many));
            assertEquals(1, first.claimsAdded());
            assertEquals(1, w.claimCount());
            var again = w.importAnnotations(new W3cAnnotationImporter().read(many));
            assertEquals(0, again.claimsAdded());
            assertEquals(1, again.claimsAlreadyThere());
            assertEquals(1, w.claimCount());
        }
    }

    @Test
    void annotationsThatFitNoArticleAreNamedAndABatchMayNameTheAnnotationsFirst() throws Exception {
        Path file = exportOneClaim();
        Path article = Files.writeString(dir.resolve("morning.txt"), REPORT);
        try (Workspace w = TempWorkspaces.create(dir, "batch")) {
            List<FileOutcome> none = new FileImports(w).importFiles(List.of(file), (d, t, f) -> { }, () -> false);
            assertTrue(none.get(0).failed(), "no article holds the quote: the import fails");
            assertTrue(none.get(0).line().contains("fits an article"), none.get(0).line());
            assertEquals(0, w.claimCount());
            List<FileOutcome> out = new FileImports(w).importFiles(List.of(file, article), (d, t, f) -> { }, () -> false);
            assertFalse(out.stream().anyMatch(FileOutcome::failed), out.toString());
            assertEquals(1, w.claimCount(), "the annotations waited for the article named after them");
        }
    }
}
