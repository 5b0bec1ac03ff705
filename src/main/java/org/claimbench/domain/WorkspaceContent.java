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

    /** Pairs of claims the user dismissed as contradictions, as [claimA, claimB]. */
    List<long[]> dismissedPairs();

    /** A dismissed claim suggestion. */
    record DismissedSpan(long articleId, TextSpan span) {
    }
}
