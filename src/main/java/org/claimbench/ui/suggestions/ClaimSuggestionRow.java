package org.claimbench.ui.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.speakers.SpeakerNames;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;

/**
 * A suggested claim as the list shows it; {@code speakerKind} says whether its speaker is a name the
 * speaker table may remember (read with the article's text, in the background).
 */
public record ClaimSuggestionRow(ClaimSuggestion suggestion, String quote, String article, long sourceId, String source, String colour,
                                 SpeakerNames.Kind speakerKind) {

    /** The grey of a suggestion whose speaker has no source yet. */
    static final String UNASSIGNED_COLOUR = "#888888";

    /** The workspace's sources by name (their ids) and by id (their colours), and the outlet's own (null: none), to make rows with. */
    record Sources(Map<String, Long> ids, Map<Long, String> colours, Source outlet) {
        static Sources of(List<Source> sources) {
            Map<String, Long> ids = new HashMap<>();
            Map<Long, String> colours = new HashMap<>();
            sources.forEach(x -> {
                colours.put(x.id(), x.colour());
                ids.put(x.name(), x.id());
            });
            return new Sources(ids, colours, Source.outletAmong(sources).orElse(null));
        }
    }

    /**
     * The speaker as the list and the detail show it. A pronoun or quantifier the engine could not resolve to someone named
     * before it ("it", "Both", "they") names no one, so it is not shown as a name: it stands in quotation marks, as the
     * article's word, with "unresolved" after it (attribution round 37). The outlet's claims show none, as the claim
     * accepted from them has none (see {@link #claimSpeaker}).
     */
    String speakerShown() {
        String s = claimSpeaker();
        return speakerKind == SpeakerNames.Kind.PRONOUN && !s.isBlank() ? "“" + s + "” (unresolved)" : s;
    }

    /**
     * The speaker the claim gets when this suggestion is accepted: a statement's speaker; none for the outlet's claims (its
     * own sentence, a narrated act, a headline), whose actor did something the outlet tells and made no claim: the reason
     * names them. The list showed the actor as the speaker while the claim accepted had none (a newcomer, stop 46).
     */
    String claimSpeaker() {
        return suggestion.outletsClaim() ? "" : suggestion.speaker();
    }

    /** The suggestions of one article as rows, its text read once for all of them. */
    static List<ClaimSuggestionRow> all(List<ClaimSuggestion> suggestions, String text, String title, Sources sources) {
        SpeakerNames.Text article = SpeakerNames.Text.of(text);
        return suggestions.stream().map(x -> of(x, article, title, sources)).toList();
    }

    /**
     * A suggestion of an article (its text, read once for all its suggestions, and its title) with its source's id and
     * colour (grey if its speaker has no source yet).
     */
    static ClaimSuggestionRow of(ClaimSuggestion x, SpeakerNames.Text article, String title, Sources sources) {
        String text = article.string();
        // The outlet's claims (its own, a narrated act, a headline: the engine names them "Press") go to the outlet's source by
        // the name it has now.
        boolean outlet = x.outletsClaim() && sources.outlet() != null;
        long source = outlet ? sources.outlet().id() : x.source().map(n -> sources.ids().getOrDefault(n, 0L)).orElse(0L);
        return new ClaimSuggestionRow(x, text.substring(x.span().start(), x.span().end()).replace('\n', ' '), title, source,
                outlet ? sources.outlet().name() : x.sourceName(),
                sources.colours().getOrDefault(source, UNASSIGNED_COLOUR),
                SpeakerNames.kind(x.speaker(), article, x.sourceSpan().map(TextSpan::start).orElse(x.span().start())));
    }

    /** The speaker as the list and its detail name them ("" where the claim has none of its own: a narrated act, a headline). */
    public String who() {
        return claimSpeaker().isEmpty() ? "" : speakerShown();
    }

    /**
     * Of the rows, the one of article {@code articleId} whose span holds {@code offset} (UTF-16 units into the article's
     * text, start inclusive, end exclusive), the shortest where spans nest: the suggested claim a click there falls on.
     */
    public static java.util.Optional<ClaimSuggestionRow> at(List<ClaimSuggestionRow> rows, long articleId, int offset) {
        ClaimSuggestionRow best = null;
        for (ClaimSuggestionRow r : rows) {
            TextSpan s = r.suggestion().span();
            if (r.suggestion().articleId() == articleId && s.contains(offset)
                    && (best == null || s.length() < best.suggestion().span().length())) {
                best = r;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Of the rows, the someone's-statement suggestion overlapping span most, by the evaluation's matching; see SuggestionsViewModel.statementAt. */
    static java.util.Optional<ClaimSuggestion> statementAt(List<ClaimSuggestionRow> rows, org.claimbench.domain.TextSpan span) {
        ClaimSuggestion best = null;
        int bestOverlap = 0;
        for (ClaimSuggestionRow r : rows) {
            int overlap = org.claimbench.analysis.SpanMatching.matchingOverlap(r.suggestion().span(), span);
            if (!r.suggestion().outletsClaim() && overlap > bestOverlap) {
                best = r.suggestion();
                bestOverlap = overlap;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * The rows of each article with their speakers mapped to sources again by the workspace's speaker table now, without
     * reading the articles again (by article id; a background task's work: a workspace may hold thousands).
     */
    static java.util.Map<Long, List<ClaimSuggestionRow>> remapped(org.claimbench.workspace.Workspace w, java.util.Map<Long, List<ClaimSuggestionRow>> current) {
        org.claimbench.analysis.ClaimSuggester suggester = new org.claimbench.analysis.ClaimSuggester(org.claimbench.analysis.speakers.SpeakerTable.of(w));
        Sources sources = Sources.of(w.sources());
        java.util.Map<Long, List<ClaimSuggestionRow>> out = new java.util.HashMap<>();
        for (java.util.Map.Entry<Long, List<ClaimSuggestionRow>> e : current.entrySet()) {
            String text = w.text(e.getKey());
            SpeakerNames.Text read = SpeakerNames.Text.of(text);
            List<ClaimSuggestionRow> rows = new java.util.ArrayList<>(e.getValue().size());
            for (ClaimSuggestionRow r : e.getValue()) {
                rows.add(of(suggester.mapped(r.suggestion(), text), read, r.article(), sources));
            }
            out.put(e.getKey(), rows);
        }
        return out;
    }
}
