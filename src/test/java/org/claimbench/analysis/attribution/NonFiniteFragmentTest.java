package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A phrase with only non-finite verbs that follows a sentence on its line is the writer's comment, no outlet assertion
 * ({@link OutletAssertions#nonFinite}); with a finite verb it stays (on a line of its own, a list's item, it stays too: {@link AccordingToAloneTest}). Sentences
 * written for this test.
 */
class NonFiniteFragmentTest {

    private static List<String> assertions(String text) {
        return AttributionText.outletAssertions(text);
    }

    @Test
    void anIngPhraseAfterASentenceOnItsLineIsNoAssertion() {
        String text = "The old pier was closed for repairs in April. Buying time to finish the new pier before the winter storms.";
        assertEquals(List.of("The old pier was closed for repairs in April."), assertions(text));
    }

    @Test
    void aToInfinitivePhraseAfterASentenceOnItsLineIsNoAssertion() {
        String text = "The council delayed the vote on the harbour fees again. To keep the ferry owners waiting until the summer.";
        assertEquals(List.of("The council delayed the vote on the harbour fees again."), assertions(text));
    }

    @Test
    void anOpeningParticipleClauseWithAFiniteVerbStays() {
        String text = "The old pier was closed for repairs in April. Facing the winter storms, the council hired a second crew.";
        assertEquals(List.of("The old pier was closed for repairs in April.", "Facing the winter storms, the council hired a second crew."),
                assertions(text));
    }

    @Test
    void anIngPhraseInAListRunInAfterAColonStays() {
        String text = "The mayor's record in office: Three new ferry routes. Cutting the harbour fees for small boats. Selling the old pier.";
        assertEquals(List.of("Cutting the harbour fees for small boats."), assertions(text).stream().filter(a -> a.startsWith("Cutting")).toList());
    }
}
