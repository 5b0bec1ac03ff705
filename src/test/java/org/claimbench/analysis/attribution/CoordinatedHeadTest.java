package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 54, round attr54b: a cue verb's plural the tagger (or {@link VerbTags}) read as a verb inside a coordinated list of noun
 * phrases is the last conjunct's head ({@link CoordinatedHeads}), so the bare noun before it is no speaker; a cue verb after a
 * subject and before its complement stays a verb, also in a clause coordinated after a plural noun. Sentences and names written
 * for this test; the tagger reads "guarantees" in the first three as a verb as they stand.
 */
class CoordinatedHeadTest {

    @Test
    void aPluralNounEndingAListBeforeAParticipleIsNoCue() {
        assertEquals(List.of(), AttributionText.read("The aid consists of cash, grants and loan guarantees totaling 80 million crowns."));
        assertEquals(List.of(), AttributionText.read("The package combines grants, loans and loan guarantees totaling $300 million for the Harlow shipyard."));
    }

    @Test
    void aPluralNounEndingAListBeforeAMeasureIsNoCue() {
        assertEquals(List.of("Velmora | offers | a mix of bonds and loan guarantees worth 4 billion crowns"),
                AttributionText.read("Under the pact, Velmora offers a mix of bonds and loan guarantees worth 4 billion crowns."));
    }

    @Test
    void aPluralNounInTheMiddleOfAListIsNoCue() {
        String text = "The port board has said that most of the money will reach the towns, calling it a blend of shares, credit"
                + " guarantees, and grants for new ferries.";
        assertEquals(List.of("port board | said"), AttributionText.speakerAndCue(text, "said"));
        assertEquals(List.of(), AttributionText.byCue(text, "guarantees"));
    }

    @Test
    void theCueVerbBeforeItsComplementStaysAVerb() {
        assertEquals(List.of("minister | guarantees | the plant will stay open"),
                AttributionText.read("The minister guarantees that the plant will stay open."));
        assertEquals(List.of("Officials | say | the grain deal will hold"), AttributionText.read("Officials say the grain deal will hold."));
        assertEquals(List.of("Ana Ruiz | guarantees"), AttributionText.speakerAndCue("Ana Ruiz guarantees loans to farmers in the north.", "guarantees"));
    }

    @Test
    void aCoordinatedOrSetOffReportingClauseKeepsItsCue() {
        // Both fail when the word after the cue (first) or the clause after the conjunction (second) is not looked at.
        assertEquals(List.of("staff | claims | the mill will close"),
                AttributionText.read("Rents rose for three months and staff claims the mill will close."));
        assertEquals(List.of("staff | says | The mill will cut two shifts"),
                AttributionText.read("The mill will cut two shifts, staff says, and the town will suffer."));
    }
}
