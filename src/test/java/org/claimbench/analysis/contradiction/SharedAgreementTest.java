package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Claims of two events (an agreement concluded, then signed) are compared when both name one agreement by a phrase of its own. */
class SharedAgreementTest {

    private static Pair pairOfTwoEvents(String first, String second) {
        return ContradictionSignals.pair(claim(1, first, "Press", "talks, 3 March"), claim(2, second, "Clubs", "ceremony, 9 May"));
    }

    @Test
    void twoClaimsNamingOneTradeAgreementAreComparedAcrossItsActs() {
        Pair p = pairOfTwoEvents("Chile and Norway have concluded the free trade agreement after four years of talks",
                "On 9 May Norway and Chile signed a trade agreement in Oslo");
        assertNotNull(p);
        assertEquals("the trade agreement", p.sharedEvent());
        assertTrue(p.oneEvent());
    }

    @Test
    void anAbbreviationNamesTheSameAgreementAsItsLongForm() {
        assertEquals("the free trade agreement", SharedAgreement.between("The FTA cuts tariffs on Chilean copper",
                "The free trade agreement leaves tariffs on copper untouched"));
    }

    @Test
    void aPluralPremodifierNamesTheSameConvention() {
        assertEquals("the double contribution convention", SharedAgreement.between(
                "The ministers announced closing of talks for the Double Contribution Convention",
                "Chile and Norway have only agreed to negotiate a Double Contributions Convention"));
    }

    @Test
    void twoAgreementsWithDifferentPartnersAreKeptApart() {
        assertNull(pairOfTwoEvents("Norway concluded the trade agreement with Chile after four years of talks",
                "Norway signed the trade agreement with Peru in Oslo"));
    }

    @Test
    void twoAgreementsOfDifferentPartiesAreKeptApart() {
        assertNull(pairOfTwoEvents("Chile and Norway have concluded the free trade agreement after long talks",
                "Peru and Iceland signed a trade agreement in Reykjavik"));
    }

    @Test
    void aBareDealNamesNoAgreementOfItsOwn() {
        assertNull(pairOfTwoEvents("Officials said the deal brings no change to the rules on seasonal workers",
                "The free trade agreement opens a new route for seasonal workers"));
        assertNull(pairOfTwoEvents("The historic accord was concluded after four years of talks",
                "The landmark accord was signed in Oslo"), "evaluative adjectives tell no agreement from another");
    }

    @Test
    void twoAgreementsOfDifferentKindsAreKeptApart() {
        assertNull(pairOfTwoEvents("Chile and Norway have concluded the fisheries treaty after long talks",
                "Chile and Norway signed the trade agreement in Oslo"));
    }

    @Test
    void aConventionConcludedInOneReportAndStillToNegotiateInTheOtherIsAStageConflict() {
        assertTrue(SignalFixture.names(SignalFixture.between(
                claim(1, "Chile and Norway have concluded the Double Contribution Convention after long talks", "Press", "talks, 3 March"),
                claim(2, "Chile and Norway have only agreed to negotiate a Double Contributions Convention", "Clubs", "ceremony, 9 May")))
                .contains("agreement stage"));
    }

    @Test
    void aSigningStillToComeInTheReportOfTheConclusionIsNoConflictWithTheSigning() {
        assertTrue(SignalFixture.between(
                claim(1, "Chile and Norway are expected to sign the fisheries treaty later in the year", "Press", "talks, 3 March"),
                claim(2, "Chile and Norway signed the fisheries treaty at the harbour", "Clubs", "ceremony, 9 May")).isEmpty());
    }
}
