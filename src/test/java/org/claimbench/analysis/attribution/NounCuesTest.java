package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Noun cues ("X’s claim that …") on sentences written for this test. */
class NounCuesTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aNounCueAfterAPossessiveGivesItsThatClauseToThePossessor() {
        String text = "Their claim that the ferry lost money last winter is hard to square with the accounts.";
        List<Attribution> found = new AttributionFinder().find(text);
        assertEquals(1, found.size());
        assertEquals("claim", text.substring(found.get(0).cue().start(), found.get(0).cue().end()));
        assertEquals("Their", text.substring(found.get(0).source().orElseThrow().start(), found.get(0).source().orElseThrow().end()));
        assertEquals("the ferry lost money last winter",
                text.substring(found.get(0).content().start(), found.get(0).content().end()));
    }

    @Test
    void theThatClauseEndsBeforeTheSentencesOwnVerb() {
        assertEquals(List.of("Moreau | hope | the depot will reopen"), read("Moreau’s hope that the depot will reopen is the reason she stayed on the board."));
    }

    @Test
    void aNounThatIsNoCueOrHasNoOwnerGivesNoAttribution() {
        assertEquals(List.of(), read("Berg’s car that she bought last year is red and quite fast."));
        assertEquals(List.of(), read("The rumour that the depot will close spread fast."));
        assertEquals(List.of(), read("The claim that the depot will close spread fast."));
    }
}
