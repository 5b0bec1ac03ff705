package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * Round 52 of issue 11: a side's claim meets the nearest claims of each other side of its event, though many claims of a third
 * account stand nearer to both (sentences of our own; the vectors are set by hand, the model's 384 values, the rest zero).
 */
class SideNeighboursTest {

    private static ClaimFacts claim(long id, String text, String source, String event, float... v) {
        return new ClaimFacts(id, id, -1, -1, text, "", source, event, List.of(), null, MeaningVector.of(java.util.Arrays.copyOf(v, 384)));
    }

    private static PairDiagnosis diagnose(List<ClaimFacts> claims, long a, long b) {
        return new ContradictionSuggester().diagnose(claims, List.<long[]>of(new long[] {a, b})).get(0);
    }

    /**
     * The water board's account and the farmers' (cosine 0.35, no word shared), and twelve claims of a third account nearer to
     * both (cosine 0.6 and 0.98): each of the two is the other's thirteenth of all other accounts, beyond the event route.
     */
    private static List<ClaimFacts> reservoir(String board, String farmers, String third, String farmersEvent, float farmersX) {
        float y = (float) Math.sqrt(1 - farmersX * farmersX);
        List<ClaimFacts> claims = new ArrayList<>();
        claims.add(claim(1, "The sluice at Brenholt stayed shut all week", board, "drought", 1f, 0f, 0f));
        claims.add(claim(2, "Our fields were flooded on Thursday night", farmers, farmersEvent, farmersX, y, 0f));
        String[] others = {"Herons nested by the canal", "Pumps were serviced", "Prices of hay rose", "The mill wheel was painted",
            "Rain gauges were read at dawn", "Boats stayed moored", "A footbridge was closed", "Eels were counted", "Reeds were cut",
            "A survey team visited", "Ferry tickets were sold", "The lock keeper retired"};
        for (int i = 0; i < others.length; i++) {
            claims.add(claim(10 + i, others[i], third, "drought", 0.6f, 0.8f, 0f));
        }
        return claims;
    }

    @Test
    void twoSidesOfOneEventMeetThoughAThirdAccountStandsNearerToBoth() {
        List<ClaimFacts> claims = reservoir("Water board", "Farmers' union", "Press", "drought", 0.35f);
        PairDiagnosis d = diagnose(claims, 1, 2);
        assertTrue(d.reached(), d.routes().toString());
        assertTrue(d.routes().contains("nearest among the other accounts of its event (cosine 0.35)"), d.routes().toString());
        // Each side meets the nearest of the third side too, when that one is a side.
        assertTrue(diagnose(reservoir("Water board", "Farmers' union", "Anglers' club", "drought", 0.35f), 1, 2).reached());
    }

    @Test
    void theOutletOneSideTwoEventsOrLittleMeaningDoNotMeetSo() {
        assertFalse(diagnose(reservoir("Water board", "Press", "Press", "drought", 0.35f), 1, 2).reached(), "the outlet is no side");
        assertFalse(diagnose(reservoir("Water board", "Unassigned", "Press", "drought", 0.35f), 1, 2).reached(), "nor is no source");
        assertFalse(diagnose(reservoir("Water board", "Water board", "Press", "drought", 0.35f), 1, 2).reached(), "one side");
        assertFalse(diagnose(reservoir("Water board", "Farmers' union", "Press", "harvest", 0.35f), 1, 2).reached(), "two events");
        assertFalse(diagnose(reservoir("Water board", "Farmers' union", "Press", "", 0.35f), 1, 2).reached(), "no known event");
        assertFalse(diagnose(reservoir("Water board", "Farmers' union", "Press", "drought", 0.1f), 1, 2).reached(), "under the floor");
    }

    @Test
    void onlyTheNearestFewOfEachSideAreMet() {
        // Six more claims of the farmers, each nearer to the board's claim than claim 2 (cosine 0.9): claim 2 is the farmers' seventh.
        List<ClaimFacts> claims = reservoir("Water board", "Farmers' union", "Press", "drought", 0.35f);
        for (int i = 0; i < 6; i++) {
            claims.add(claim(40 + i, "Farm note " + i, "Farmers' union", "drought", 0.9f, 0f, 0.436f));
        }
        // Claim 2's nearest of the board's claims is claim 1 all the same, so they meet from claim 2's side.
        assertTrue(diagnose(claims, 1, 2).reached());
        // A second claim of the board nearer to claim 2 than the first, and five more: claim 1 is neither's nearest few.
        for (int i = 0; i < SideNeighbours.PER_SIDE; i++) {
            claims.add(claim(60 + i, "Board note " + i, "Water board", "drought", 0.35f, 0.9367f, 0f));
        }
        assertFalse(diagnose(claims, 1, 2).reached(), diagnose(claims, 1, 2).routes().toString());
    }

    @Test
    void aClaimAddedToABuiltIndexFindsTheNearestOfEachOtherSide() {
        ContradictionSuggester s = new ContradictionSuggester();
        List<ClaimFeatures> features = reservoir("Water board", "Farmers' union", "Press", "drought", 0.35f).stream().map(s::features).toList();
        assertTrue(java.util.Arrays.stream(SideNeighbours.among(features.get(0), features)).anyMatch(id -> id == 2));
        List<ClaimFeatures> outlet = reservoir("Water board", "Press", "Press", "drought", 0.35f).stream().map(s::features).toList();
        assertFalse(java.util.Arrays.stream(SideNeighbours.among(outlet.get(0), outlet)).anyMatch(id -> id == 2));
    }
}
