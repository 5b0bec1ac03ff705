package org.claimbench.ui.claims;

import java.util.Locale;

import org.claimbench.domain.Article;

/**
 * The claims table's filters other than the search and the sources, as chosen now: the speaker's text, the article, the
 * topic, the verdict and the claims' state ("All …" and null for none).
 */
record OtherFilters(String speaker, Article article, String topic, String verdict, ClaimStateFilter state) {

    /** Whether any of them is set. */
    boolean set() {
        return !speaker.isBlank() || article != null || (topic != null && !ClaimsTableViewModel.ALL_TOPICS.equals(topic))
                || (verdict != null && !ClaimsTableViewModel.ALL_VERDICTS.equals(verdict)) || (state != null && state != ClaimStateFilter.ALL);
    }

    /** Whether the row passes them all. */
    java.util.function.Predicate<ClaimRow> predicate() {
        String sp = speaker.strip().toLowerCase(Locale.ROOT);
        String t = topic;
        String v = verdict;
        ClaimStateFilter st = state == null ? ClaimStateFilter.ALL : state;
        return r -> (sp.isEmpty() || r.speaker().toLowerCase(Locale.ROOT).contains(sp))
                && (article == null || r.claim().articleId() == article.id())
                && (t == null || ClaimsTableViewModel.ALL_TOPICS.equals(t)
                        || (ClaimsTableViewModel.NO_TOPIC.equals(t) ? r.topic().isEmpty() : t.equalsIgnoreCase(r.topic())))
                && (v == null || ClaimsTableViewModel.ALL_VERDICTS.equals(v)
                        || (ClaimsTableViewModel.NO_VERDICT.equals(v) ? r.verdict().isEmpty() : v.equalsIgnoreCase(r.verdict())))
                && (st == ClaimStateFilter.ALL || (st == ClaimStateFilter.CHANGED ? r.changed() : r.orphan()));
    }
}
