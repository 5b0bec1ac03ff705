package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Claims of two events read apart but days apart at most, that speak of the same thing by meaning, are compared (round 20 of
 * issue 11: one contact's coverage read as several events), and the reason says so; claims of contacts weeks apart, or of
 * near events that speak of other things, are not. Every name and place is invented.
 */
class NearEventsAlikeClaimsTest {

    private final List<ClaimFacts> facts;

    NearEventsAlikeClaimsTest() {
        List<ClaimFacts> claims = new ArrayList<>();
        claims.add(claim(1, 1, "The telephone call between Varga and Reuel about the northern ferry line lasted two hours.", "Ostrana presidency",
                "call, 2026-03-17", List.of("day:2026-03-17", "month:03")));
        claims.add(claim(2, 2, "The phone call between Reuel and Varga about the northern ferry line lasted barely an hour.", "Belmark chancellery",
                "call, 2026-03-19", List.of("day:2026-03-19", "month:03")));
        claims.add(claim(3, 3, "The phone call between Reuel and Varga about the northern ferry line lasted barely an hour.", "Belmark chancellery",
                "call, 2026-04-14", List.of("day:2026-04-14", "month:04")));
        claims.add(claim(4, 4, "Belmark's hauliers will pay no river tolls before the end of the year.", "Belmark chancellery",
                "call, reported 2026-03-20", List.of("about:2026-03-20")));
        claims.add(claim(5, 5, "The phone call between Reuel and Varga about the northern ferry line lasted barely an hour.", "Belmark chancellery",
                "call, reported 2026-03-21", List.of("about:2026-03-21")));
        claims.add(claim(6, 2, "In February the phone call between Reuel and Varga about the northern ferry line lasted barely an hour.",
                "Belmark chancellery", "call, 2026-03-19", List.of("day:2026-03-19", "month:03")));
        facts = ClaimReader.complete(claims, n -> { });
    }

    private static ClaimFacts claim(long id, long article, String text, String source, String event, List<String> keys) {
        return new ClaimFacts(id, article, 0, text.length(), text, "", source, "").withEvent(event, keys);
    }

    private Pair pair(long a, long b) {
        QuantityReader reader = new QuantityReader();
        return ContradictionSignals.pair(new ClaimFeatures(facts.get((int) a - 1), reader), new ClaimFeatures(facts.get((int) b - 1), reader));
    }

    @Test
    void alikeClaimsOfEventsTwoDaysApartAreComparedAndSaySo() {
        Pair p = pair(1, 2);
        assertNotNull(p, "two days apart, alike in meaning");
        assertTrue(p.sharedEvent().contains("2 days apart"), p.sharedEvent());
        assertNotNull(pair(1, 5), "a report dated by its publication four days later: the event within three days of it");
        List<ContradictionSuggestion> s = new ContradictionSuggester().suggest(facts, Set.of());
        assertTrue(s.stream().anyMatch(x -> Set.of(x.claimA(), x.claimB()).equals(Set.of(1L, 2L))
                && x.explanation().contains("different events")), "two hours against barely an hour: " + s);
    }

    @Test
    void contactsWeeksApartOrClaimsOfOtherThingsAreNot() {
        assertNull(pair(1, 3), "four weeks apart");
        assertNull(pair(1, 4), "near, but of the tolls, not the call's length");
        assertNull(pair(1, 6), "a claim recalling February's call in a report of March's");
        assertFalse(new ContradictionSuggester().suggest(facts, Set.of()).stream()
                .anyMatch(x -> Set.of(x.claimA(), x.claimB()).equals(Set.of(1L, 3L))), "the April call's length");
    }
}
