package org.claimbench.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.junit.jupiter.api.Test;

/** Which event {@link SameEventHint} speaks of: claims in exactly one of its articles, suggestions listed in another. */
class SameEventHintTest {

    private static Article article(long id, String event) {
        return new Article(id, new ArticleMetadata("Article " + id, "", "", "", null, "", "", event), 100, "", Instant.EPOCH);
    }

    private static final Article A1 = article(1, "Harbour talks, 2026-03-10");
    private static final Article A2 = article(2, "Harbour talks, 2026-03-10");
    private static final Article A3 = article(3, "Harbour talks, 2026-03-10");
    private static final Article B1 = article(4, "Budget vote, 2026-04-01");
    private static final Article B2 = article(5, "Budget vote, 2026-04-01");
    private static final List<Article> ALL = List.of(A1, A2, A3, B1, B2);

    private static java.util.Optional<SameEventHint.Next> find(Map<Long, Integer> marked, Map<Long, Integer> suggested) {
        return SameEventHint.find(ALL, a -> a.metadata().event(), a -> marked.getOrDefault(a.id(), 0), suggested);
    }

    @Test
    void claimsInOneArticleOfAnEventPointToItsArticleWithTheMostSuggestions() {
        SameEventHint.Next n = find(Map.of(1L, 4), Map.of(2L, 3, 3L, 7, 4L, 9)).orElseThrow();
        assertEquals(A1, n.marked());
        assertEquals(A3, n.next(), "of the event's other articles, the one with most suggestions; never one of another event");
        assertEquals(7, n.suggestions());
        assertEquals(3, n.articles());
        assertEquals("Harbour talks, 2026-03-10", n.event());
    }

    @Test
    void nothingToSayWithoutClaimsOrOnceTwoArticlesOfTheEventHaveSome() {
        assertTrue(find(Map.of(), Map.of(1L, 5, 2L, 5)).isEmpty(), "no claim marked");
        assertTrue(find(Map.of(1L, 1, 2L, 1), Map.of(3L, 5)).isEmpty(), "two sides' articles can be compared already");
        assertTrue(find(Map.of(1L, 2), Map.of(4L, 5)).isEmpty(), "suggestions only in another event's articles");
    }

    @Test
    void aLaterEventIsNamedWhenTheFirstHasNothingToSay() {
        SameEventHint.Next n = find(Map.of(1L, 1, 2L, 1, 5L, 3), Map.of(4L, 2)).orElseThrow();
        assertEquals(B2, n.marked());
        assertEquals(B1, n.next());
    }

    @Test
    void articlesWithNoEventNamedAreOneGroupAndAnArticleAloneIsNone() {
        Article x = article(6, "");
        Article y = article(7, " ");
        Article lone = article(8, "Lone visit, 2026-05-05");
        List<Article> all = List.of(lone, x, y);
        Map<Long, Integer> suggested = Map.of(7L, 2, 8L, 4);
        assertTrue(SameEventHint.find(List.of(lone), a -> a.metadata().event(), a -> 1, suggested).isEmpty());
        SameEventHint.Next n = SameEventHint.find(all, a -> a.metadata().event(), a -> a.id() == 6 ? 1 : 0, suggested).orElseThrow();
        assertEquals(y, n.next());
        assertEquals("", n.event());
    }
}
