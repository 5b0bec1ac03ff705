package org.claimbench.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.claimbench.domain.AnnotationDraft;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Origin;
import org.claimbench.domain.Source;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;

/**
 * Brings annotations of articles in the workspace in (e.g. a W3C file), in one transaction: each
 * claim where its position still shows its quote, else where its quote (with its context) is
 * found, else listed as not found; sources are matched by name or added; links between the
 * claims become contradictions, each pair once.
 */
final class AnnotationImport {

    private final WorkspaceState state;
    private final LongFunction<String> texts;
    private final Instant now;

    AnnotationImport(WorkspaceState state, LongFunction<String> texts, Instant now) {
        this.state = state;
        this.texts = texts;
        this.now = now;
    }

    AnnotationImportReport apply(Tx tx, AnnotationDraft draft) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> sourceIds = new HashMap<>();
        state.sources.values().forEach(s -> sourceIds.put(s.name().toLowerCase(java.util.Locale.ROOT), s.id()));
        int added = 0;
        int there = 0;
        int byQuote = 0;
        List<String> notFound = new ArrayList<>();
        for (var c : draft.claims()) {
            String text = texts.apply(c.articleId());
            TextSpan span = null;
            if (c.positionStart() >= 0 && c.positionEnd() > c.positionStart() && c.positionEnd() <= text.length()
                    && text.substring(c.positionStart(), c.positionEnd()).equals(c.quote().exact())) {
                span = new TextSpan(c.positionStart(), c.positionEnd());
            } else {
                span = org.claimbench.domain.ReAnchoring.locate(text, c.quote(), Math.max(0, c.positionStart())).orElse(null);
                if (span != null) {
                    byQuote++;
                }
            }
            if (span == null) {
                notFound.add("“" + c.quote().exact() + "”");
                continue;
            }
            String key = c.source().toLowerCase(java.util.Locale.ROOT);
            Long source = sourceIds.get(key);
            if (source == null) {
                int order = state.sources.values().stream().mapToInt(Source::sortOrder).max().orElse(0) + 1 + sourceIds.size();
                source = tx.insertSource(new Source(0, c.source(), SourcePalette.suggestColour(state.sources.size() + sourceIds.size()), "", order)).id();
                sourceIds.put(key, source);
            }
            TextSpan at = span;
            long src = source;
            Optional<Claim> same = state.claimsByArticle.getOrDefault(c.articleId(), List.of()).stream()
                    .filter(x -> x.span().equals(at) && x.sourceId() == src).findFirst();
            if (same.isPresent()) {
                ids.put(c.key(), same.get().id());
                there++;
                continue;
            }
            Claim claim = tx.insertClaim(new Claim(0, c.articleId(), span, TextQuote.of(text, span), source, c.speaker(), null, c.note(), now, now));
            ids.put(c.key(), claim.id());
            added++;
        }
        java.util.Set<String> pairs = new java.util.HashSet<>();
        state.contradictions.values().forEach(x -> pairs.add(x.pairKey()));
        int links = 0;
        for (var l : draft.links()) {
            Long a = ids.get(l.keyA());
            Long b = ids.get(l.keyB());
            if (a != null && b != null && !a.equals(b) && pairs.add(Contradiction.pairKey(a, b))) {
                tx.insertContradiction(new Contradiction(0, a, b, l.kind(), l.status(), l.note(), Origin.USER, null, now));
                links++;
            }
        }
        return new AnnotationImportReport(added, there, byQuote, notFound, links);
    }
}
