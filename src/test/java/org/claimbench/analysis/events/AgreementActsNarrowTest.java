package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.analysis.events.AgreementActs.Act;
import org.junit.jupiter.api.Test;

/**
 * Review of round 74 (stop 64, mend64b, findings 2, 3, 4, 9): an act counts only where its verb governs an agreement noun in
 * one clause, is told done by the report itself (not in a relative clause, not with a past time of its own, not generic, not
 * denied), and a signing to come counts only from the clause that governs the agreement noun. Sentences of our own.
 */
class AgreementActsNarrowTest {

    /** Each text tells the act expected. */
    private static void assertActs(Act expected, String... texts) {
        for (String text : texts) {
            assertEquals(expected, AgreementActs.of(text), text);
        }
    }

    @Test
    void anActNeverReachesAcrossASentence() {
        assertEquals(Act.NONE, AgreementActs.of("Brenn reached Essen on Monday. The timber deal is the talk of the river towns."));
        assertEquals(Act.CONCLUDED, AgreementActs.of("Sailors refused to sign the petition. The two governments agreed a timber deal."));
    }

    @Test
    void anAppositiveBetweenTheNounAndItsPassiveIsSkipped() {
        assertEquals(Act.SIGNED, AgreementActs.of("The timber deal, agreed in April, was signed at the river palace on Friday."));
        assertEquals(Act.SIGNED, AgreementActs.of("The timber agreement, which was concluded in April, was signed at the palace."));
    }

    @Test
    void anActOfAnotherAgreementOrOfNoneIsNotTheReportsAct() {
        assertActs(Act.NONE,
                "Mott, who signed the old border pact with Brenn, spoke of timber and rivers.",
                "The ministers met in Essen, where the earlier accord was signed in 2027.",
                "The summit in Essen follows the timber pact signed in April by both chancellors.",
                "Ahead of the conclusion of the timber deal, the ministers toured the mills.",
                "Mott spoke of countries that strike deals with Dravia at the cost of their mills.",
                "Lobbyists warned the palace against concluding an agreement on timber quotas.",
                "The two ministers reached no agreement on the timber quotas after six hours.",
                "Nine deputies signed a letter opposing the timber deal on Tuesday.");
    }

    @Test
    void looseUsesOfReachedSealedAndAgreedAreNoConclusion() {
        assertActs(Act.NONE,
                "The timber treaty reached parliament on Monday for its first reading.",
                "Police sealed off the square where the timber deal was to be announced.",
                "The envoys agreed on a great deal of the text in the first hour.",
                "Both sides agreed that the timber deal would stand for ten years.");
    }

    @Test
    void aHeadlineDropsThePassivesAuxiliary() {
        assertEquals(Act.CONCLUDED, AgreementActs.of("Timber deal reached\n\nThe forestry ministers of Dravia and Lunmark met at Essen."));
    }

    @Test
    void aPresentTenseActCountsOnlyInTheHeadline() {
        // Headlines tell past events in the present tense (AP Stylebook, "headlines"); in running text the bare present is generic.
        assertEquals(Act.CONCLUDED, AgreementActs.of("Dravia and Lunmark agree timber pact\n\nThe forestry ministers met at Essen."));
        assertEquals(Act.NONE, AgreementActs.of("Ministers met at Essen.\n\nDravia often strikes deals with its neighbours on timber."));
    }

    @Test
    void aSigningToComeIsReadOnlyFromTheClauseThatGovernsTheAgreementNoun() {
        // "The first country to sign such a deal" tells a signing done, not one to come: the headline's signing stands.
        assertEquals(Act.SIGNED, AgreementActs.of("Brenn and Mott sign timber pact\n\nLunmark became the first Nordic country to "
                + "sign such a deal with Dravia."));
        // A verb with no agreement noun ("sign off on it") previews nothing.
        assertEquals(Act.SIGNED, AgreementActs.of("Brenn and Mott sign timber pact\n\nThe two parliaments are expected to sign off on it."));
        // The day is a statement's, in another clause.
        assertEquals(Act.NONE, AgreementActs.of("The timber deal will be signed in the coming months, officials said on Monday."));
        // A day, but no agreement to sign.
        assertEquals(Act.NONE, AgreementActs.of("Mott is expected to sign the forestry order on Friday."));
        // An abbreviated month is a day of the clause, not the end of a sentence.
        assertEquals(Act.SIGNED, AgreementActs.of("Brenn and Mott will sign the timber agreement on Sept. 15 at the river palace."));
    }
}
