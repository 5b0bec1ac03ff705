package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims' meanings for grouping: read where missing, stored, and read back from the file without reading them again. */
class ClaimMeaningsTest {

    @TempDir
    Path dir;

    @Test
    void meaningsMissingAreReadAndStoredAndTheNextCallFindsThemStoredInTheFile() {
        String text = "The ferry board met on Monday. Fares for the night ferry will double. The pier closes in winter.";
        Path file;
        List<Claim> claims = new ArrayList<>();
        try (Workspace w = TempWorkspaces.create(dir, "meanings")) {
            file = w.file();
            Article a = TempWorkspaces.addArticle(w, "Ferry", text);
            for (String q : List.of("Fares for the night ferry will double", "The pier closes in winter")) {
                int at = text.indexOf(q);
                claims.add(w.markClaim(a.id(), new TextSpan(at, at + q.length()), w.sources().get(4).id(), "", ""));
            }
            List<int[]> told = new ArrayList<>();
            Map<Long, ClaimMeanings.Meaning> first = ClaimMeanings.of(w, claims, (done, total) -> told.add(new int[] {done, total}), () -> false);
            assertEquals(2, first.size());
            assertTrue(first.values().stream().allMatch(m -> m.vector().present() && m.reading().present()));
            assertEquals(List.of(0, 2), told.stream().map(p -> p[0]).toList(), "progress before and after the one batch");
            assertEquals(2, told.get(0)[1], "two claims to read");
        }
        try (Workspace again = Workspace.open(file)) {
            List<int[]> told = new ArrayList<>();
            Map<Long, ClaimMeanings.Meaning> stored = ClaimMeanings.of(again, again.claims(), (done, total) -> told.add(new int[] {done, total}), () -> false);
            assertEquals(2, stored.size());
            assertEquals(0, told.get(0)[1], "nothing left to read: both were stored in the file");
            Claim fares = again.claims().stream().filter(c -> c.exact().startsWith("Fares")).findFirst().orElseThrow();
            assertTrue(stored.get(fares.id()).reading().size() > 3, "the stored reading came back with its lemmas");
        }
    }
}
