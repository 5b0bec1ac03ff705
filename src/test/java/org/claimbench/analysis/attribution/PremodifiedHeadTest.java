package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 52, round attr53: a cue verb's plural the tagger read as a verb between an adjective and the clause's verb is the
 * head of a noun phrase ({@link PremodifiedHeads}), so the adjective is no speaker; a cue verb after a subject and before its
 * complement stays a verb. Sentences written for this test; the tagger reads "claims" in the first as a verb as it stands.
 */
class PremodifiedHeadTest {

    @Test
    void aPluralNounAfterAnAdjectiveAndBeforeTheVerbIsNoCue() {
        assertEquals(List.of("Clerks | said | jobless claims fell in Dunmore", "economists | warned | of a slowdown"),
                AttributionText.read("Clerks said jobless claims fell in Dunmore, and economists warned of a slowdown."));
    }

    @Test
    void theCueVerbBeforeItsComplementStaysAVerb() {
        assertEquals(List.of("Ferrow | claims | the ferry fares fell in Dunmore"),
                AttributionText.byCue("Ferrow claims the ferry fares fell in Dunmore.", "claims"));
    }
}
