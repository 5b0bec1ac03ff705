package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.meaning.SentenceEncoder;
import org.junit.jupiter.api.Test;

/**
 * Round 49: one side's denial against another side's assertion of the same thing in other words, paired when one is the
 * other's nearest of the opposite kind by meaning (SideDenial, SideDenialPairs). Sentences of our own, read by the real
 * sentence model (all-MiniLM-L6-v2).
 */
class SideDenialTest {

    private static final String OPENED = "Southland engineers opened the floodgates of the dam overnight and flooded our fields";
    private static final String DENIED = "Our engineers did not touch the dam's gates at any time during the night";
    private static final String UNAWARE = "The Southland water ministry is unaware of any work on the dam's gates that night";
    private static final String FAR = "Southland will host the regional football final next spring";

    private static ClaimFacts claim(long id, String text, String source, String event) {
        return new ClaimFacts(id, id, -1, -1, text, "", source, event, List.of(), null, SentenceEncoder.shared().encode(text));
    }

    private static PairDiagnosis diagnose(List<ClaimFacts> claims, long a, long b) {
        return new ContradictionSuggester().diagnose(claims, List.<long[]>of(new long[] {a, b})).get(0);
    }

    private static boolean sideDenial(PairDiagnosis d) {
        return d.signals().stream().anyMatch(s -> s.pattern().startsWith("denial:sides:"));
    }

    private static List<ClaimFacts> dam(String denyingSource, String denyingEvent, String denial) {
        return new ArrayList<>(List.of(claim(1, OPENED, "Northland", "dam"), claim(2, denial, denyingSource, denyingEvent),
                claim(3, FAR, "Southland", "dam")));
    }

    @Test
    void oneSidesDenialOfWhatTheOtherSideAssertsInOtherWordsIsAConflict() {
        PairDiagnosis d = diagnose(dam("Southland", "dam", DENIED), 1, 2);
        assertTrue(d.reached(), d.routes().toString());
        assertTrue(sideDenial(d), d.signals() + " " + d.cosine());
        assertTrue(d.signals().stream().anyMatch(s -> s.explanation().startsWith("“not”: Southland denies what Northland asserts of the same event")),
                d.signals().toString());
        // Knowing of nothing of the kind ("unaware of") denies too.
        assertTrue(sideDenial(diagnose(dam("Southland", "dam", UNAWARE), 1, 2)));
        // Not against a claim of the side's far from it in meaning.
        assertFalse(sideDenial(diagnose(dam("Southland", "dam", DENIED), 2, 3)));
    }

    @Test
    void theOutletOneSourceOrTwoEventsAreNoSidesOfOneEvent() {
        assertFalse(sideDenial(diagnose(dam("Press", "dam", DENIED), 1, 2)));
        assertFalse(sideDenial(diagnose(dam("Northland", "dam", DENIED), 1, 2)));
        assertFalse(sideDenial(diagnose(dam("Southland", "harvest", DENIED), 1, 2)));
        // Two denials, or two assertions, are no such pair.
        List<ClaimFacts> two = dam("Southland", "dam", DENIED);
        two.set(0, claim(1, "Northland engineers never opened the floodgates of the dam overnight", "Northland", "dam"));
        assertFalse(sideDenial(diagnose(two, 1, 2)));
    }

    @Test
    void aDenialAnswersTheOtherSidesNearestAssertionOnly() {
        // A second Northland assertion about the night at the dam, less near to the denial than the first and with the denial
        // not its nearest of Southland's either (a nearer Southland denial about the same thing).
        List<ClaimFacts> claims = dam("Southland", "dam", DENIED);
        claims.add(claim(4, "Northland farmers saw trucks driving along the dam road after dark", "Northland", "dam"));
        claims.add(claim(5, "No Southland truck drove along the dam road after dark", "Southland", "dam"));
        assertTrue(sideDenial(diagnose(claims, 1, 2)));
        assertTrue(sideDenial(diagnose(claims, 4, 5)));
        assertFalse(sideDenial(diagnose(claims, 2, 4)), diagnose(claims, 2, 4).toString());
    }
}
