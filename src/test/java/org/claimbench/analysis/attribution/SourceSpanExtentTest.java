package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 46, attribution round 38: a noun phrase or relative clause set off after the source's name is part of the source
 * span (PolNeAR's and PARC 3.0's convention), the speaker's name still read from the name alone; an aside opened by an
 * adverb or a participle is not. Sentences written for this test.
 */
class SourceSpanExtentTest {

    private static final AttributionFinder FINDER = new AttributionFinder();

    /** Each attribution whose cue is {@code cue}, written "source span | speaker". */
    private static List<String> sources(String text, String cue) {
        return FINDER.find(text).stream().filter(a -> text.substring(a.cue().start(), a.cue().end()).equals(cue))
                .map(a -> a.source().map(s -> text.substring(s.start(), s.end())).orElse("") + " | " + a.speaker()).toList();
    }

    @Test
    void anAppositionOrRelativeClauseSetOffAfterTheNameBelongsToTheSourceSpan() {
        // Before: the span was the name alone.
        assertEquals(List.of("Tom Berg, the harbour master | Tom Berg"), sources("Tom Berg, the harbour master, said the pier was unsafe.", "said"));
        assertEquals(List.of("Ana Ruiz, 58, a pilot from Leeds | Ana Ruiz"),
                sources("Ana Ruiz, 58, a pilot from Leeds, told reporters that the pier was unsafe.", "told"));
        assertEquals(List.of("Ana Ruiz, who has sailed the route for years | Ana Ruiz"),
                sources("\"The pier is unsafe,\" said Ana Ruiz, who has sailed the route for years.", "said"));
    }

    @Test
    void anAsideOpenedByAnAdverbOrAParticipleIsNoPartOfIt() {
        assertEquals(List.of("Berg | Berg"), sources("Berg, however, said the pier was unsafe.", "said"));
        assertEquals(List.of("Berg | Berg"), sources("Berg, speaking on Monday, said the pier was unsafe.", "said"));
        assertEquals(List.of("Tom Berg | Tom Berg"), sources("Tom Berg said the pier was unsafe.", "said"));
    }
}
