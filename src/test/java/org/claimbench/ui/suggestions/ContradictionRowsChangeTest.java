package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContradictionRowsChangeTest {

    @TempDir
    Path dir;

    private static final String[] SENTENCES = {
        "The mayor and the union leader had an hour-long phone conversation on Tuesday.",
        "I just finished a two-hour call with the union leader, the mayor said.",
        "The phone conversation of the mayor and the union leader lasted two hours, the council said.",
        "The call lasted barely ten minutes, the union said.",
        "The union is willing to work on a framework for the talks.",
        "The council refused to discuss any framework for the talks."
    };

    /**
     * The rows apply a change's pairs one after another with Diversity.place, which lowers a pair only for the rows
     * above it: given weakest first, a weaker pair of a claim goes in before the claim's stronger pair and keeps a score
     * the full ranking would have lowered (here 1-4 at 0.34 above where 2-4 puts it, instead of 0.24 below).
     */
    @Test
    void aChangedClaimsPairsAreGivenBestFirstSoEachIsPlacedBelowItsClaimsBetterPairs() {
        try (Workspace w = Workspace.create(dir.resolve("rows.claimbench"))) {
            String text = String.join(" ", SENTENCES);
            Article a = w.addArticle(new ArticleDraft(org.claimbench.domain.ArticleMetadata.titled("Call"), text)).article();
            List<Claim> claims = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < SENTENCES.length; i++) {
                claims.add(w.markClaim(a.id(), new TextSpan(at, at + SENTENCES[i].length()), w.sources().get(i % w.sources().size()).id(), "", ""));
                at += SENTENCES[i].length() + 1;
            }
            ContradictionIndex idx = ContradictionRows.index(w, new org.claimbench.ui.common.BackgroundJob.Progress() {
                @Override
                public void update(double done, double total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertTrue(idx.involving(claims.get(0).id()).size() >= 3, "the first claim's figure is opposed by three others");
            for (Claim c : claims) {
                Claim changed = w.updateClaim(c.id(), w.sources().get((int) ((c.id() + 1) % w.sources().size())).id(), "", "", "");
                ContradictionRows.Change change = ContradictionRows.change(w, idx, Set.of(changed.id()), Set.of());
                List<ContradictionSuggestion> sorted = new ArrayList<>(change.involving());
                sorted.sort(ContradictionSuggestion.RANKING);
                assertEquals(sorted, change.involving(), "claim " + c.id() + "'s pairs best first");
            }
        }
    }
}
