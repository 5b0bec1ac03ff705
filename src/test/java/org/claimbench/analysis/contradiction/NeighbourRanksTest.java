package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class NeighbourRanksTest {

    /** A claim whose meaning vector has the given first components, the rest of the model's 384 zero. */
    private static ClaimFacts claim(long id, String text, String source, String event, float... v) {
        return new ClaimFacts(id, id, -1, -1, text, "", source, event, List.of(), null, MeaningVector.of(java.util.Arrays.copyOf(v, 384)));
    }

    private static PairDiagnosis diagnose(List<ClaimFacts> claims, long a, long b) {
        return new ContradictionSuggester().diagnose(claims, List.<long[]>of(new long[] {a, b})).get(0);
    }

    @Test
    void aPairNeverGeneratedSaysWhereEachClaimStandsAmongTheOthersNeighbours() {
        // Claim 2 is the thirteenth nearest of claim 1 among all (cosine 0.3, under the floor of 0.5), the eleventh among the
        // other accounts of its event (claims 5 to 14, of a third source, nearer): claim 3 is claim 1's own source's, claim 4
        // another event's. Claim 1 is claim 2's thirteenth (claims 3 to 14 nearer), twelfth of its event's other accounts (3 and
        // 5 to 14 nearer). Neither is among the other's ten nearest of the other accounts of the event (EventNeighbours).
        List<ClaimFacts> claims = new java.util.ArrayList<>(List.of(claim(1, "The ferry left the harbour at dawn", "Council", "vote", 1f, 0f, 0f),
                claim(2, "Bakers raised the price of bread", "Press", "vote", 0.3f, 0.954f, 0f),
                claim(3, "Tomatoes ripen slowly in a cold summer", "Council", "vote", 0.6f, 0.8f, 0f),
                claim(4, "Owls hunt mice at night", "Press", "strike", 0.9f, 0.436f, 0f)));
        String[] others = {"Kites flew over the dunes", "Snow closed the mountain pass", "Violins need new strings", "Moss grew on the wall",
            "Lanterns lit the square", "Ferries ran late", "Gulls circled the pier", "Cranes stood idle", "Lorries queued on the road",
            "Tickets were refunded"};
        for (int i = 0; i < others.length; i++) {
            claims.add(claim(5 + i, others[i], "Union", "vote", 0.6f, 0.8f, 0f));
        }
        PairDiagnosis d = diagnose(claims, 1, 2);
        assertFalse(d.reached(), d.routes().toString());
        assertEquals(List.of("neighbour ranks: 13 of A's, 13 of B's; among the other accounts of the event 11 of 11 and 12 of 12"), d.routes());
    }

    @Test
    void aPairGeneratedOrWithoutVectorsGetsNoRanks() {
        List<ClaimFacts> near = List.of(claim(1, "The ferry left the harbour at dawn", "Council", "vote", 1f, 0f, 0f),
                claim(2, "Bakers raised the price of bread", "Press", "vote", 0.9f, 0.436f, 0f));
        assertTrue(diagnose(near, 1, 2).routes().stream().noneMatch(r -> r.startsWith("neighbour ranks")), diagnose(near, 1, 2).routes().toString());
        List<ClaimFacts> none = List.of(new ClaimFacts(1, 1, "The ferry left the harbour at dawn", "Council", "vote"),
                new ClaimFacts(2, 2, "Bakers raised the price of bread", "Press", "vote"));
        assertEquals(List.of(), diagnose(none, 1, 2).routes());
    }
}
