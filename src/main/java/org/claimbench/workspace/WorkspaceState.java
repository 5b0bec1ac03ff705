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
    /** By id, which is creation order: a topic deleted and brought back by undo (same id) returns to its place. */
    final Map<Long, Topic> topics = new java.util.TreeMap<>();
    final Map<Long, Claim> claims = new HashMap<>();
    final Map<Long, List<Claim>> claimsByArticle = new HashMap<>();
    final Map<Long, Contradiction> contradictions = new LinkedHashMap<>();
    final Map<Long, Integer> contradictionsPerClaim = new HashMap<>();
    final Map<Long, org.claimbench.domain.Verdict> verdicts = new HashMap<>();
    /** The verdict ratings, best first. */
    List<String> ratingScale = List.of();
    /**
     * Claims whose words are gone from their article's current text, and claims whose words a
     * revision changed since they were marked: read at open (before the claims themselves) and
     * kept in step with every claim put or removed, so the lists always agree with the file.
     */
    final java.util.Set<Long> orphans = new java.util.HashSet<>();
    final java.util.Set<Long> changed = new java.util.HashSet<>();
    /** Articles whose claims are in memory; claims are read per article until all have been read. */
    final java.util.Set<Long> claimsLoadedFor = new java.util.HashSet<>();
    boolean allClaimsLoaded;
    /**
     * Claim suggestions the user dismissed, by article and span: owned by {@link Suggestions}, moved
     * with the text by a revision (see {@link TextRevision}).
     */
    final java.util.Set<org.claimbench.workspace.sqlite.SqliteSuggestionRepository.DismissedSpan> dismissedSpans = new java.util.HashSet<>();
    /** Claims per source and per article, counted at open and kept up to date by every edit. */
    final Map<Long, Integer> countBySource = new HashMap<>();
    final Map<Long, Integer> countByArticle = new HashMap<>();

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

    /** Claims of one article, read on its own (it was not in memory yet). */
    void loadClaimsOf(long articleId, List<Claim> rows) {
        List<Claim> list = new ArrayList<>(rows);
        list.sort(BY_POSITION);
        claimsByArticle.put(articleId, list);
        rows.forEach(c -> {
            claims.put(c.id(), c);
            noteAnchor(c.id(), c.anchor());
        });
        claimsLoadedFor.add(articleId);
    }

    /**
     * Every claim, read while the workspace went on being used: articles whose claims were read
     * (and perhaps edited) meanwhile keep what memory has, the rest take the rows read.
     */
    void mergeAllClaims(List<Claim> rows) {
        Map<Long, List<Claim>> fresh = new HashMap<>();
        for (Claim c : rows) {
            if (!claimsLoadedFor.contains(c.articleId())) {
                fresh.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
            }
        }
        fresh.forEach(this::loadClaimsOf);
        allClaimsLoaded = true;
    }

    boolean claimsLoaded(long articleId) {
        return allClaimsLoaded || claimsLoadedFor.contains(articleId);
    }

    void loadContradictions(List<Contradiction> rows) {
        contradictions.clear();
        contradictionsPerClaim.clear();
        rows.forEach(this::putContradiction);
    }

    /** Claims not plainly anchored, as read at open: id → state. */
    void loadAnchors(Map<Long, org.claimbench.domain.Anchor> unanchored) {
        orphans.clear();
        changed.clear();
        unanchored.forEach((id, a) -> noteAnchor(id, a));
    }

    private void noteAnchor(long id, org.claimbench.domain.Anchor anchor) {
        if (anchor == org.claimbench.domain.Anchor.ORPHAN) {
            orphans.add(id);
        } else {
            orphans.remove(id);
        }
        if (anchor == org.claimbench.domain.Anchor.CHANGED) {
            changed.add(id);
        } else {
            changed.remove(id);
        }
    }

    void putClaim(Claim c) {
        noteAnchor(c.id(), c.anchor());
        Claim old = claims.put(c.id(), c);
        if (old != null) {
            count(old, -1);
        }
        count(c, 1);
        List<Claim> list = claimsByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>());
        if (old != null) {
            list.remove(old);
        }
        int at = java.util.Collections.binarySearch(list, c, BY_POSITION);
        list.add(at < 0 ? -at - 1 : at, c);
    }

    void removeClaim(long id) {
        orphans.remove(id);
        changed.remove(id);
        Claim old = claims.remove(id);
        if (old != null) {
            count(old, -1);
            List<Claim> list = claimsByArticle.get(old.articleId());
            if (list != null) {
                list.remove(old);
            }
        }
    }

    private void count(Claim c, int delta) {
        countBySource.merge(c.sourceId(), delta, (a, b) -> a + b == 0 ? null : a + b);
        countByArticle.merge(c.articleId(), delta, (a, b) -> a + b == 0 ? null : a + b);
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

    /** Every claim in memory, article by article, each article's in text order. */
    List<Claim> claimsInArticleOrder() {
        List<Claim> all = new ArrayList<>(claims.size());
        for (Article a : articles.values()) {
            all.addAll(claimsByArticle.getOrDefault(a.id(), List.of()));
        }
        return all;
    }
}
