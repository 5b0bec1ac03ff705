package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * Round 23: two accounts of one event meet when one is among the other's nearest claims of the other accounts of that event,
 * however little alike they are in meaning (sentences of our own).
 */
class EventNeighboursTest {

    /** A claim in an article of its own whose meaning vector has the given first components, the rest of the model's 384 zero. */
    private static ClaimFacts claim(long id, String text, String source, String event, float... v) {
        return new ClaimFacts(id, id, -1, -1, text, "", source, event, List.of(), null, MeaningVector.of(java.util.Arrays.copyOf(v, 384)));
    }

    private static PairDiagnosis diagnose(List<ClaimFacts> claims, long a, long b) {
        return new ContradictionSuggester().diagnose(claims, List.<long[]>of(new long[] {a, b})).get(0);
    }

    /** The two accounts of the ferry strike: no word in common and a cosine of 0.3, under the global neighbours' floor. */
    private static List<ClaimFacts> ferry(String secondSource, String secondEvent) {
        return List.of(claim(1, "The port authority gave in to the dockers within an hour", "Port authority", "strike", 1f, 0f, 0f),
                claim(2, "Our members were never threatened by anybody", secondSource, secondEvent, 0.3f, 0.954f, 0f),
                claim(3, "Tomatoes ripen slowly in a cold summer", "Weather office", "harvest", 0.6f, 0.8f, 0f));
    }

    @Test
    void twoAccountsOfOneEventMeetThoughTheyShareNoWordAndLittleMeaning() {
        PairDiagnosis d = diagnose(ferry("Dockers' union", "strike"), 1, 2);
        assertTrue(d.reached(), d.routes().toString());
        assertTrue(d.routes().contains("nearest among the other accounts of its event (cosine 0.30)"), d.routes().toString());
    }

    @Test
    void oneSourceOrTwoEventsDoNotMeetSo() {
        assertFalse(diagnose(ferry("Port authority", "strike"), 1, 2).reached());
        assertFalse(diagnose(ferry("Dockers' union", "harvest"), 1, 2).reached());
    }

    @Test
    void aClaimOfNoKnownEventMeetsTheOtherAccountsOfAnyEvent() {
        assertTrue(diagnose(ferry("Dockers' union", ""), 1, 2).reached());
    }

    @Test
    void onlyTheNearestFiveOfTheOtherAccountsOrEachOthersNearestTenAreMet() {
        // Ten claims of a third source, each nearer to both than they are to each other (cosine 0.6 and 0.94): each is the
        // other's eleventh.
        // The second account is the outlet's (Press, another article): two sides' claims also meet each other side's nearest
        // (SideNeighbours), which this test does not ask.
        List<ClaimFacts> claims = new ArrayList<>(ferry("Press", "strike"));
        String[] others = {"Ferries ran late", "Gulls circled the pier", "Cranes stood idle", "Lorries queued on the road", "Tickets were refunded",
            "Kites flew over the dunes", "Snow closed the mountain pass", "Violins need new strings", "Moss grew on the wall", "Lanterns lit the square"};
        for (int i = 0; i < others.length; i++) {
            claims.add(claim(10 + i, others[i], "Harbour pilots", "strike", 0.6f, 0.8f, 0f));
        }
        assertFalse(diagnose(claims, 1, 2).reached(), diagnose(claims, 1, 2).routes().toString());
        assertTrue(diagnose(claims, 1, 10).reached());
    }

    @Test
    void anEventOfMoreClaimsThanTheBoundIsNotLookedUpSo() {
        List<ClaimFacts> claims = new ArrayList<>(ferry("Dockers' union", "strike"));
        for (int i = 0; claims.size() <= EventNeighbours.MAX_GROUP + 1; i++) {
            claims.add(claim(100 + i, "Item " + i, i % 2 == 0 ? "Port authority" : "Dockers' union", "strike", 0f, 0f, 1f));
        }
        assertFalse(diagnose(claims, 1, 2).reached());
    }

    @Test
    void aClaimAddedToABuiltIndexFindsTheSameNeighboursAsTheBuild() {
        List<ClaimFacts> claims = new ArrayList<>(ferry("Dockers' union", "strike"));
        claims.add(claim(4, "Buses replaced the night ferry", "Harbour pilots", "strike", 0.2f, 0.98f, 0f));
        ContradictionSuggester s = new ContradictionSuggester();
        List<ClaimFeatures> features = claims.stream().map(s::features).toList();
        int[][] built = EventNeighbours.of(features);
        // Claim 1's other accounts in its event, nearest first: 2 (cosine 0.3), then 4 (0.2); claim 3 is of another event.
        assertArrayEquals(new int[] {1, 3}, built[0]);
        assertArrayEquals(new long[] {2, 4}, EventNeighbours.among(features.get(0), features));
        assertEquals(0, EventNeighbours.among(features.get(2), features).length);
    }

    /** The ferry strike's two accounts and, of a third source, claims nearer to both (cosine 0.6 and 0.94), then claims nearer to the second only. */
    private static List<ClaimFacts> crowded(int nearBoth, int nearSecondOnly) {
        return crowded("Dockers' union", nearBoth, nearSecondOnly);
    }

    /** As {@link #crowded(int, int)}, the second account of the given source. */
    private static List<ClaimFacts> crowded(String secondSource, int nearBoth, int nearSecondOnly) {
        List<ClaimFacts> claims = new ArrayList<>(ferry(secondSource, "strike"));
        for (int i = 0; i < nearBoth; i++) {
            claims.add(claim(10 + i, "Harbour note " + i, "Harbour pilots", "strike", 0.6f, 0.8f, 0f));
        }
        for (int i = 0; i < nearSecondOnly; i++) {
            claims.add(claim(50 + i, "Union note " + i, "Harbour pilots", "strike", 0f, 1f, 0f));
        }
        return claims;
    }

    @Test
    void twoAccountsThatAreEachOthersSeventhNearestMeet() {
        // Round 25: each is the other's seventh of the other accounts of the event, under the five nearest but within ten both ways.
        PairDiagnosis d = diagnose(crowded(6, 0), 1, 2);
        assertTrue(d.reached(), d.routes().toString());
        assertTrue(d.routes().contains("nearest among the other accounts of its event (cosine 0.30)"), d.routes().toString());
    }

    @Test
    void aClaimNearOnlyOneWayBeyondTheFiveIsNotMet() {
        // The second is the first's seventh, but the first is the second's twelfth (five more claims near the second only). The
        // second is the outlet's, so no side meets the other side's nearest (SideNeighbours).
        assertFalse(diagnose(crowded("Press", 6, 5), 1, 2).reached());
    }

    @Test
    void aClaimAddedToABuiltIndexMeetsWhomItIsEachOthersNearestWith() {
        List<ClaimFacts> claims = crowded(6, 0);
        ContradictionSuggester s = new ContradictionSuggester();
        List<ClaimFeatures> features = claims.stream().map(s::features).toList();
        assertTrue(java.util.Arrays.stream(EventNeighbours.among(features.get(0), features)).anyMatch(id -> id == 2));
        List<ClaimFeatures> oneWay = crowded(6, 5).stream().map(s::features).toList();
        assertFalse(java.util.Arrays.stream(EventNeighbours.among(oneWay.get(0), oneWay)).anyMatch(id -> id == 2));
    }
}
