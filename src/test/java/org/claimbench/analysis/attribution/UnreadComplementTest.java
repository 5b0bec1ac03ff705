package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 16: "say" always has what was said after it (its object is not left out; Quirk et al. 1985, ch. 16), so
 * when the rules read no clause there the rest of the sentence is the report. Sentences written for this test, each rule
 * with the cases to leave alone.
 */
class UnreadComplementTest {

    @Test
    void aClauseTheTaggerMisreadsOrOneOpenedByASubordinateClauseIsWhatWasSaid() {
        // Before: no attribution in any of the three (the outlet's own sentences).
        assertEquals(List.of("wardens | said | just because the gate was open did not mean anyone had entered"),
                AttributionText.read("The wardens said just because the gate was open did not mean anyone had entered."));
        assertEquals(List.of("Berg | said | because the pier is old, the council must replace it this year"),
                AttributionText.read("Berg said because the pier is old, the council must replace it this year."));
        assertEquals(List.of("pilots | say | keeping the channel open matters more than the new lights"),
                AttributionText.read("The pilots say keeping the channel open matters more than the new lights."));
    }

    @Test
    void aClauseWhoseVerbTheTaggerReadAsANounIsWhatWasSaid() {
        // The tagger reads "favours" as a plural noun: the rest has no verb in its reading, and was not taken before.
        assertEquals(List.of("Many fishermen | say | the council's new quota favours large trawlers over small boats"),
                AttributionText.read("Many fishermen say the council's new quota favours large trawlers over small boats."));
    }

    @Test
    void anAdverbialAloneACoordinatedVerbAPhraseAfterAPrepositionOrARelativeGapIsNoReport() {
        assertEquals(List.of(), AttributionText.read("Ruiz said after the clerk failed to appear at the hearing."));
        assertEquals(List.of(), AttributionText.read("Ruiz said as much in an interview on Monday morning."));
        assertEquals(List.of(), AttributionText.read("The tenants said and did the same things as the landlord."));
        assertEquals(List.of(), AttributionText.read("Berg said goodbye to the crew and to the island."));
        assertEquals(List.of(), AttributionText.read("Everything the clerk says is checked twice by the board."));
    }
}
