package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a cue in a to-infinitive after the object of a verb of compelling, urging, ordering, allowing or
 * wanting (VerbNet 3.4 compel-59.1, urge-58.1, order-58.3, want-32.1 and their kin) has that object as its understood
 * subject, who speaks (object control; Quirk et al. 1985, 16.63). After the object of another verb the infinitive says
 * what for, and the object does not speak. Sentences written for this test.
 */
class ObjectControlSourceTest {

    @Test
    void theObjectOfAVerbOfCompellingSpeaksInTheInfinitiveAfterIt() {
        // Before: no attribution (an infinitive's cue had no source).
        assertEquals(List.of("Berg | admit | no clerks had been held accountable"),
                AttributionText.read("The senator forced Berg to admit that no clerks had been held accountable."));
        assertEquals(List.of("wardens | say | the pier was unsafe"),
                AttributionText.read("The ruling led the wardens to say that the pier was unsafe."));
    }

    @Test
    void aRelativeClauseAfterTheObjectAndAnOfPhraseInsideItArePassedOver() {
        assertEquals(List.of("Berg | admit | no clerks had been held accountable"),
                AttributionText.read("The senator also forced Berg, who was under questioning from the committee, to admit that no clerks had "
                        + "been held accountable."));
        assertEquals(List.of("hundreds of the island's tenants | complain | the rent was too high"),
                AttributionText.read("The verdict led hundreds of the island's tenants to complain that the rent was too high."));
    }

    @Test
    void theObjectOfAnotherVerbIsNoSubjectOfAnInfinitiveOfPurpose() {
        List<String> read = AttributionText.read("Berg wrote a letter to argue that the pier was unsafe.");
        assertTrue(read.stream().noneMatch(a -> a.startsWith("letter")), read.toString());
    }
}
