package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 29: a source phrase that is no noun phrase, or one headed by a time, names no one ({@link
 * SourceHeads#canSpeak}): a day or a month, a noun WordNet files under noun.time, an auxiliary or a verb the tagger read as
 * a noun. Such a word ending a longer phrase leaves the words before it to be judged. Sentences written for this test.
 */
class NoNounIsNoSourceTest {

    @Test
    void aDayIsNoSourceOfTheParticipleAfterIt() {
        // Before: "Sunday | seeking | to win over the pilots" and "Wednesday | urging | the council to close the pier".
        List<String> found = AttributionText.read("Ortega spent Sunday speaking at the old pier and seeking to win over the pilots.");
        assertTrue(found.stream().noneMatch(a -> a.startsWith("Sunday")), found.toString());
        found = AttributionText.read("Wednesday brought one more surprise: the harbour master, a man known for his silence, urging the council to close the pier.");
        assertTrue(found.stream().noneMatch(a -> a.startsWith("Wednesday")), found.toString());
    }

    @Test
    void anAuxiliaryReadAsANounIsNoSource() {
        // Before: "have | vowed | to fight it in court".
        List<String> found = AttributionText.read("The wardens dislike the levy, and have vowed to fight it in court.");
        assertTrue(found.stream().noneMatch(a -> a.startsWith("have")), found.toString());
    }

    @Test
    void aPhraseThatEndsInAVerbFormStillSpeaksThroughTheNounsBeforeIt() {
        // The tagger reads "have" as a noun here: the investigators still speak (the speaker's name keeps the word; a
        // separate matter, left as it was).
        List<String> found = AttributionText.read("Federal investigators have also discovered that the pier was never repaired.");
        assertTrue(found.stream().anyMatch(a -> a.startsWith("Federal investigators") && a.endsWith("| discovered | the pier was never repaired")),
                found.toString());
        assertEquals(List.of("pilots | said | the pier was unsafe"), AttributionText.read("The pilots said on Monday that the pier was unsafe."));
    }
}
