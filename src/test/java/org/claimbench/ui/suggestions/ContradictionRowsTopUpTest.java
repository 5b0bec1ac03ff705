package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.BackgroundJob;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list of suggested contradictions stays full while a reviewer dismisses rows: the next best pairs move up. Runs
 * on the JavaFX thread, as the rows do in the app (the workspace's events reach the model there).
 */
@ExtendWith(ApplicationExtension.class)
class ContradictionRowsTopUpTest {

    @TempDir
    Path dir;

    /** Our own sentences: six sides give six different lengths for one meeting, so there are many more pairs than rows. */
    private static final String[] SENTENCES = {
        "The meeting of the harbour board and the ferry union lasted forty minutes, the board said.",
        "The meeting with the ferry union lasted three hours, the union said.",
        "Their meeting lasted five hours, a union steward said.",
        "The meeting of the board and the union lasted barely ten minutes, the mayor's office said.",
        "The harbour meeting lasted seven hours, a local paper reported.",
        "The board's meeting with the ferry union lasted two hours, the port authority said."
    };

    private static final BackgroundJob.Progress QUIET = new BackgroundJob.Progress() {
        @Override
        public void update(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void dismissedRowsAreReplacedByTheNextBestPairsNotShownBefore() throws Exception {
        WaitForAsyncUtils.asyncFx(this::dismissThreeTimes).get();
    }

    /**
     * A reviewer's rows keep their order: the rows left stay at the top in their order and the pairs that top the list up
     * come after them (a top-up put the next best pairs among them, and the rows under the reviewer's eyes moved).
     */
    @Test
    void theRowsLeftKeepTheirOrderAndTheNextBestPairsComeAfterThem() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try (Workspace w = meeting("order.claimbench")) {
                ContradictionRows rows = rows(w);
                for (int round = 0; round < 3; round++) {
                    List<String> before = new java.util.ArrayList<>(rows.rows().stream().map(r -> ContradictionSuggester.key(r.a().id(), r.b().id())).toList());
                    ContradictionSuggestionRow first = rows.rows().get(0);
                    w.decisions().dismissPair(first.a().id(), first.b().id());
                    rows.decisionsChanged(w);
                    before.remove(0);
                    List<String> after = rows.rows().stream().map(r -> ContradictionSuggester.key(r.a().id(), r.b().id())).toList();
                    assertEquals(before, after.subList(0, before.size()), "round " + round + ": the rows left keep their order at the top");
                }
            }
        }).get();
    }

    /** Two reports of the meeting, three accounts in each, each claim marked with a source of its own. */
    private Workspace meeting(String name) {
        Workspace w = Workspace.create(dir.resolve(name));
        for (int part = 0; part < 2; part++) {
            List<String> own = List.of(SENTENCES).subList(part * 3, part * 3 + 3);
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Meeting " + (part + 1)), String.join(" ", own))).article();
            int at = 0;
            for (int i = 0; i < own.size(); i++) {
                w.markClaim(a.id(), new TextSpan(at, at + own.get(i).length()), w.sources().get((part * 3 + i) % w.sources().size()).id(), "", "");
                at += own.get(i).length() + 1;
            }
        }
        return w;
    }

    /** Three rows of the workspace's suggested contradictions, listed. */
    private static ContradictionRows rows(Workspace w) {
        WorkspaceModel model = new WorkspaceModel(new ImmediateTaskRunner());
        model.attach(w);
        ContradictionRows rows = new ContradictionRows(model, new ImmediateTaskRunner(), 3);
        ContradictionIndex idx = ContradictionRows.index(w, QUIET);
        rows.show(w, idx, ContradictionRows.best(w, idx));
        return rows;
    }

    private void dismissThreeTimes() {
        try (Workspace w = meeting("topup.claimbench")) {
            ContradictionIndex idx = ContradictionRows.index(w, QUIET);
            List<?> best = ContradictionRows.best(w, idx);
            assertTrue(best.size() >= 6, "six different lengths give more pairs than the three rows: " + best.size());
            ContradictionRows rows = rows(w);
            assertEquals(3, rows.rows().size());

            Set<String> seen = new HashSet<>();
            for (int round = 0; round < 3; round++) {
                ContradictionSuggestionRow first = rows.rows().get(0);
                String key = ContradictionSuggester.key(first.a().id(), first.b().id());
                rows.rows().forEach(r -> seen.add(ContradictionSuggester.key(r.a().id(), r.b().id())));
                w.decisions().dismissPair(first.a().id(), first.b().id());
                rows.decisionsChanged(w);

                assertEquals(3, rows.rows().size(), "round " + round + ": the list is full again");
                assertFalse(rows.rows().stream().anyMatch(r -> ContradictionSuggester.key(r.a().id(), r.b().id()).equals(key)),
                        "the dismissed pair is gone");
            }
            long fresh = rows.rows().stream().map(r -> ContradictionSuggester.key(r.a().id(), r.b().id()))
                    .filter(k -> !seen.contains(k)).count();
            assertTrue(fresh >= 1, "pairs not shown before moved up into the list");
        }
    }
}
