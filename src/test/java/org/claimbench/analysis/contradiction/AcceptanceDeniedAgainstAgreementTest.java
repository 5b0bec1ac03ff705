package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A side said not to have agreed to a term or accepted an agreement, against the agreement given as reached (AcceptanceDeniedAgainstAgreement). */
class AcceptanceDeniedAgainstAgreementTest {

    private static long next = 100;

    private static boolean fires(List<Signal> signals, String pattern) {
        return signals.stream().anyMatch(s -> s.pattern().equals(pattern));
    }

    /** Whether the signal of the given pattern fires between a claim of one source and a claim of another. */
    private static boolean fires(String first, String firstSource, String second, String secondSource, String pattern) {
        return fires(between(claim(next++, first, firstSource), claim(next++, second, secondSource)), pattern);
    }

    @Test
    void aFigureNeverAgreedToAgainstTheSameFigureGivenAsTheDealsTermIsAConflict() {
        String refused = "The dockers' negotiators had not, in fact, agreed to the 8 percent rise, two of them said.";
        List<Signal> s = between(claim(1, refused, "Union"),
                claim(2, "According to the minister, the deal gives the dockers an 8 percent rise from March.", "Ministry"));
        assertTrue(fires(s, "acceptance:term"), s.toString());
        // "never accepted" is a refusal of assent as "not agreed" is.
        assertTrue(fires("The board never accepted the 12 percent levy.", "Board",
                "The settlement sets a 12 percent levy on cargo.", "Port authority", "acceptance:term"));
    }

    @Test
    void anotherFigureAFigureNotDeniedOrNoAgreementIsNone() {
        String refused = "The dockers' negotiators had not agreed to the 8 percent rise.";
        // Another figure: a difference of figures is the quantity signal's, not a refusal of this one.
        assertFalse(fires(refused, "Union",
                "The deal gives the dockers a 6 percent rise from March.", "Ministry", "acceptance:term"));
        // The same figure with no agreement in the other claim: a rise demanded is not a rise agreed.
        assertFalse(fires(refused, "Union",
                "The dockers want an 8 percent rise from March.", "Ministry", "acceptance:term"));
        // The figure outside the refusal: what is not agreed is the timetable, not the rise.
        assertFalse(fires("They gave an 8 percent rise but have not agreed to the timetable.", "Union",
                "The deal gives the dockers an 8 percent rise from March.", "Ministry", "acceptance:term"));
        // A refusal of a report, not of assent: "did not say" is no refusal.
        assertFalse(fires("The minister did not say that the dockers agreed to the 8 percent rise.", "Press",
                "The deal gives the dockers an 8 percent rise from March.", "Ministry", "acceptance:term"));
    }

    @Test
    void aPartOfTheAgreementNotAcceptedAgainstTheAgreementReachedIsAConflict() {
        String refused = "The ferry union still has not accepted a key part of the pay agreement.";
        assertTrue(fires(refused, "Union",
                "The ferry union and the operators reached a pay agreement on Monday.", "Operators", "acceptance:agreement"));
        // The agreement only supposed under a condition is not given as reached.
        assertFalse(fires(refused, "Union",
                "If the ferry union signs, the pay agreement will take effect on Monday.", "Operators", "acceptance:agreement"));
        // One source's own two claims are one account.
        assertFalse(fires(refused, "Union",
                "The ferry union and the operators reached a pay agreement on Monday.", "Union", "acceptance:agreement"));
        // A refusal of something that is no agreement ("the invitation") against an agreement reached.
        assertFalse(fires("The ferry union has not accepted the invitation to the pay talks.", "Union",
                "The ferry union and the operators reached a pay agreement on Monday.", "Operators", "acceptance:agreement"));
    }
}
