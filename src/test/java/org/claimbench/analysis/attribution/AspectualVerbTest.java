package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 28: a verb of beginning or continuing before the verb it marks reports nothing ({@link AspectualVerbs});
 * the verb after it is the predicate, and the cue when it is one. Sentences written for this test.
 */
class AspectualVerbTest {

    @Test
    void continuingToDoSomethingIsNoClaim() {
        assertEquals(List.of(), AttributionText.read("The ferry company continues to lose money on the winter crossings."));
        assertEquals(List.of(), AttributionText.read("Ortega’s lead over Berg continued to grow after the debate in the harbour town."));
        assertEquals(List.of(), AttributionText.read("The pilots continued repairing the old pier through the night."));
    }

    @Test
    void aCueAfterTheAspectualVerbIsTheSubjects() {
        assertEquals(List.of("harbour board | insist | the ferry would keep running"),
                AttributionText.read("The harbour board continues to insist that the ferry would keep running."));
    }

    @Test
    void continuedAsAVerbOfSpeakingStaysACue() {
        assertEquals(List.of("Ortega | continued | The pier will not reopen before the spring"),
                AttributionText.read("“The pier will not reopen before the spring,” Ortega continued."));
    }
}
