package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.ArticleMetadata;

/**
 * The line that says where an article comes from, under its title in a pane and in the article
 * list, the same three things for every article: its outlet or "no outlet", its date, or where it
 * has none the date of the event it reports ("3 Jul 2025 (event)") or "no date" ({@link ArticleMetadata#dateLine},
 * as the report says it), and its claims.
 */
public final class Bylines {

    private Bylines() {
    }

    /** "Reuters · 3 Jul 2025 · 12 claims", "no outlet · 3 Jul 2025 (event) · 1 claim", "no outlet · no date · 0 claims". */
    public static String of(ArticleMetadata m, int claimCount) {
        List<String> parts = new ArrayList<>();
        parts.add(m.outlet().isBlank() ? "no outlet" : m.outlet());
        parts.add(m.dateLine());
        parts.add(claimCount + (claimCount == 1 ? " claim" : " claims"));
        return String.join(" · ", parts);
    }
}
