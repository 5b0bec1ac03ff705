package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 51: an appositive set off after the name that "according to" takes describes the source ({@link AccordingToAppositives}):
 * it is part of the source span and of no content, before or after. Sentences written for this test.
 */
class AccordingToAppositiveTest {

    /** The attributions, each "speaker | source span | content". */
    private static List<String> read(String text) {
        return new AttributionFinder().find(text).stream().map(a -> a.speaker() + " | "
                + a.source().map(s -> text.substring(s.start(), s.end())).orElse("") + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }

    @Test
    void anAppositiveAfterAnOpeningAccordingToIsTheSources() {
        // Before: the content was "a senior envoy of the harbour board, the night ferry will stop in May".
        assertEquals(List.of("Ana Ruiz | Ana Ruiz, a senior envoy of the harbour board | the night ferry will stop in May"),
                read("According to Ana Ruiz, a senior envoy of the harbour board, the night ferry will stop in May."));
    }

    @Test
    void anAppositiveAfterAClosingAccordingToIsTheSources() {
        // Before: the content ran over the whole sentence, "according to" and the appositive included.
        assertEquals(List.of("Tomas Berg | Tomas Berg, an analyst at the Fjord Shipping Trust | Freight on the coast fell by a third last winter"),
                read("Freight on the coast fell by a third last winter, according to Tomas Berg, an analyst at the Fjord Shipping Trust."));
        assertEquals(List.of("Lina Holm | Lina Holm, a pilot who has sailed the route for years | The channel is too shallow for the new ships"),
                read("The channel is too shallow for the new ships, according to Lina Holm, a pilot who has sailed the route for years."));
    }

    @Test
    void aClauseOrATimeAfterTheNameIsNoAppositive() {
        assertEquals(List.of("Ana Ruiz | Ana Ruiz | the harbour board will meet in May"),
                read("According to Ana Ruiz, the harbour board will meet in May."));
        assertEquals(List.of("Ana Ruiz | Ana Ruiz | last week, the harbour board met twice"),
                read("According to Ana Ruiz, last week, the harbour board met twice."));
        assertEquals(List.of("Tomas Berg | Tomas Berg | The ferry, according to Tomas Berg, the oldest on the coast, will be sold"),
                read("The ferry, according to Tomas Berg, the oldest on the coast, will be sold."));
    }
}
