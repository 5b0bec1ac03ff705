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
    void aSelectionCuttingWordsIsWidenedToWholeWordsAndTrimmed() {
        int start = TEXT.indexOf("the talks");
        vm.selectionProperty().set(new TextSpan(start + 2, TEXT.indexOf("constructive") + 5));
        assertEquals("the talks were constructive", span(vm.trimmedSelection().orElseThrow()));
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
        vm.claimsChanged();
        assertEquals(1, restyles.size());
        assertEquals(start, restyles.get(0).from());
        assertEquals(start + 19, restyles.get(0).to());
    }

    @Test
    void theInnermostClaimIsFoundAtAnOffset() {
        long press = w.sourceNamed("Press").orElseThrow().id();
        Claim outer = w.markClaim(article.id(), new TextSpan(0, 40), press, "", "");
        Claim inner = w.markClaim(article.id(), new TextSpan(7, 11), press, "", "");
        vm.claimsChanged();
        assertEquals(inner.id(), vm.claimAt(8).orElseThrow().id());
        assertEquals(outer.id(), vm.claimAt(20).orElseThrow().id());
        assertTrue(vm.claimAt(60).isEmpty());
    }

    private static String span(TextSpan s) {
        return TEXT.substring(s.start(), s.end());
    }
}
