package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventPairScoresTest {

    @Test
    void pairsOfOneEventGroupedTogetherAndPairsOfDifferentEventsKeptApartAreCounted() {
        // Gold: a, b, c one event; d another; e has no gold event and is left out. The engine splits c off and puts d with a.
        Map<String, String> gold = Map.of("a", "2025-03-04", "b", "2025-03-04", "c", "2025-03-04", "d", "2025-04-01");
        Map<String, String> engine = Map.of("a", "meeting, 2025-03-04", "b", "meeting, 2025-03-04", "c", "meeting, a Friday",
                "d", "meeting, 2025-03-04", "e", "meeting, 2025-03-04");
        EventPairScores s = EventPairScores.of(engine, gold);
        assertEquals(3, s.sameEventPairs());
        assertEquals(1, s.groupedTogether());
        assertEquals(1.0 / 3, s.recall(), 1e-9);
        assertEquals(3, s.differentEventPairs());
        assertEquals(1, s.keptApart(), "c | d apart; a | d and b | d together");
        assertEquals(1.0 / 3, s.separation(), 1e-9);
        assertEquals(List.of("a | c", "b | c"), s.wronglyApart());
        assertEquals(List.of("a | d", "b | d"), s.wronglyTogether());
    }

    @Test
    void anArticleWhoseEventIsNotKnownIsGroupedWithNone() {
        EventPairScores s = EventPairScores.of(Map.of("a", "", "b", ""), Map.of("a", "2025-03-04", "b", "2025-03-04"));
        assertEquals(0.0, s.recall(), 1e-9);
        assertEquals(1.0, s.separation(), 1e-9, "no pair of different events: nothing to keep apart");
    }
}
