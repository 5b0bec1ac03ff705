package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An "according to" phrase standing alone as a sentence attributes what came before and asserts nothing of the outlet's own
 * (attribution round 35); other fragments with a verb stay. Sentences written for this test.
 */
class AccordingToAloneTest {

    private static List<String> assertions(String text) {
        return AttributionText.outletAssertions(text);
    }

    @Test
    void anAccordingToPhraseStandingAloneIsNoAssertion() {
        String text = "The night ferry will stop in May. According to a senior harbour official.";
        assertEquals(List.of("The night ferry will stop in May."), assertions(text));
    }

    @Test
    void aGerundPhraseStandingAloneStays() {
        // On a line of its own, as a list's items stand; one after a sentence on its line is NonFiniteFragmentTest's.
        String gerund = "The old pier was closed for repairs in April.\nBuying time to finish the new pier before the winter storms.";
        assertEquals(List.of("The old pier was closed for repairs in April.", "Buying time to finish the new pier before the winter storms."),
                assertions(gerund), "a gerund phrase standing alone stays: PolNeAR annotates such list items as contents");
    }
}
