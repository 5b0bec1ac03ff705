package org.claimbench.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.claimbench.domain.AnnotationDraft;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Origin;
import org.claimbench.domain.QuoteContext;
import org.claimbench.domain.Source;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;

/**
 * Brings annotations in (e.g. a W3C file), in one transaction. Each goes to the article whose text
 * holds its quote with its prefix and suffix (the context must fit, as when claims re-anchor): the
 * target's URL, when it is an article's URL here, and the position selector only decide between
 * places that fit equally well; ids of the workspace that exported the file mean nothing here.
 * The same annotation given twice (in the file, or already a claim here) is added once; those that
 * fit no article are named in the report. Sources are matched by name or added; links between the
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

    /** Where an annotation goes: an article and a span of its text (UTF-16 units). */
    private record Place(long articleId, TextSpan span) {
    }

    AnnotationImportReport apply(Tx tx, AnnotationDraft draft) throws SQLException {
        Map<Long, String> textOf = new HashMap<>();
        for (Article a : state.articles.values()) {
            textOf.put(a.id(), texts.apply(a.id()));
        }
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> sourceIds = new HashMap<>();
        state.sources.values().forEach(s -> sourceIds.put(s.name().toLowerCase(Locale.ROOT), s.id()));
        int newSources = 0;
        Map<String, Place> placed = new HashMap<>();
        Set<String> present = new HashSet<>();
        Map<String, Long> claimAt = new HashMap<>();
        for (Claim x : state.claims.values()) {
            if (x.hasPlace()) {
                claimAt.put(key(x.articleId(), x.span(), x.sourceId()), x.id());
            }
        }
        int added = 0;
        int there = 0;
        int byContext = 0;
        List<String> scale = new ArrayList<>(state.ratingScale);
        List<String> notFound = new ArrayList<>();
        for (var c : draft.claims()) {
            String where = c.target() + "\u0000" + c.positionStart() + "\u0000" + c.quote();
            Place place = placed.computeIfAbsent(where, k -> {
                Place p = place(c, textOf);
                // A quote in another Unicode form than the texts (decomposed accents, no-break spaces) is found in the texts' form.
                return p.articleId() >= 0 ? p : place(normalised(c), textOf);
            });
            if (place.articleId() < 0) {
                notFound.add("“" + c.quote().exact() + "”");
                continue;
            }
            String name = c.source().toLowerCase(Locale.ROOT);
            Long source = sourceIds.get(name);
            if (source == null) {
                int order = state.sources.values().stream().mapToInt(Source::sortOrder).max().orElse(0) + 1 + newSources;
                source = tx.insertSource(new Source(0, c.source(), SourcePalette.suggestColour(state.sources.size() + newSources), "", order)).id();
                sourceIds.put(name, source);
                newSources++;
            }
            String key = key(place.articleId(), place.span(), source);
            Long existing = claimAt.get(key);
            if (existing != null) {
                ids.put(c.key(), existing);
                if (present.add(key)) {
                    there++;
                }
                verdict(tx, existing, c.assessment(), scale);
                continue;
            }
            String text = textOf.get(place.articleId());
            Claim claim = tx.insertClaim(new Claim(0, place.articleId(), place.span(), TextQuote.of(text, place.span()), source, c.speaker(),
                    null, c.note(), now, now));
            claimAt.put(key, claim.id());
            present.add(key);
            ids.put(c.key(), claim.id());
            verdict(tx, claim.id(), c.assessment(), scale);
            added++;
            if (!matchesPosition(c, text, place.span())) {
                byContext++;
            }
        }
        if (!scale.equals(state.ratingScale)) {
            tx.setRatingScale(scale);
        }
        Set<String> pairs = new HashSet<>();
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
        return new AnnotationImportReport(added, there, byContext, notFound, links);
    }

    /**
     * Gives a claim the verdict of its assessing body, unless it has one already. The rating is the
     * longest rating of the scale the value starts with (followed by a full stop), else the words
     * before the first full stop, added to the end of the scale; the rest is the explanation.
     */
    private void verdict(Tx tx, long claimId, AnnotationDraft.Assessment a, List<String> scale) throws SQLException {
        if (a == null || a.value().isBlank() || state.verdicts.containsKey(claimId)) {
            return;
        }
        String value = a.value().strip();
        String rating = scale.stream().filter(r -> value.regionMatches(true, 0, r + ".", 0, r.length() + 1) || value.equalsIgnoreCase(r))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (rating == null) {
            int dot = value.indexOf('.');
            rating = (dot > 0 ? value.substring(0, dot) : value).strip();
            if (rating.isEmpty()) {
                return;
            }
            scale.add(rating);
        }
        String explanation = value.length() > rating.length() ? value.substring(Math.min(value.length(), rating.length() + 1)).strip() : "";
        tx.putVerdict(claimId, new org.claimbench.domain.Verdict(claimId, rating, explanation, a.reviewer(), a.reviewed() == null ? now : a.reviewed()));
    }

    /**
     * The place whose context fits best over all articles; among equals the article the target's URL
     * names, then the one where the position selector shows the quote, then the first article.
     */
    private Place place(AnnotationDraft.ClaimAnnotation c, Map<Long, String> textOf) {
        Place best = new Place(-1, null);
        long bestRank = Long.MIN_VALUE;
        for (Article a : state.articles.values()) {
            String text = textOf.get(a.id());
            TextQuote q = c.quote();
            for (int i = text.indexOf(q.exact()); i >= 0; i = text.indexOf(q.exact(), i + 1)) {
                TextSpan span = new TextSpan(i, i + q.exact().length());
                int score = QuoteContext.contextScore(text, span.start(), span.end(), q);
                if (!QuoteContext.contextFits(score, q)) {
                    continue;
                }
                boolean url = !a.metadata().url().isBlank() && a.metadata().url().equalsIgnoreCase(c.target());
                long rank = (long) score * 4 + (url ? 2 : 0) + (matchesPosition(c, text, span) ? 1 : 0);
                if (rank > bestRank) {
                    bestRank = rank;
                    best = new Place(a.id(), span);
                }
            }
        }
        return best;
    }

    private static AnnotationDraft.ClaimAnnotation normalised(AnnotationDraft.ClaimAnnotation c) {
        TextQuote q = c.quote();
        TextQuote n = new TextQuote(org.claimbench.domain.TextNormaliser.quote(q.exact()), org.claimbench.domain.TextNormaliser.normalise(q.prefix()),
                org.claimbench.domain.TextNormaliser.normalise(q.suffix()));
        return new AnnotationDraft.ClaimAnnotation(c.key(), c.target(), c.positionStart(), c.positionEnd(), n, c.source(), c.speaker(), c.note(),
                c.assessment());
    }

    /** Whether the annotation's position selector (code points) points at this span of the text. */
    private static boolean matchesPosition(AnnotationDraft.ClaimAnnotation c, String text, TextSpan span) {
        if (c.positionStart() < 0 || c.positionEnd() < c.positionStart()) {
            return false;
        }
        int cps = text.codePointCount(0, text.length());
        if (c.positionEnd() > cps) {
            return false;
        }
        return text.offsetByCodePoints(0, c.positionStart()) == span.start() && text.offsetByCodePoints(0, c.positionEnd()) == span.end();
    }

    private static String key(long article, TextSpan span, long source) {
        return article + ":" + span.start() + ":" + span.end() + ":" + source;
    }
}
