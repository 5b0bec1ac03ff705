package org.claimbench.importing;

import java.util.List;

import org.claimbench.domain.ArticleDraft;

/** Where imported articles go (the open workspace); answers, for each draft, what became of it. */
@FunctionalInterface
public interface ArticleSink {

    record Stored(long articleId, String title, boolean duplicate) {
    }

    List<Stored> add(List<ArticleDraft> drafts);
}
