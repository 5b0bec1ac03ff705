package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a title whose adjective follows its noun ("attorney general", "surgeon general"; a postpositive
 * adjective in an institutionalised expression, Quirk et al. 1985, 7.21), which WordNet 3.1 holds as one noun, heads the
 * subject; the tagger's adjective had left the subject with no noun and the cue with no source. An adjective phrase after a
 * noun that is no such title still postmodifies it. Sentences written for this test.
 */
class CompoundTitleSourceTest {

    @Test
    void aTitleWithAPostpositiveAdjectiveHeadsTheSubject() {
        // Before: no attribution.
        assertEquals(List.of("attorney general | said | the foundation is not registered"),
                AttributionText.read("The attorney general said that the foundation is not registered."));
        assertEquals(List.of("state attorney general | confirming | the foundation is not registered in the state"),
                AttributionText.read("The state attorney general is confirming that the foundation is not registered in the state."));
        assertEquals(List.of("surgeon general | warned | the water is unsafe to drink"),
                AttributionText.read("The surgeon general warned that the water is unsafe to drink."));
    }

    @Test
    void anAdjectivePhraseAfterANounThatIsNoTitleStillPostmodifiesIt() {
        assertEquals(List.of("Tenants | said | they would leave the island"),
                AttributionText.read("Tenants unhappy with the rent said that they would leave the island."));
    }

    @Test
    void aTitleTheTaggerReadAsANameAndAnAdjectiveHeadsAnAppositive() {
        // Round 30: "attorney/PROPN general/ADJ" after a capitalised adjective. Before: "Utah | said | …" (the phrase had
        // no noun to end on, and the subject before the two appositions was not reached).
        assertEquals(List.of("Tom Berg | said | the levy was unlawful"),
                AttributionText.read("Tom Berg, the Republican attorney general of Utah, one of the states suing the board, said the levy was unlawful."));
    }
}
