package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.ImmediateTaskRunner;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pane's ViewModel on a real workspace file, without any window. */
class ArticlePaneViewModelTest {

    static final String TEXT = "Peskov said the talks were constructive. Zelensky called them theatre.";

    @TempDir
    Path dir;

    private Workspace w;
    private Article article;
    private ArticlePaneViewModel vm;
    private final List<RestyleRequest> restyles = new ArrayList<>();

    @BeforeEach
    void open() {
        w = TempWorkspaces.create(dir, "pane");
        article = TempWorkspaces.addArticle(w, "Talks", TEXT);
        vm = new ArticlePaneViewModel(new PaneContext() {
            @Override
            public Optional<Workspace> workspace() {
                return Optional.of(w);
            }

            @Override
            public Map<Long, String> sourceColours() {
                return w.sources().stream().collect(Collectors.toMap(Source::id, Source::colour));
            }

            @Override
            public Set<Long> hiddenSources() {
                return Set.of();
            }

            @Override
            public boolean dark() {
                return false;
            }

            @Override
            public TaskRunner tasks() {
                return new ImmediateTaskRunner();
            }
        });
        vm.restyleProperty().addListener((o, a, r) -> restyles.add(r));
        vm.show(article, null);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void claimsOfARevisedTextAreNeverDrawnOnTheTextShownBeforeIt() {
        // newcomer33: after Edit text the pane showed the old text for a moment with every highlight one character off:
        // the claims' new places were drawn before the new text was read.
        int at = TEXT.indexOf("Zelensky");
        Claim c = w.markClaim(article.id(), new TextSpan(at, at + "Zelensky".length()), w.sources().get(0).id(), "", "");
        vm.claimsChanged(Set.of(c.id()));
        w.reviseArticle(article.id(), "Kyiv. " + TEXT, org.claimbench.domain.TextOrigin.EDIT);
        vm.claimsChanged(Set.of());
        for (Claim x : vm.claims()) {
            assertEquals(x.exact(), vm.textProperty().get().substring(x.start(), x.end()), "a claim drawn on the words it holds");
        }
        // The new text, once read, comes with the claims' new places.
        vm.show(w.article(article.id()).orElseThrow(), null);
        assertEquals("Kyiv. " + TEXT, vm.textProperty().get());
        Claim moved = vm.claims().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        assertEquals("Zelensky", vm.textProperty().get().substring(moved.start(), moved.end()));
    }

    @Test
    void aSelectionCuttingWordsIsWidenedToWholeWordsAndTrimmed() {
        int start = TEXT.indexOf("the talks");
        // A word the drag covers for the most part is taken whole (stop 62, round mend62) ...
        vm.selectionProperty().set(new TextSpan(start + 1, TEXT.indexOf("constructive") + 8));
        assertEquals("the talks were constructive", span(vm.trimmedSelection().orElseThrow()));
        // ... and one it barely reaches at either end is left out (a newcomer's "…conversation, the").
        vm.selectionProperty().set(new TextSpan(start + 2, TEXT.indexOf("constructive") + 5));
        assertEquals("talks were", span(vm.trimmedSelection().orElseThrow()));
        vm.selectionProperty().set(new TextSpan(start - 1, start + 10));
        assertEquals("the talks", span(vm.trimmedSelection().orElseThrow()));
        vm.selectionProperty().set(new TextSpan(start - 1, start));
        assertTrue(vm.trimmedSelection().isEmpty());
    }

    @Test
    void aNewClaimRestylesOnlyItsOwnText() {
        restyles.clear();
        int start = TEXT.indexOf("called them theatre");
        w.markClaim(article.id(), new TextSpan(start, start + 19), w.sources().get(2).id(), "", "");
        vm.claimsChanged(java.util.Set.of());
        assertEquals(1, restyles.size());
        assertEquals(start, restyles.get(0).from());
        assertEquals(start + 19, restyles.get(0).to());
    }

    @Test
    void theInnermostClaimIsFoundAtAnOffset() {
        long press = w.sourceNamed("Press").orElseThrow().id();
        Claim outer = w.markClaim(article.id(), new TextSpan(0, 40), press, "", "");
        Claim inner = w.markClaim(article.id(), new TextSpan(7, 11), press, "", "");
        vm.claimsChanged(java.util.Set.of());
        assertEquals(inner.id(), vm.claimAt(8).orElseThrow().id());
        assertEquals(outer.id(), vm.claimAt(20).orElseThrow().id());
        assertTrue(vm.claimAt(60).isEmpty());
    }

    @Test
    void fewChangedSpansAreRestyledOneByOneManyAsTheWholeText() {
        restyles.clear();
        vm.restyle(List.of(new TextSpan(0, 6), new TextSpan(7, 11)));
        assertEquals(List.of(0, 7), restyles.stream().map(RestyleRequest::from).toList());
        restyles.clear();
        List<TextSpan> many = new ArrayList<>();
        for (int i = 0; i <= ArticlePaneViewModel.RESTYLE_ONE_BY_ONE; i++) {
            many.add(new TextSpan(i, i + 1));
        }
        vm.restyle(many);
        assertEquals(1, restyles.size());
        assertEquals(0, restyles.get(0).from());
        assertEquals(TEXT.length(), restyles.get(0).to());
        restyles.clear();
        vm.clear();
        restyles.clear();
        vm.restyle(many);
        assertTrue(restyles.isEmpty(), "an empty pane has nothing to redraw");
    }

    @Test
    void anArticleLoadedAheadIsShownAtOnceWithWhatThePreparerBuilt() {
        int start = TEXT.indexOf("called them theatre");
        Claim c = w.markClaim(article.id(), new TextSpan(start, start + 19), w.sources().get(2).id(), "", "");
        List<String> built = new ArrayList<>();
        vm.setPreparer((text, claims, look) -> {
            built.add(text + " / " + claims.size() + " / " + look.sourceColours().get(c.sourceId()));
            return "document";
        });
        ArticlePaneViewModel.Loaded loaded = vm.load(w, article, false);
        assertEquals(List.of(TEXT + " / 1 / " + w.sources().get(2).colour()), built);
        vm.clear();
        restyles.clear();
        vm.show(loaded);
        assertEquals(article, vm.article().orElseThrow());
        assertEquals(List.of(c), vm.claims());
        // No view took the document here, so the pane asked for its whole text to be styled.
        RestyleRequest last = restyles.get(restyles.size() - 1);
        assertEquals(TEXT.length(), last.to());
        assertTrue(!last.drawn());
        assertEquals(null, vm.takePrepared());
    }

    private static String span(TextSpan s) {
        return TEXT.substring(s.start(), s.end());
    }

    @Test
    void twoClaimsOnTheSameWordsArePickedInTurnByClickingAgain() {
        long press = w.sourceNamed("Press").orElseThrow().id();
        long whiteHouse = w.sourceNamed("White House").orElseThrow().id();
        TextSpan words = new TextSpan(TEXT.indexOf("constructive"), TEXT.indexOf("constructive") + "constructive".length());
        Claim a = w.markClaim(article.id(), words, press, "", "");
        Claim b = w.markClaim(article.id(), words, whiteHouse, "", "");
        vm.claimsChanged(java.util.Set.of());
        int inside = words.start() + 2;
        assertEquals(List.of(b), vm.othersOnSameWords(a));
        assertEquals(a.id(), vm.pickAt(inside).orElseThrow().id());
        assertEquals(b.id(), vm.pickAt(inside).orElseThrow().id());
        assertEquals(a.id(), vm.pickAt(inside).orElseThrow().id());
        assertEquals(Optional.empty(), vm.pickAt(0));
        assertEquals(a.id(), vm.pickAt(inside).orElseThrow().id(), "after a click elsewhere, the first claim again");
    }
}
