package org.claimbench.domain;

import java.util.List;

/**
 * Read access to everything a workspace holds. The workspace service implements it; exporters and
 * the analysis read through it, so they need nothing of the storage layer.
 */
public interface WorkspaceContent {

    List<Source> sources();

    List<Topic> topics();

    List<Article> articles();

    String text(long articleId);

    List<Claim> claims();

    List<Contradiction> contradictions();

    List<Verdict> verdicts();

    /** The verdict ratings, best first. */
    List<String> ratingScale();

    /** Who speaks for which source. */
    List<Speaker> speakers();

    /** Claim suggestions the user dismissed: article id and span. */
    List<DismissedSpan> dismissedClaimSuggestions();

    /** The earlier texts of an article, oldest first (none by default). */
    default List<ArticleVersion> versions(long articleId) {
        return List.of();
    }

    /**
     * Globally unique identifiers (GUIDs) of rows of a kind ("article", "claim" …) for an exchange
     * format: random UUIDs, made once for a row and kept, so every export of one workspace gives a
     * row the same one. By default they are made anew at each call; a workspace stores them.
     */
    default java.util.Map<Long, String> exchangeIds(String kind, java.util.Collection<Long> rowIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        rowIds.forEach(id -> out.put(id, java.util.UUID.randomUUID().toString()));
        return out;
    }

    /** Pairs of claims the user dismissed as contradictions, as [claimA, claimB]. */
    List<long[]> dismissedPairs();

    /** A dismissed claim suggestion. */
    record DismissedSpan(long articleId, TextSpan span) {
    }
}
