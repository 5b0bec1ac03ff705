package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * A sentence with no finite verb is a fragment, not an assertion of the outlet (attribution round 35): a gerund phrase, an
 * infinitive phrase, an "according to" phrase standing alone; a sentence with a finite verb stays. Sentences written for
 * this test.
 */
class FragmentIsNoAssertionTest {

    /** The outlet's own assertions of the text, as their text. */
    private static List<String> assertions(String text) {
        List<AnalysedSentence> sentences = English.shared().analyse(text);
        return OutletAssertions.find(text, sentences, new AttributionFinder().find(text, sentences)).stream()
                .map(a -> text.substring(a.span().start(), a.span().end())).toList();
    }

    @Test
    void aGerundOrInfinitivePhraseStandingAloneIsNoAssertion() {
        String text = "The ferry fares rose by a tenth in March. Buying time to finish the new pier before winter. "
                + "To keep the old boats running for one more season.";
        assertEquals(List.of("The ferry fares rose by a tenth in March."), assertions(text));
    }

    @Test
    void anAccordingToPhraseStandingAloneIsNoAssertion() {
        String text = "The night ferry will stop in May. According to a senior harbour official.";
        assertEquals(List.of("The night ferry will stop in May."), assertions(text));
    }

    @Test
    void aSentenceWithAFiniteVerbStays() {
        String text = "The old pier was closed for repairs in April. The fishing boats stayed at the new quay to unload their catch.";
        assertEquals(List.of("The old pier was closed for repairs in April.", "The fishing boats stayed at the new quay to unload their catch."),
                assertions(text));
    }
}
