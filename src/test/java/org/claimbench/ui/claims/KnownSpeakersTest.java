package org.claimbench.ui.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The S box's speakers (the speaker table's, then the claims' own) follow every edit of the claims, and listing them at
 * the size of the bench workspace (docs/speed.md: 1,000 articles, 55,000 claims) reads no claim: a few ms at most on
 * the JavaFX thread, where reading all claims took 25 ms (median; up to 130 ms).
 */
class KnownSpeakersTest {

    private static final String SENTENCE = "Officials said the talks on the call would go on next week. ";

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        // The workspace's events reach the views on the JavaFX thread: the test works there too.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theClaimsSpeakersFollowMarkingEditingUndoAndDeleting() throws Exception {
        try (Workspace w = workspace(2, 3, i -> i % 3 == 0 ? "Vera Lindqvist" : "")) {
            ClaimsTableViewModel table = onFx(() -> table(w));
            ClaimCommands commands = table.commands();
            List<String> names = onFx(commands::knownSpeakers);
            assertTrue(names.contains("Vera Lindqvist"), names.toString());
            Claim unnamed = w.claims().stream().filter(c -> c.speaker().isEmpty()).findFirst().orElseThrow();
            onFx(() -> {
                commands.setSpeaker(unnamed.id(), "Tomas Orlov");
                return null;
            });
            assertTrue(onFx(commands::knownSpeakers).contains("Tomas Orlov"), "a speaker given is offered at once");
            onFx(() -> {
                w.undo();
                return null;
            });
            assertTrue(!onFx(commands::knownSpeakers).contains("Tomas Orlov"), "undone, it is offered no more");
            List<Long> lindqvist = w.claims().stream().filter(c -> c.speaker().equals("Vera Lindqvist")).map(Claim::id).toList();
            assertEquals(2, lindqvist.size(), "one claim an article named him");
            onFx(() -> {
                w.deleteClaims(lindqvist.subList(0, 1));
                return null;
            });
            assertTrue(onFx(commands::knownSpeakers).contains("Vera Lindqvist"), "another claim names him still");
            onFx(() -> {
                w.deleteClaims(lindqvist.subList(1, 2));
                return null;
            });
            List<String> left = onFx(commands::knownSpeakers);
            assertEquals(w.speakers().stream().map(org.claimbench.domain.Speaker::name).filter(n -> n.equals("Vera Lindqvist")).count(),
                    left.stream().filter(n -> n.equals("Vera Lindqvist")).count(), "no claim names him: only the speaker table can: " + left);
        }
    }

    @Test
    void listingTheSpeakersOfFiftyFiveThousandClaimsTakesAFewMsAtMost() throws Exception {
        try (Workspace w = workspace(1000, 55, i -> i % 3 == 0 ? "" : "Speaker " + (i % 700))) {
            ClaimCommands commands = onFx(() -> table(w)).commands();
            long[] nanos = onFx(() -> {
                long[] n = new long[15];
                for (int i = 0; i < n.length; i++) {
                    long t = System.nanoTime();
                    commands.knownSpeakers();
                    n[i] = System.nanoTime() - t;
                }
                return n;
            });
            java.util.Arrays.sort(nanos);
            List<String> names = onFx(commands::knownSpeakers);
            String seen = String.format(java.util.Locale.ROOT, "%d claims, %d speakers, knownSpeakers median %.2f ms, longest %.2f ms",
                    w.claims().size(), names.size(), nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
            System.out.println("KnownSpeakersTest: " + seen);
            assertTrue(names.size() >= 700, "the claims' 700 speakers and the speaker table's: " + seen);
            assertTrue(nanos[nanos.length / 2] < 5_000_000, "a few ms at most: " + seen);
        }
    }

    /** The claims table's model on an open workspace, its claims read (as the window has them once it has opened). */
    private static ClaimsTableViewModel table(Workspace w) {
        WorkspaceModel model = new WorkspaceModel(new ImmediateTaskRunner());
        ClaimsTableViewModel table = new ClaimsTableViewModel(model, new UserMessages() {
            @Override
            public void error(String title, String message) {
                throw new AssertionError(title + ": " + message);
            }

            @Override
            public void notify(String title, String message) {
            }
        });
        model.attach(w);
        model.loadAllClaims();
        return table;
    }

    /** A workspace of {@code articles} articles, {@code perArticle} claims each (a sentence each), the n-th claim's speaker given. */
    private Workspace workspace(int articles, int perArticle, java.util.function.IntFunction<String> speaker) {
        Workspace w = Workspace.create(dir.resolve("w.claimbench"));
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            drafts.add(new ArticleDraft(ArticleMetadata.titled("Generated report " + a), "Generated report " + a + "\n\n" + SENTENCE.repeat(perArticle)));
        }
        w.addArticles(drafts);
        long source = w.sources().get(0).id();
        List<ClaimDraft> claims = new ArrayList<>();
        for (var article : w.articles()) {
            int head = w.text(article.id()).indexOf(SENTENCE);
            for (int i = 0; i < perArticle; i++) {
                int start = head + i * SENTENCE.length();
                claims.add(new ClaimDraft(article.id(), new TextSpan(start, start + SENTENCE.length() - 1), source, speaker.apply(claims.size()), ""));
            }
        }
        w.markClaims(claims);
        return w;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
