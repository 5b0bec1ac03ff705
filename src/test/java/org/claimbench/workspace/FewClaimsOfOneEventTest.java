package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's workspace (round 25 of issue 11): claims of one event accepted one by one into an index built when the
 * workspace had none, as the suggestions pane does, are suggested against each other as soon as two sources' claims conflict,
 * and the same as an index built on them all. Sentences of our own.
 */
class FewClaimsOfOneEventTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The harbour talks on Monday lasted an hour. The port authority said the ferry talks were cancelled. "
            + "The weather was cold and grey over the quay. The dockers' union said the ferry talks were postponed until May. "
            + "Gulls circled the pier all afternoon.";

    private static TextSpan span(String of) {
        int at = TEXT.indexOf(of);
        return new TextSpan(at, at + of.length());
    }

    @Test
    void twoSourcesClaimsOfOneEventAreSuggestedAsSoonAsBothAreMarked() {
        try (Workspace w = Workspace.create(dir.resolve("w.claimbench"))) {
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Harbour talks"), TEXT)).article();
            long press = w.sourceNamed("Press").orElseThrow().id();
            long authority = w.addSource("Port authority", "#336699").id();
            long union = w.addSource("Dockers' union", "#993333").id();
            // Built with no claims, as the pane builds it when the workspace opens.
            ContradictionIndex index = new ContradictionIndex(ContradictionInputs.read(w, List.of(), (x, y) -> { }));
            List<Claim> marked = new ArrayList<>();
            marked.add(w.markClaim(a.id(), span("The harbour talks on Monday lasted an hour."), press, "", ""));
            marked.add(w.markClaim(a.id(), span("the ferry talks were cancelled"), authority, "", ""));
            marked.add(w.markClaim(a.id(), span("The weather was cold and grey over the quay."), press, "", ""));
            for (Claim c : marked) {
                index.add(ContradictionInputs.readOne(w, c));
            }
            assertEquals(0, index.size(), "no conflict among these three");
            Claim postponed = w.markClaim(a.id(), span("the ferry talks were postponed until May"), union, "", "");
            index.add(ContradictionInputs.readOne(w, postponed));
            marked.add(postponed);
            List<ContradictionSuggestion> top = index.top(10, Set.of());
            assertTrue(top.stream().anyMatch(s -> Set.of(s.claimA(), s.claimB()).equals(Set.of(marked.get(1).id(), postponed.id()))),
                    "cancelled against postponed, as soon as the union's claim is marked: " + top);
            ContradictionIndex built = new ContradictionIndex(ContradictionInputs.read(w, marked, (x, y) -> { }));
            assertEquals(built.size(), index.size(), "the same pairs as an index built on them all");
        }
    }
}
