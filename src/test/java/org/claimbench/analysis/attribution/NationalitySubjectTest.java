package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 52: a nationality word used as a noun ("the Belgian", "a Canadian") is the subject of the cue verb after it, which the
 * UD English tagger reads as a noun ("insists/NOUN") or an adjective ("insisted/ADJ") ({@link NationalitySubjects}); a noun
 * with a relative clause after it ("claims that were …") stays a noun. Sentences written for this test; the tagger misreads
 * each of the positive ones as it stands.
 */
class NationalitySubjectTest {

    @Test
    void aNationalityNounBeforeAVerbInSIsTheSpeaker() {
        assertEquals(List.of("Belgian | insists | the harbour treaty is dead"),
                AttributionText.read("The Belgian insists that the harbour treaty is dead."));
        assertEquals(List.of("Canadian | predicts | bus fares will fall by spring"),
                AttributionText.read("The Canadian predicts that bus fares will fall by spring."));
    }

    @Test
    void aNationalityNounBeforeAVerbInEdIsTheSpeaker() {
        assertEquals(List.of("Russian | insisted | the canal would stay closed"),
                AttributionText.read("The Russian insisted that the canal would stay closed."));
    }

    @Test
    void aNounWithARelativeClauseAfterItGivesNoReport() {
        assertEquals(List.of(), AttributionText.read("The American claims that were filed last winter proved false."));
    }
}
