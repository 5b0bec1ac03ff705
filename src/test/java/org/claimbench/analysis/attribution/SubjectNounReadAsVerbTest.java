package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 18: a subject's head the tagger read as a verb right before the cue verb ("The Harbour poll also
 * suggests that …"). Sentences written for this test, with the cases to leave alone.
 */
class SubjectNounReadAsVerbTest {

    @Test
    void aNounReadAsAVerbBeforeAFiniteCueVerbHeadsTheSubject() {
        assertEquals(List.of("Harbour Weekly poll | suggests | most islanders want the old ferry back"),
                AttributionText.read("The Harbour Weekly poll also suggests that most islanders want the old ferry back."));
        assertEquals(List.of("Polls | show | Okafor is trailing Berg just ahead of the Tuesday vote"),
                AttributionText.read("Polls there show Okafor is trailing Berg just ahead of the Tuesday vote."));
    }

    @Test
    void aNounAndItsVerbReadTheOtherWayRoundClosingTheSentenceAreSwapped() {
        // "poll" read as a verb and "shows" as a plural noun.
        assertEquals(List.of("Harbour Weekly poll | shows | Battleground races in the north are all close"),
                AttributionText.read("Battleground races in the north are all close, a Harbour Weekly poll shows."));
    }

    @Test
    void aParticipleAfterItsNounOrAVerbAfterAPronounStaysAVerb() {
        // "polled" postmodifies "residents"; "helped" after "they" is the clause's own verb.
        assertTrue(AttributionText.read("The residents polled said the fares were too high.").stream()
                .noneMatch(a -> a.startsWith("polled")));
        List<String> read = AttributionText.read("They helped show that the pier was unsafe.");
        assertTrue(read.stream().noneMatch(a -> a.contains("helped |")), read.toString());
    }
}
