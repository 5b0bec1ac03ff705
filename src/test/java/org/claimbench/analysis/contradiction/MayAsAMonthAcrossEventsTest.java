package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.events.EventKeys;
import org.junit.jupiter.api.Test;

/**
 * "May" after a preposition of time names the month (EventKeys.inClaim), and two claims of different events that both speak
 * of the event of that month are read by every signal, as claims of one event are (Pair.oneEvent).
 */
class MayAsAMonthAcrossEventsTest {

    private static final QuantityReader READER = new QuantityReader();

    private static ClaimFeatures claim(long id, long article, String text, String source, String event, List<String> keys) {
        return new ClaimFeatures(new ClaimFacts(id, article, -1, -1, text, "", source, event, keys,
                ClaimReading.NONE, org.claimbench.analysis.meaning.MeaningVector.ABSENT), READER);
    }

    private static final List<String> MAY_TENTH = List.of("day:2025-05-10", "month:05");
    private static final List<String> JUNE = List.of("day:2025-06-17", "month:06");
    private static final String MEDIATED = "After a long night of talks mediated by the Danish envoy, the two unions agreed to end the dock strike";

    private static List<Signal> between(ClaimFeatures a, ClaimFeatures b) {
        Pair p = ContradictionSignals.pair(a, b);
        return p == null ? List.of() : ContradictionSignals.between(a, b, p);
    }

    @Test
    void mayAfterAPrepositionIsTheMonthAndTheModalIsNot() {
        assertTrue(EventKeys.inClaim("The dock strike that began in May ended through talks").contains("month:05"));
        assertTrue(EventKeys.inClaim("No talks have been held since May, the union said").contains("month:05"));
        assertFalse(EventKeys.inClaim("The unions may meet again, the envoy said").contains("month:05"));
        assertFalse(EventKeys.inClaim("The envoy served in May's cabinet before the talks").contains("month:05"));
    }

    @Test
    void aClaimOfALaterReportThatSpeaksOfMayMeetsTheReportOfMayByEverySignal() {
        ClaimFeatures mediated = claim(1, 1, MEDIATED, "Envoy", "call, 2025-05-10", MAY_TENTH);
        ClaimFeatures alone = claim(2, 2, "The end of the dock strike in May was reached through talks between the two unions and "
                + "not Danish mediation", "Union", "meeting, 2025-06-17", JUNE);
        List<Signal> s = between(mediated, alone);
        assertTrue(s.stream().anyMatch(x -> x.name().equals("mediation")), s.toString());
        // Without the month the later claim speaks of no event of the other report: the pair is not compared.
        ClaimFeatures noMonth = claim(3, 2, "The end of the dock strike was reached through talks between the two unions and "
                + "not Danish mediation", "Union", "meeting, 2025-06-17", JUNE);
        assertTrue(between(mediated, noMonth).isEmpty());
    }
}
