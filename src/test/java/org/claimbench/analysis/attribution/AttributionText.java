package org.claimbench.analysis.attribution;

import java.util.List;

/** The attributions the standard finder gives a text, each written "speaker | cue | content", for the tests' assertions. */
final class AttributionText {

    private static final AttributionFinder FINDER = new AttributionFinder();

    private AttributionText() {
    }

    static List<String> read(String text) {
        return FINDER.find(text).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }
}
