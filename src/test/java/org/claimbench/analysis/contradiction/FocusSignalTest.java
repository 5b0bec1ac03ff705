package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class FocusSignalTest {

    private static final String ALONE = "The meeting with the tenants was almost entirely about rents";
    private static final String SEVERAL = "The meeting with the tenants covered rents, repairs and parking";

    @Test
    void oneThingAloneAgainstTheSameThingListedWithOthersIsAConflictOfScope() {
        List<Signal> s = between(claim(1, ALONE, "Landlord"), claim(2, SEVERAL, "Tenants"));
        assertTrue(s.stream().anyMatch(x -> x.pattern().equals("focus:rent")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("entirely … rent")), s.toString());
    }

    @Test
    void twoListsOrTwoExclusiveClaimsDoNotConflict() {
        assertFalse(patterns(between(claim(1, SEVERAL, "Landlord"), claim(2, "The meeting with the tenants covered rents and repairs", "Tenants")))
                .contains("focus:rent"));
        assertFalse(patterns(between(claim(1, ALONE, "Landlord"), claim(2, "The meeting with the tenants was solely about rents", "Tenants")))
                .contains("focus:rent"));
    }

    @Test
    void onlyBeforeAConditionOrAfterNotIsNoFocus() {
        assertNull(claim(1, "Rents will fall only if the council pays for the repairs", "Press").focus.only());
        assertNull(claim(2, "The meeting was not only about rents", "Press").focus.only());
        assertEquals("rent", claim(3, ALONE, "Press").focus.only());
    }

    @Test
    void theTwoClaimsMeetAsCandidatesWhicheverComesFirst() {
        // One word in common and meaning vectors 0.45 alike (not nearest neighbours): only the focus keys bring them together.
        String alone = "The talks were almost entirely about rents";
        String several = "Landlords and tenants discussed rents, repairs and parking";
        for (long[] ids : new long[][] {{1, 2}, {2, 1}}) {
            List<ClaimFacts> claims = List.of(withCosine(ids[0], 10, alone, "Landlord", 1), withCosine(ids[1], 20, several, "Tenants", 0.45));
            List<ContradictionSuggestion> s = new ContradictionSuggester().suggest(claims, Set.of());
            assertEquals(1, s.size(), "ids " + ids[0] + ", " + ids[1] + ": " + s);
        }
    }

    /** A claim of the tenants' meeting whose meaning vector has the given cosine with the first axis. */
    private static ClaimFacts withCosine(long id, long article, String text, String source, double cosine) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        v[0] = (float) cosine;
        v[1] = (float) Math.sqrt(1 - cosine * cosine);
        return new ClaimFacts(id, article, text, source, "tenants' meeting").withReading(ClaimReading.read(text), MeaningVector.of(v));
    }

    private static List<String> patterns(List<Signal> signals) {
        return signals.stream().map(Signal::pattern).toList();
    }
}
