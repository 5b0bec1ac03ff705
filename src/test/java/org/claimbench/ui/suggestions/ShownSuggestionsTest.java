package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering an article's suggestions again after each edit, looking only at the words the edit changed, shows what filtering all of them shows. */
class ShownSuggestionsTest {

    @TempDir
    Path dir;

    @Test
    void afterEveryEditTheSuggestionsShownAreThoseAFullFilteringShows() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("The ferry board said on day ").append(i).append(" that the crossing would open again soon. ");
        }
        try (Workspace w = Workspace.create(dir.resolve("shown.claimbench"))) {
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry"), text.toString())).article();
            List<Set<Long>> named = new ArrayList<>();
            w.addListener(events -> events.forEach(e -> {
                if (e instanceof WorkspaceEvent.ClaimsChanged c) {
                    named.add(c.claimIds());
                }
            }));
            Random random = new Random(11);
            List<ClaimSuggestionRow> rows = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                int start = random.nextInt(text.length() - 120);
                rows.add(row(a.id(), new TextSpan(start, start + 20 + random.nextInt(100))));
            }
            // A second article: an edit in the first filters only the first's suggestions again.
            Article other = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Other"), "The pier stays shut, the council said on Monday.")).article();
            Map<Long, List<ClaimSuggestionRow>> suggested = Map.of(a.id(), rows, other.id(), List.of(row(other.id(), new TextSpan(0, 30))));
            ShownSuggestions shown = new ShownSuggestions();
            shown.refresh(w, suggested, Set.of(a.id(), other.id()), Set.of());
            int hidden = 0;
            for (int step = 0; step < 120; step++) {
                named.clear();
                List<Claim> claims = w.claimsOf(a.id());
                int kind = random.nextInt(5);
                if (kind <= 1 || claims.isEmpty()) {
                    // On a suggestion's very words (it goes), or anywhere.
                    TextSpan span = kind == 0 ? rows.get(random.nextInt(rows.size())).suggestion().span() : randomSpan(random, text.length());
                    w.markClaim(a.id(), span, w.sources().get(random.nextInt(5)).id(), "", "");
                } else if (kind == 2) {
                    w.deleteClaims(List.of(claims.get(random.nextInt(claims.size())).id()));
                } else if (kind == 3) {
                    w.retagClaims(List.of(claims.get(random.nextInt(claims.size())).id()), w.sources().get(random.nextInt(5)).id());
                } else {
                    w.undo();
                }
                Set<Long> ids = new HashSet<>();
                named.forEach(ids::addAll);
                shown.refresh(w, suggested, Set.of(a.id()), named.stream().anyMatch(Set::isEmpty) ? Set.of() : ids);
                ShownSuggestions fresh = new ShownSuggestions();
                fresh.refresh(w, suggested, Set.of(a.id()), Set.of());
                assertEquals(fresh.spans(a.id()), shown.spans(a.id()), "after step " + step);
                hidden = Math.max(hidden, rows.size() - shown.spans(a.id()).size());
            }
            assertTrue(hidden > 10, "the edits hid suggestions: " + hidden);
        }
    }

    @Test
    void markingAClaimOnASuggestionsWordsTakesOnlyThatRowAway() {
        String text = "The harbour master said the pier would close at dusk. The council said the pier would stay open.";
        try (Workspace w = Workspace.create(dir.resolve("one.claimbench"))) {
            Article a = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Pier"), text)).article();
            ClaimSuggestionRow first = row(a.id(), new TextSpan(0, 53));
            ClaimSuggestionRow second = row(a.id(), new TextSpan(54, text.length()));
            Article other = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Other"), "The ferry runs again on Friday, the ferry board said.")).article();
            ClaimSuggestionRow third = row(other.id(), new TextSpan(0, 30));
            Map<Long, List<ClaimSuggestionRow>> suggested = Map.of(a.id(), List.of(first, second), other.id(), List.of(third));
            ShownSuggestions shown = new ShownSuggestions();
            assertEquals(Set.of(first, second, third), Set.copyOf(shown.refresh(w, suggested, Set.of(a.id(), other.id()), Set.of()).all()));
            Claim c = w.markClaim(a.id(), new TextSpan(54, text.length()), w.sources().get(0).id(), "", "");
            ShownSuggestions.Change change = shown.refresh(w, suggested, Set.of(a.id()), Set.of(c.id()));
            assertEquals(Set.of(second), change.gone());
            assertEquals(List.of(), change.added());
            assertEquals(null, change.all(), "one article's rows changed, not all");
            assertEquals(Map.of(a.id(), List.of(second.suggestion().span())), change.spans());
            assertEquals(List.of(first.suggestion().span()), shown.spans(a.id()));
        }
    }

    private static TextSpan randomSpan(Random random, int length) {
        int start = random.nextInt(length - 120);
        return new TextSpan(start, start + 10 + random.nextInt(110));
    }

    private static ClaimSuggestionRow row(long articleId, TextSpan span) {
        ClaimSuggestion s = new ClaimSuggestion(articleId, span, Optional.empty(), "the board", "the board", Optional.empty(), ClaimSuggestion.Kind.STATEMENT,
                "test", "test", 0.5);
        return new ClaimSuggestionRow(s, "quote", "Ferry", 0L, "", ClaimSuggestionRow.UNASSIGNED_COLOUR,
                org.claimbench.analysis.speakers.SpeakerNames.Kind.DESCRIPTION);
    }
}
