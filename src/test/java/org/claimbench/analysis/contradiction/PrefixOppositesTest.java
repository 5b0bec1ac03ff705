package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stop 63's review mends of round 69: a word that starts like a negative prefix is the opposite of its base only where WordNet
 * says the two are antonyms, and a predicative passive participle is the base a prefixed adjective opposes.
 */
class PrefixOppositesTest {

    @Test
    void aWordThatOnlyStartsLikeAPrefixIsNoOppositeOfTheRest() {
        // "intense" is no "not tense"; "inflammable" means "flammable".
        assertFalse(signalled("denial", "The two clubs said the final in the capital was intense.", "The two clubs said the final in the capital was tense."));
        assertFalse(signalled("denial", "The two clubs said the fuel in the depot was inflammable.", "The two clubs said the fuel in the depot was flammable."));
        assertFalse(PrefixOpposites.antonyms("invaluable", "valuable"));
        assertFalse(PrefixOpposites.antonyms("disgruntled", "gruntled"));
    }

    @Test
    void aPrefixedAdjectiveWordNetGivesAsTheAntonymStillOpposesItsBase() {
        assertTrue(signalled("denial", "The two clubs said the vote in the capital was unfair.", "The two clubs said the vote in the capital was fair."));
        assertTrue(signalled("denial", "The two clubs held indirect talks in the capital.", "The two clubs held direct talks in the capital."));
    }

    @Test
    void aPassiveParticipleUsedPredicativelyIsTheBaseItsPrefixedAdjectiveOpposes() {
        assertTrue(signalled("denial", "The lease between the two clubs remained unsigned on Friday.", "The lease between the two clubs was signed on Friday."));
        // A participle in the active voice is the verb, not the state it leaves: the lease was perhaps signed later.
        assertFalse(signalled("denial", "The lease between the two clubs remained unsigned on Friday.", "The two clubs signed the lease on Friday after long talks."));
        // An agent makes the passive the report of an act ("immediate" is no opposite of the league's mediating either).
        assertFalse(signalled("denial", "The two clubs agreed to an immediate truce in the capital.",
                "The truce between the two clubs in the capital was mediated by the league."));
        // Both say it was not signed.
        assertFalse(signalled("denial", "The lease between the two clubs remained unsigned on Friday.", "The lease between the two clubs was not signed on Friday."));
    }
}
