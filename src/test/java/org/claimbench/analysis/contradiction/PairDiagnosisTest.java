package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PairDiagnosisTest {

    private static ClaimFacts claim(long id, String text, String source, String event) {
        return new ClaimFacts(id, id, text, source, event);
    }

    private static PairDiagnosis diagnose(List<ClaimFacts> claims, long a, long b) {
        List<PairDiagnosis> d = new ContradictionSuggester().diagnose(claims, List.<long[]>of(new long[] {a, b}));
        assertEquals(1, d.size());
        return d.get(0);
    }

    @Test
    void aDenialOfASharedPredicateIsReachedByItsWordsAndHasASignal() {
        List<ClaimFacts> claims = List.of(claim(1, "The council approved the new harbour budget", "Council", "vote"),
                claim(2, "The council has not approved the new harbour budget", "Press", "vote"));
        PairDiagnosis d = diagnose(claims, 1, 2);
        assertEquals("signal", d.stage());
        assertTrue(d.routes().stream().anyMatch(r -> r.startsWith("shared words: ") && r.contains("council") && r.contains("budget")),
                d.routes().toString());
    }

    @Test
    void claimsThatShareNothingAreNotGeneratedAndOneSharedWordIsNamedAsAlone() {
        List<ClaimFacts> claims = List.of(claim(1, "The ferry left the harbour at dawn", "Council", "vote"),
                claim(2, "Bakers raised the price of bread in the harbour", "Press", "vote"),
                claim(3, "Tomatoes ripen slowly in a cold summer", "Press", "vote"));
        PairDiagnosis lone = diagnose(claims, 1, 2);
        assertFalse(lone.reached());
        assertEquals("not generated", lone.stage());
        assertEquals(List.of("shared word: harbour (alone)"), lone.routes());
        assertEquals(List.of(), diagnose(claims, 1, 3).routes());
    }

    @Test
    void aWordDeniedInOneClaimMeetsTheClaimsThatAffirmItWithinTheEvent() {
        List<ClaimFacts> claims = List.of(claim(1, "The two mayors agreed on a joint bus line", "City", "vote"),
                claim(2, "There is no agreement, the port authority said", "Port", "vote"),
                claim(3, "There is no agreement, the port authority said", "Port", "strike"));
        PairDiagnosis d = diagnose(claims, 1, 2);
        assertTrue(d.reached(), d.routes().toString());
        assertTrue(d.routes().contains("a word denied in one, affirmed in the other: agre@vote"), d.routes().toString());
        assertFalse(diagnose(claims, 1, 3).reached(), "not across events");
    }

    @Test
    void aWordDeniedMeetsItsAffirmationWhenEitherArticleHasNoEventKnown() {
        // An article whose event is not known may report any event: its claims are compared with every event's (Pair), so its
        // denied words meet the affirmations of every event, and its affirmations the denials of every event.
        for (String[] events : new String[][] {{"vote", ""}, {"", "vote"}, {"", ""}}) {
            List<ClaimFacts> claims = List.of(claim(1, "The two mayors agreed on a joint bus line", "City", events[0]),
                    claim(2, "There is no agreement, the port authority said", "Port", events[1]),
                    claim(3, "Tomatoes ripen slowly in a cold summer", "Press", "strike"));
            PairDiagnosis d = diagnose(claims, 1, 2);
            assertTrue(d.reached(), "events «" + events[0] + "» and «" + events[1] + "»: " + d.routes());
        }
        List<ClaimFacts> apart = List.of(claim(1, "The two mayors agreed on a joint bus line", "City", "vote"),
                claim(2, "There is no agreement, the port authority said", "Port", "strike"),
                claim(3, "The ferry left the harbour at dawn", "Press", ""));
        assertFalse(diagnose(apart, 1, 2).reached(), "two known events still keep their denials apart");
    }

    @Test
    void claimsOfDifferentEventsThatNameNoneInCommonAreBarred() {
        List<ClaimFacts> claims = List.of(claim(1, "The council approved the new harbour budget", "Council", "vote of May"),
                claim(2, "The council has not approved the new harbour budget", "Press", "vote of June"));
        PairDiagnosis d = diagnose(claims, 1, 2);
        assertEquals("barred by events", d.stage());
        assertTrue(d.barred().contains("vote of May") && d.barred().contains("vote of June"), d.barred());
        assertTrue(d.signals().isEmpty());
    }
}
