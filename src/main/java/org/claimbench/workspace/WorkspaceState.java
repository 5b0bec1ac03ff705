package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Topic;

/**
 * The workspace's rows held in memory, so the UI's queries never wait for the disk. Changed only
 * after the matching transaction committed (see {@link Tx}); guarded by the Workspace's monitor.
 */
final class WorkspaceState {

    private static final Comparator<Claim> BY_POSITION =
            Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end).thenComparingLong(Claim::id);

    final Map<Long, Article> articles = new LinkedHashMap<>();
    final Map<Long, Source> sources = new LinkedHashMap<>();
    final Map<Long, Topic> topics = new LinkedHashMap<>();
    final Map<Long, Claim> claims = new HashMap<>();
    final Map<Long, List<Claim>> claimsByArticle = new HashMap<>();
    final Map<Long, Contradiction> contradictions = new LinkedHashMap<>();
    final Map<Long, Integer> contradictionsPerClaim = new HashMap<>();

    void loadArticles(List<Article> rows) {
        articles.clear();
        rows.forEach(a -> articles.put(a.id(), a));
    }

    void loadSources(List<Source> rows) {
        sources.clear();
        rows.forEach(s -> sources.put(s.id(), s));
    }

    void loadTopics(List<Topic> rows) {
        topics.clear();
        rows.forEach(t -> topics.put(t.id(), t));
    }

    void loadClaims(List<Claim> rows) {
        claims.clear();
        claimsByArticle.clear();
        for (Claim c : rows) {
            claims.put(c.id(), c);
            claimsByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
        }
        claimsByArticle.values().forEach(l -> l.sort(BY_POSITION));
    }

    void loadContradictions(List<Contradiction> rows) {
        contradictions.clear();
        contradictionsPerClaim.clear();
        rows.forEach(this::putContradiction);
    }

    void putClaim(Claim c) {
        Claim old = claims.put(c.id(), c);
        List<Claim> list = claimsByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>());
        if (old != null) {
            list.remove(old);
        }
        int at = java.util.Collections.binarySearch(list, c, BY_POSITION);
        list.add(at < 0 ? -at - 1 : at, c);
    }

    void removeClaim(long id) {
        Claim old = claims.remove(id);
        if (old != null) {
            List<Claim> list = claimsByArticle.get(old.articleId());
            if (list != null) {
                list.remove(old);
            }
        }
    }

    void putContradiction(Contradiction x) {
        Contradiction old = contradictions.put(x.id(), x);
        if (old == null) {
            contradictionsPerClaim.merge(x.claimA(), 1, Integer::sum);
            contradictionsPerClaim.merge(x.claimB(), 1, Integer::sum);
        }
    }

    void removeContradiction(long id) {
        Contradiction old = contradictions.remove(id);
        if (old != null) {
            contradictionsPerClaim.computeIfPresent(old.claimA(), (k, v) -> v > 1 ? v - 1 : null);
            contradictionsPerClaim.computeIfPresent(old.claimB(), (k, v) -> v > 1 ? v - 1 : null);
        }
    }

    List<Contradiction> contradictionsOf(long claimId) {
        if (!contradictionsPerClaim.containsKey(claimId)) {
            return List.of();
        }
        return contradictions.values().stream().filter(x -> x.involves(claimId)).toList();
    }
}
