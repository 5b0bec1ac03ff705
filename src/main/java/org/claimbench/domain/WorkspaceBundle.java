package org.claimbench.domain;

import java.util.List;

/**
 * A whole workspace's content, as read from an export: to be reproduced in an empty workspace
 * (with its own ids) or merged into one that has content (with new ids, duplicates recognised).
 */
public record WorkspaceBundle(List<Source> sources, List<Topic> topics, List<ArticleWithText> articles, List<Claim> claims,
                              List<Contradiction> contradictions, List<Verdict> verdicts, List<String> ratingScale,
                              List<Speaker> speakers, List<WorkspaceContent.DismissedSpan> dismissedClaimSuggestions,
                              List<long[]> dismissedPairs) {

    /** An article with its text and its earlier versions (oldest first). */
    public record ArticleWithText(Article article, String text, List<ArticleVersion> versions) {

        public ArticleWithText {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }

        public ArticleWithText(Article article, String text) {
            this(article, text, List.of());
        }
    }
}
