package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Talks denied in one account, an agreement reached in the other (TalksDeniedAgainstAgreement). */
class TalksDeniedAgainstAgreementTest {

    private static final String NO_TALKS = "The dockers' union said it has not engaged in talks with the port authority this week";
    private static final String AGREEMENT = "The port authority announced an agreement with the dockers' union that ends the strike";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("denial:talks-agreement"));
    }

    @Test
    void talksDeniedAgainstAnAgreementReachedIsAConflictBothWays() {
        List<Signal> s = between(claim(1, NO_TALKS, "Union"), claim(2, AGREEMENT, "Port authority"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“not … talk” in one claim, “agreement” in the other: talks are held "
                + "to reach an agreement, which one account reports and the other says was never negotiated.")), s.toString());
        assertTrue(fires(between(claim(3, AGREEMENT, "Port authority"), claim(4, NO_TALKS, "Union"))));
        // "No negotiations were held", a deal (a kind of agreement), "agreed to" (consent to do something).
        assertTrue(fires(between(claim(5, "No negotiations were held with the port authority, the union's secretary said", "Union"),
                claim(6, "The port authority said the two sides agreed to reopen the container terminal on Monday", "Port authority"))));
        assertTrue(fires(between(claim(7, "The union did not negotiate with the port authority", "Union"),
                claim(8, "The port authority said it had struck a deal with the union over night shifts", "Port authority"))));
    }

    @Test
    void talksThatAreNotWhatTheNegationDeniesOrAnAgreementOfOpinionAreNone() {
        // The negation denies the plan; the talks are inside its complement.
        assertFalse(fires(between(claim(1, "There is no plan to hold talks with the port authority on any other issue", "Union"),
                claim(2, AGREEMENT, "Port authority"))));
        // It denies a delay, not the negotiation.
        assertFalse(fires(between(claim(3, "The strike did not delay the negotiation with the port authority", "Union"),
                claim(4, AGREEMENT, "Port authority"))));
        // Agreeing that something is so, or with someone, is agreement of opinion, not an agreement reached.
        assertFalse(fires(between(claim(5, NO_TALKS, "Union"),
                claim(6, "The port authority agreed that the dockers' union has a point about the night shifts", "Port authority"))));
        // An agreement denied is no agreement reached.
        assertFalse(fires(between(claim(7, NO_TALKS, "Union"),
                claim(8, "The port authority said there is no agreement with the dockers' union yet", "Port authority"))));
    }

    @Test
    void talksOnAnotherTopicAreNone() {
        String noTalks = "No talks were held on a pension plan for the dockers, the union said";
        assertFalse(fires(between(claim(1, noTalks, "Union"),
                claim(2, "The port authority said the two sides agreed on a wage rise for the dockers", "Port authority"))));
        assertTrue(fires(between(claim(3, noTalks, "Union"),
                claim(4, "The port authority said the two sides agreed on a pension plan for the dockers", "Port authority"))));
        // "Of" gives the topic too.
        assertFalse(fires(between(claim(5, "There was never any talk of a pension plan with the port authority", "Union"),
                claim(6, "The port authority said the two sides agreed on a wage rise for the dockers", "Port authority"))));
    }

    @Test
    void oneSourceOrAnotherEventIsNone() {
        assertFalse(fires(between(claim(1, NO_TALKS, "Union"), claim(2, AGREEMENT, "Union"))));
        assertFalse(fires(between(claim(3, NO_TALKS, "Union", "another event"), claim(4, AGREEMENT, "Port authority", "the same event"))));
    }
}
