package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 55, round attr55b: a content that is the cue's object noun phrase ends at the comma that sets off a gloss on it, a
 * non-restrictive relative clause, an appositive or an adverbial clause ({@link ObjectPhraseEnds}). Sentences and names written
 * for this test.
 */
class ObjectPhraseEndTest {

    @Test
    void aRelativeClauseSetOffAfterTheObjectIsNoPartOfIt() {
        assertEquals(List.of("Senator Ruiz | backed | the trade pact"),
                AttributionText.read("Senator Ruiz backed the trade pact, which cost the mill towns dearly."));
    }

    @Test
    void anAppositiveOrAnAdverbialClauseAfterTheObjectIsNoPartOfIt() {
        assertEquals(List.of("mayor | praised | the harbour fund"), AttributionText.read("The mayor praised the harbour fund, a charity set up in 1990."));
        assertEquals(List.of("Varn | criticized | the levy"), AttributionText.read("Varn criticized the levy, even as the council voted for it."));
    }

    @Test
    void aGlossSetOffOnBothSidesBeforeTheRestOfTheComplementRunsOn() {
        // Both fail when the comma after the gloss is not looked at: the verb's complement goes on after it.
        assertEquals(List.of("council | lauded | the new pier, which opened in May, for its design"),
                AttributionText.read("The council lauded the new pier, which opened in May, for its design."));
        assertEquals(List.of("Varn | argued | the toll, which the council backed, “will never pay for itself.”"),
                AttributionText.read("Varn argued the toll, which the council backed, “will never pay for itself.”"));
    }

    @Test
    void aListASubjectWithAGlossAndAReportedClauseRunOn() {
        // A gloss on a person is left in: it carries the writer's news as often as not.
        assertEquals(List.of("Berg | thanked | Mayor Ruiz, who cut the ferry fares in May"),
                AttributionText.read("Berg thanked Mayor Ruiz, who cut the ferry fares in May."));
        assertEquals(List.of("Berg | praised | Ruiz, Varn, and the harbour staff"), AttributionText.read("Berg praised Ruiz, Varn, and the harbour staff."));
        assertEquals(List.of("Varn | believes | the pact, which cost the towns dearly, will lapse"),
                AttributionText.read("Varn believes the pact, which cost the towns dearly, will lapse."));
        assertEquals(List.of("Varn | said | the pact, which cost the towns dearly, will lapse"),
                AttributionText.read("Varn said the pact, which cost the towns dearly, will lapse."));
    }
}
