package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewExporterTest {

    @TempDir
    Path dir;

    @Test
    void eachClaimWithAVerdictBecomesAClaimReviewAndVerdictsAreUndoable() throws Exception {
        Path out = dir.resolve("reviews.jsonld");
        try (Workspace w = TempWorkspaces.create(dir, "cr")) {
            Article a = w.addArticle(new ArticleDraft(new ArticleMetadata("Trump on the call", "The Daily Example", "", "https://example.org/call",
                    java.time.LocalDate.of(2025, 5, 19), "en", ""), "I just finished a two-hour call with Putin, Trump wrote.")).article();
            Claim c = w.markClaim(a.id(), new TextSpan(2, 42), w.sourceNamed("White House").orElseThrow().id(), "Donald Trump", "");
            w.markClaim(a.id(), new TextSpan(44, 55), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertThrows(WorkspaceException.class, () -> w.setVerdict(c.id(), "Pants on fire", "", ""));
            w.setVerdict(c.id(), "misleading", "The Kremlin said two and a half hours", "J. Checker");
            assertEquals("Misleading", w.verdict(c.id()).orElseThrow().rating());
            w.undo();
            assertTrue(w.verdict(c.id()).isEmpty());
            w.redo();
            assertEquals(1, new ClaimReviewExporter().write(w, w.verdicts(), w.ratingScale(), out));
        }
        JsonNode doc = JsonExporter.mapper().readTree(out.toFile());
        JsonNode r = doc.get(0);
        assertEquals("ClaimReview", r.get("@type").asText());
        assertEquals("just finished a two-hour call with Putin", r.get("claimReviewed").asText());
        assertEquals("Claim", r.get("itemReviewed").get("@type").asText());
        assertEquals("Donald Trump", r.get("itemReviewed").get("author").get("name").asText());
        assertEquals("https://example.org/call", r.get("itemReviewed").get("appearance").get("url").asText());
        assertEquals("2025-05-19", r.get("itemReviewed").get("datePublished").asText());
        assertEquals("Misleading", r.get("reviewRating").get("alternateName").asText());
        assertEquals(4, r.get("reviewRating").get("ratingValue").asInt(), "third of six, counted from the worst");
        assertEquals(6, r.get("reviewRating").get("bestRating").asInt());
        assertEquals("J. Checker", r.get("author").get("name").asText());
    }
}
