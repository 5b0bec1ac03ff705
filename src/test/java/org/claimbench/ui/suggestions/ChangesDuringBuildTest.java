package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.BackgroundJob;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A claim marked while the suggestions are being computed is scored once they are shown: the build may have read
 * the claims before it was marked. The background work here runs at once, but its result reaches the JavaFX thread
 * only when the test lets it, so the mark falls between the build's reading and its showing every time.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesDuringBuildTest {

    @TempDir
    Path dir;

    /** Our own sentences: two sides give two lengths of one meeting; a third side's figure is marked during the build. */
    private static final String BEFORE = "The meeting of the ferry union and the harbour board lasted forty minutes, the board said. "
            + "The meeting of the union and the board lasted three hours, the union said.";
    private static final String LATE = "The meeting with the board lasted six hours, a union steward said.";

    /** Runs each job at once and holds what it hands back to the JavaFX thread while {@link #hold} is set. */
    private static final class HeldResults implements TaskRunner {
        boolean hold;
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            new ImmediateTaskRunner().run(title, job, result -> {
                if (hold) {
                    held.add(() -> onSuccess.accept(result));
                } else {
                    onSuccess.accept(result);
                }
            }, onFailure);
        }

        void release() {
            hold = false;
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aClaimMarkedWhileSuggestionsAreComputedIsScoredWhenTheyAreShown() throws Exception {
        WaitForAsyncUtils.asyncFx(this::markDuringBuild).get();
    }

    private void markDuringBuild() {
        try (Workspace w = Workspace.create(dir.resolve("during.claimbench"))) {
            String text = BEFORE + " " + LATE;
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Meeting"), text)).article();
            int second = BEFORE.indexOf("The meeting of the union");
            w.markClaim(a.id(), new TextSpan(0, second - 1), w.sources().get(0).id(), "", "");
            w.markClaim(a.id(), new TextSpan(second, BEFORE.length()), w.sources().get(1).id(), "", "");

            WorkspaceModel model = new WorkspaceModel(new ImmediateTaskRunner());
            HeldResults tasks = new HeldResults();
            SuggestionsViewModel vm = new SuggestionsViewModel(model, tasks, new UserMessages() {
                @Override
                public void error(String title, String message) {
                    throw new AssertionError(title + ": " + message);
                }

                @Override
                public void notify(String title, String message) {
                }
            });
            tasks.hold = true;
            model.attach(w);
            model.loadAllClaims();
            assertFalse(tasks.held.isEmpty(), "the suggestions were computed and wait to be shown");

            Claim late = w.markClaim(a.id(), new TextSpan(BEFORE.length() + 1, text.length()), w.sources().get(2).id(), "", "");
            tasks.release();

            assertTrue(vm.contradictions().stream().anyMatch(r -> r.a().id() == late.id() || r.b().id() == late.id()),
                    "the claim marked during the build has its suggested contradictions: " + vm.contradictions());
            assertEquals(3, vm.contradictions().size(), "each pair of the three figures: " + vm.contradictions());
        }
    }
}
