package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.attribution.Attribution;
import org.claimbench.analysis.attribution.AttributionFinder;
import org.claimbench.analysis.attribution.DeniedContents;
import org.claimbench.analysis.attribution.OutletAssertions;
import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.speakers.SpeakerTable;

/**
 * The claims an article likely holds: every attribution (analysis.attribution: source, cue and
 * content on OpenNLP's language components) as a claim of its speaker, mapped to a source by the
 * speaker table (analysis.speakers; a speaker it does not know stays unassigned), and the outlet's
 * own assertions (sentences no one else is said to have made) as claims of the Press. Thread-safe.
 */
public final class ClaimSuggester {

    private final SpeakerTable speakers;
    private final English english = English.shared();
    private final AttributionFinder finder = new AttributionFinder();

    public ClaimSuggester(SpeakerTable speakers) {
        this.speakers = speakers;
    }

    /** The suggestions of one article, in text order. */
    public List<ClaimSuggestion> suggest(long articleId, String text) {
        List<AnalysedSentence> sentences = english.analyse(text);
        List<Attribution> attributions = finder.find(text, sentences);
        List<ClaimSuggestion> out = new ArrayList<>();
        for (Attribution a : attributions) {
            out.add(mapped(new ClaimSuggestion(articleId, DeniedContents.claimSpan(a, sentences), a.source(), a.speaker(), a.speaker(), Optional.empty(), false,
                    a.reason() + " (" + a.kind().label() + ")", a.source().isPresent() ? 0.8 : 0.6), text));
        }
        for (OutletAssertions.Assertion s : OutletAssertions.find(text, sentences, attributions)) {
            out.add(new ClaimSuggestion(articleId, s.span(), Optional.empty(), ClaimSuggestion.OUTLET, ClaimSuggestion.OUTLET,
                    Optional.of(ClaimSuggestion.PRESS), true, s.reason(), 0.4));
        }
        out.sort(Comparator.comparingInt((ClaimSuggestion c) -> c.span().start()).thenComparingInt(c -> c.span().end()));
        return out;
    }

    /** A suggestion with the source the speaker table gives its speaker now (the outlet's own stay the Press's). */
    public ClaimSuggestion mapped(ClaimSuggestion s, String text) {
        if (s.byOutlet()) {
            return s;
        }
        String base = s.reason().contains("; ") ? s.reason().substring(0, s.reason().lastIndexOf("; ")) : s.reason();
        return speakers.match(s.namedAs(), text)
                .map(m -> s.withSpeaker(m.entry().speaker(), Optional.of(m.entry().source()), base + "; " + m.entry().speaker() + " speaks for "
                        + m.entry().source() + (m.how().equals("exact") ? "" : " (" + m.how() + ")")))
                .orElseGet(() -> s.withSpeaker(s.namedAs(), Optional.empty(), base + "; " + s.namedAs() + " is not in the speaker table yet"));
    }
}
