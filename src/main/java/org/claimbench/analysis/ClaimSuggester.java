package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.attribution.Attribution;
import org.claimbench.analysis.attribution.AttributionFinder;
import org.claimbench.analysis.attribution.DeniedContents;
import org.claimbench.analysis.attribution.NarratedActs;
import org.claimbench.analysis.attribution.OutletAssertions;
import org.claimbench.analysis.attribution.UnassertedContents;
import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.TextSpan;

/**
 * The claims an article likely holds: every attribution (analysis.attribution: source, cue and
 * content on OpenNLP's language components) as a claim of its speaker, mapped to a source by the
 * speaker table (analysis.speakers; a speaker it does not know stays unassigned); an attribution that
 * narrates what someone did or thinks, or a headline's ({@link NarratedActs}), as the Press's claim with
 * its actor kept; and the outlet's own assertions (sentences no one else is said to have made) as claims
 * of the Press. Thread-safe.
 */
public final class ClaimSuggester {

    private final SpeakerTable speakers;
    private final English english = English.shared();
    private final AttributionFinder finder = new AttributionFinder();
    private final NarratedActs acts = NarratedActs.standard();

    public ClaimSuggester(SpeakerTable speakers) {
        this.speakers = speakers;
    }

    /**
     * The claims of one article, in text order: every suggestion of {@link #attributions(long, String)} but a statement whose
     * content its source does not assert, a question, a request or a wish ({@link UnassertedContents}: "Berg asked whether …",
     * "asked the council to …", "Berg hopes the pier reopens").
     */
    public List<ClaimSuggestion> suggest(long articleId, String text) {
        return suggestions(articleId, text, true);
    }

    /**
     * One suggestion per attribution and per outlet's assertion of one article, in text order, questions and requests
     * included: what PARC 3.0 and PolNeAR annotate, and what {@code eval attribution} compares.
     */
    public List<ClaimSuggestion> attributions(long articleId, String text) {
        return suggestions(articleId, text, false);
    }

    private List<ClaimSuggestion> suggestions(long articleId, String text, boolean claimsOnly) {
        List<AnalysedSentence> sentences = english.analyse(text);
        List<Attribution> attributions = finder.find(text, sentences);
        List<ClaimSuggestion> out = new ArrayList<>();
        for (Attribution a : attributions) {
            String reading = a.reason() + " (" + a.kind().label() + ")";
            NarratedActs.Reading r = acts.of(text, sentences, a);
            ClaimSuggestion.Kind kind = switch (r) {
                case SPEECH -> ClaimSuggestion.Kind.STATEMENT;
                case HEADLINE -> ClaimSuggestion.Kind.HEADLINE;
                case ACT, MENTAL_STATE -> ClaimSuggestion.Kind.NARRATED;
            };
            if (claimsOnly && kind == ClaimSuggestion.Kind.STATEMENT && UnassertedContents.unasserted(a)) {
                continue;
            }
            Optional<String> source = kind == ClaimSuggestion.Kind.STATEMENT ? Optional.empty() : Optional.of(ClaimSuggestion.PRESS);
            TextSpan span = kind == ClaimSuggestion.Kind.STATEMENT ? DeniedContents.statementSpan(text, a, sentences) : DeniedContents.claimSpan(a, sentences, true);
            if (span == null) {
                // A verb or noun phrase reported under a modal: no act to claim (DeniedContents.statementSpan).
                continue;
            }
            out.add(mapped(new ClaimSuggestion(articleId, span, a.source(), a.speaker(), a.speaker(), source, kind,
                    outletsReason(r, a.speaker(), text.substring(a.cue().start(), a.cue().end()), reading), reading,
                    a.source().isPresent() ? 0.8 : 0.6, a.content()), text));
        }
        for (OutletAssertions.Assertion s : OutletAssertions.find(text, sentences, attributions)) {
            out.add(new ClaimSuggestion(articleId, s.span(), Optional.empty(), ClaimSuggestion.OUTLET, ClaimSuggestion.OUTLET,
                    Optional.of(ClaimSuggestion.PRESS), ClaimSuggestion.Kind.OUTLET, s.reason(), s.reason(), 0.4));
        }
        out.sort(Comparator.comparingInt((ClaimSuggestion c) -> c.span().start()).thenComparingInt(c -> c.span().end()));
        return out;
    }

    /** The reason of an attribution the outlet asserts, in one sentence; {@code reading} for a statement. */
    private static String outletsReason(NarratedActs.Reading r, String actor, String cue, String reading) {
        return switch (r) {
            case SPEECH -> reading;
            case ACT -> "The outlet's account of what " + actor + " did (“" + cue + "”): the claim is the outlet's.";
            case MENTAL_STATE -> "The outlet's account of what " + actor + " thinks, knows or wants (“" + cue + "”): the claim is the outlet's.";
            case HEADLINE -> "The headline's account of " + actor + " (“" + cue + "”): the claim is the outlet's.";
        };
    }

    /**
     * A suggestion with the speaker the speaker table gives its speaker now: a statement takes the speaker's source too; the
     * outlet's claims (its own, a narrated act, a headline) stay the Press's, whatever the table says of their actor.
     */
    public ClaimSuggestion mapped(ClaimSuggestion s, String text) {
        if (s.byOutlet()) {
            return s;
        }
        String base = s.reading().contains("; ") ? s.reading().substring(0, s.reading().lastIndexOf("; ")) : s.reading();
        return speakers.match(s.namedAs(), text)
                .map(m -> s.withSpeaker(m.entry().speaker(), Optional.of(m.entry().source()), base + "; " + m.entry().speaker() + " speaks for "
                        + m.entry().source() + (m.how().equals("exact") ? "" : " (" + m.how() + ")")))
                .orElseGet(() -> s.withSpeaker(s.namedAs(), Optional.empty(), base + "; " + s.namedAs() + " is not in the speaker table yet"));
    }
}
