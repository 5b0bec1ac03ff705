package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 50: a speaker's name with a middle initial is the whole name ({@link MiddleInitials}): the tokenizer cuts the
 * initial's full stop off, which ended the source phrase at the initial ("Harold T") or left the surname alone ("Fjeld").
 * "Plan B." and a Roman numeral are no initials. Names and sentences written for this test.
 */
class MiddleInitialSpeakerTest {

    @Test
    void aNameWithAMiddleInitialIsTheWholeSpeaker() {
        // Before: "Harold T | According to | Brenning, the pier was a mistake" and "Fjeld | said | …".
        assertEquals(List.of("Harold T. Brenning | According to | the pier was a mistake"),
                AttributionText.read("According to Harold T. Brenning, the pier was a mistake."));
        assertEquals(List.of("Tomas R. Fjeld | said | the pier was safe"), AttributionText.read("Tomas R. Fjeld said the pier was safe."));
    }

    @Test
    void aSingleCapitalThatIsNoInitialStaysAsItWas() {
        assertEquals(List.of("mayor | said | the council had no Plan B"), AttributionText.read("The mayor said the council had no Plan B."));
    }
}
