package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A middle initial's full stop ends no sentence (attribution round 41, {@link NameInitials}); sentences written for this test. */
class NameInitialsTest {

    private static List<String> sentences(String text) {
        return English.shared().sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aMiddleInitialBeforeASurnameKeepsTheSentenceWhole() {
        assertEquals(List.of("The main reason, according to Maria T. Okafor, another former harbour envoy, was a quarrel over the pier."),
                sentences("The main reason, according to Maria T. Okafor, another former harbour envoy, was a quarrel over the pier."));
        assertEquals(List.of("The plan, said John Q. Halvorsen, was never going to work."),
                sentences("The plan, said John Q. Halvorsen, was never going to work."));
    }

    @Test
    void aSingleLetterBeforeAClauseOpenerOrARomanNumeralStillEndsTheSentence() {
        assertEquals(List.of("The council had no Plan B.", "The harbour board met again on Monday."),
                sentences("The council had no Plan B. The harbour board met again on Monday."));
        assertEquals(List.of("The old pier was built after World War I.", "Berg restored it in 1990."),
                sentences("The old pier was built after World War I. Berg restored it in 1990."));
    }
}
