package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 39: a content that a cue inside a clause set off after the subject reports ends where that clause ends
 * ({@link ClauseEnds#setOffClauseEnd}); a second that-clause coordinated with the one that holds the cue is no part of the
 * cue's object ({@link ContentSpans}). Sentences written for this test.
 */
class ContentInsideAPostmodifierTest {

    @Test
    void aRelativeClauseSetOffAfterTheSubjectClosesTheContentOfItsCue() {
        // Before: "… in public, is not willing to lower the fees" ran on into the main clause's predicate. (Round 39 wrote this with
        // "who calls the ferry company a “partner”": since stop 50 a verb of naming in a relative clause in the present is no
        // cue, HabitualNamingTest.)
        assertEquals(List.of("harbour master | criticizes | the ferry company in public"),
                AttributionText.read("The harbour master, who criticizes the ferry company in public, is not willing to lower the fees."));
        // Before: "to close the pier for the winter, appears to be divided".
        assertEquals(List.of("council | threatens | to close the pier for the winter"),
                AttributionText.read("The council, which threatens to close the pier for the winter, appears to be divided."));
    }

    @Test
    void aCommaInsideTheReportedClauseOrAfterAVerbBeforeTheRelativeClosesNothing() {
        // A verb stands before the relative clause: it postmodifies no subject before its main verb.
        assertEquals(List.of("Ortega | said | the pier, which opened in 2009, needs new piles"),
                AttributionText.read("Ortega said the pier, which opened in 2009, needs new piles."));
        // The comma inside the content is followed by no verb.
        assertEquals(List.of("harbour master | warned | the ferry, the pier and the quay would close in May"),
                AttributionText.byCue("The harbour master, who warned the ferry, the pier and the quay would close in May, is leaving.", "warned"));
    }

    @Test
    void aThatClauseCoordinatedWithTheOneHoldingTheCueIsNoPartOfItsObject() {
        // Before: "she | knows | the pier will stay safe" too, a second content of "knows".
        assertEquals(List.of("she | knows | her own schedule"),
                AttributionText.read("The mayor is confident that she knows her own schedule and that the pier will stay safe."));
        // The same with an aside after the second "that" (which the tagger reads as a pronoun there).
        assertEquals(List.of("she | knows | her own schedule"),
                AttributionText.read("The mayor stayed calm, confident that she knows her own schedule and that, in this way, the pier will stay safe."));
        // A relative clause in the object does not make it a clause; set off by ", which", it is the writer's gloss on the
        // object and no part of the content (ObjectPhraseEnds, round attr55b; before it the content ran to "May").
        assertEquals(List.of("Ruiz | talked | about the old pier"), AttributionText.byCue(
                "Ruiz told reporters that she had only talked about the old pier, which the board sold in May, and that the fees were never raised.",
                "talked"));
        // "said that A and that B": two contents of one cue, as before; a bare clause and a that-clause, coordinated, too.
        assertEquals(List.of("Berg | thinks | the pier is safe", "Berg | thinks | the fees are fair"),
                AttributionText.read("Berg thinks the pier is safe and that the fees are fair."));
        assertEquals(List.of("Berg | said | the pier is safe", "Berg | said | the fees will fall"),
                AttributionText.read("Berg said that the pier is safe and that the fees will fall."));
    }
}
