package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: a time is never the speaker. A time after the cue is no inverted subject ("said Tuesday."), an
 * adverb before a time between the subject and its verb belongs to the time ("just this month announced"), and a party
 * and state set off by commas after a name ("Ana Ruiz, D-Isl., said") belong to the name. Sentences written for this
 * test, each with the case to leave alone.
 */
class TimeIsNoSpeakerTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aNameWithItsPartyAndStateBetweenCommasSpeaksAndTheTimeAfterTheCueDoesNot() {
        // Before: "Tuesday" spoke.
        assertEquals(List.of("Ana Ruiz | said | The toll will be lifted soon"),
                read("\"The toll will be lifted soon,\" Ana Ruiz, D-Isl., said Tuesday."));
        // A name after the cue still inverts with it.
        assertEquals(List.of("Ana Ruiz | said | The toll will be lifted soon"), read("\"The toll will be lifted soon,\" said Ana Ruiz."));
    }

    @Test
    void anAdverbBeforeATimeBetweenTheSubjectAndItsVerbIsPartOfTheTime() {
        // Before: "month" spoke.
        assertEquals(List.of("Skyline Ferries | announced | it would drop the winter fares"),
                read("Skyline Ferries just this month announced it would drop the winter fares."));
        // An adverb with no time after it is left where it is.
        assertEquals(List.of("Skyline Ferries | announced | it would drop the winter fares"),
                read("Skyline Ferries quietly announced it would drop the winter fares."));
    }
}
