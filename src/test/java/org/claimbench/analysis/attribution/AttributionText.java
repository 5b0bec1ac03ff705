package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;

/**
 * The attributions the standard finder gives a text, each written "speaker | cue | content" ({@link #read}) or "cue | reading"
 * ({@link #readings}, by {@link NarratedActs}), for the tests' assertions.
 */
final class AttributionText {

    private static final AttributionFinder FINDER = new AttributionFinder();

    private AttributionText() {
    }

    static List<String> read(String text) {
        return FINDER.find(text).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }

    /** The attributions whose cue is {@code cue}, written as {@link #read} writes them. */
    static List<String> byCue(String text, String cue) {
        return read(text).stream().filter(a -> a.contains(" | " + cue + " | ")).toList();
    }

    /** The attributions with the cue, each written "speaker | cue" (what a rule of the source decides; the content is other rules'). */
    static List<String> speakerAndCue(String text, String cue) {
        return byCue(text, cue).stream().map(a -> a.substring(0, a.indexOf(" | ", a.indexOf(" | ") + 3))).toList();
    }

    /** The outlet's own assertions of the text ({@link OutletAssertions}), as their text. */
    static List<String> outletAssertions(String text) {
        List<AnalysedSentence> sentences = English.shared().analyse(text);
        return OutletAssertions.find(text, sentences, FINDER.find(text, sentences)).stream()
                .map(a -> text.substring(a.span().start(), a.span().end())).toList();
    }

    static List<String> readings(String text) {
        List<AnalysedSentence> sentences = English.shared().analyse(text);
        return FINDER.find(text, sentences).stream().map(a -> text.substring(a.cue().start(), a.cue().end()) + " | "
                + NarratedActs.standard().of(text, sentences, a)).toList();
    }
}
