package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 15: which phrase set off by commas before a reporting participle is its subject. A larger place
 * or a firm's suffix set off after a name ("in Lund, Sweden,") is that name's appositive, so the participle hangs on
 * the clause's subject; a name with its party and state ("Ana Ruiz, R-N.M.,", dotted state abbreviations included) set
 * off after "and" is the participle's subject. Sentences written for this test, each with the case to leave alone.
 */
class SetOffPhraseSourceTest {

    @Test
    void aPlaceSetOffAfterAPlaceNameIsNoSubjectOfTheParticiple() {
        // Before: "Sweden" argued.
        assertEquals(List.of("Tomas Berg | arguing | the dikes must be raised before winter"),
                AttributionText.read("Tomas Berg spoke on Tuesday about the flooding in Lund, Sweden, arguing that the dikes must be raised before winter."));
        // A phrase set off on its own after a common noun still is the participle's subject.
        assertEquals(List.of("harbour master | grumbling | the fees were too high"),
                AttributionText.read("The pilots left early, or the harbour master, grumbling that the fees were too high."));
    }

    @Test
    void aNameWithADottedStateAbbreviationSetOffAfterAndIsTheParticiplesSubject() {
        // Before: "Ana Ruiz, R-N.M." was no party and state, and its state abbreviation spoke.
        assertEquals(List.of("Ana Ruiz | saying | they think it should be halved"),
                AttributionText.read("The council stood firm despite a few early backers of the levy, such as Per Holm, D-Ore., and Ana Ruiz, R-N.M., "
                        + "now saying they think it should be halved."));
        // The undotted abbreviation reads as before.
        assertEquals(List.of("Ana Ruiz | saying | they think it should be halved"),
                AttributionText.read("The council stood firm despite a few early backers of the levy, such as Per Holm, D-Ore., and Ana Ruiz, R-Ore., "
                        + "now saying they think it should be halved."));
    }
}
