package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict ratings a workspace offers: edited, stored in the file, and checked when a verdict is given. */
class RatingScaleTest {

    @TempDir
    Path dir;

    @Test
    void anEditedScaleIsStoredInTheFileAndVerdictsGivenBeforeKeepTheirRating() throws Exception {
        Path file;
        long claimId;
        try (Workspace w = TempWorkspaces.create(dir, "scale")) {
            file = w.file();
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Call"), "I just finished a two-hour call with Putin.")).article();
            Claim c = w.markClaim(a.id(), new TextSpan(2, 42), w.sourceNamed("White House").orElseThrow().id(), "Donald Trump", "");
            claimId = c.id();
            String first = w.ratingScale().get(0);
            w.setVerdict(c.id(), first, "", "");

            w.setRatingScale(List.of(" Accurate ", "Misleading", "", "Accurate", "Unsupported"));
            assertEquals(List.of("Accurate", "Misleading", "Unsupported"), w.ratingScale(), "trimmed, blanks and repeats dropped, order kept");
            assertEquals(first, w.verdict(c.id()).orElseThrow().rating(), "a verdict already given is not rewritten");
            assertThrows(WorkspaceException.class, () -> w.setVerdict(c.id(), "True", "", ""));
            w.setVerdict(c.id(), "misleading", "", "");
            assertEquals("Misleading", w.verdict(c.id()).orElseThrow().rating());

            WorkspaceException empty = assertThrows(WorkspaceException.class, () -> w.setRatingScale(List.of(" ", "")));
            assertTrue(empty.getMessage().contains("at least one rating"), empty.getMessage());
            assertEquals(3, w.ratingScale().size(), "a refused change leaves the scale as it was");
        }
        try (Workspace again = Workspace.open(file)) {
            assertEquals(List.of("Accurate", "Misleading", "Unsupported"), again.ratingScale());
            assertEquals("Misleading", again.verdict(claimId).orElseThrow().rating());
        }
    }
}
