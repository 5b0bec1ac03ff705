package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.domain.Source;
import org.junit.jupiter.api.Test;

/**
 * An outlet that tells one side's point in its own voice (a port authority's "only one crane", told by the paper as its
 * own narration) and sets it beside the other side's "every crane" retells the two sides' conflict: the list marks it as
 * the same conflict as a pair above and lowers it as a retelling, after another conflict of the two sides (a ferry
 * cancelled or postponed). Sentences written for this test.
 */
class OutletRetellsOneSideTest {

    private static final String AUTHORITY = "Harbour Authority";
    private static final String UNION = "Dockworkers Union";

    private final List<ClaimFacts> facts = new ArrayList<>();

    OutletRetellsOneSideTest() {
        List<ClaimFacts> claims = new ArrayList<>();
        claims.add(new ClaimFacts(1, 1, "Only one crane at the container port was damaged by the storm.", AUTHORITY, "the port storm"));
        claims.add(new ClaimFacts(2, 1, "All the cranes at the container port were damaged by the storm.", UNION, "the port storm"));
        claims.add(new ClaimFacts(3, 2, "Only one crane at the container port was damaged in the storm.", Source.OUTLET, "the port storm"));
        claims.add(new ClaimFacts(4, 2, "Every crane at the container port was damaged in the storm.", UNION, "the port storm"));
        claims.add(new ClaimFacts(5, 3, "The authority cancelled the ferry service for the whole season.", AUTHORITY, "the port storm"));
        claims.add(new ClaimFacts(6, 3, "Our members were told the service is postponed by a few days.", UNION, "the port storm"));
        facts.addAll(ClaimReader.complete(claims, n -> { }));
    }

    private static String key(ContradictionSuggestion s) {
        return s.claimA() + "-" + s.claimB();
    }

    @Test
    void theOutletsTellingOfOneSidesPointIsThatSidesClaimAgain() {
        ConflictCopies.Likeness likeness = ConflictCopies.of(id -> facts.stream().filter(f -> f.id() == id).findFirst().orElse(null));
        assertTrue(likeness.alike(1, 3), "the authority's one crane, told again by the paper");
        assertFalse(likeness.alike(3, 5), "the paper's crane and the authority's ferry: two points");
        assertFalse(likeness.alike(1, 2), "two sides are never one voice, however close their words");
        assertTrue(ConflictCopies.retells(1, 2, 3, 4, likeness), "the paper's one crane against the union's every crane");
    }

    @Test
    void theOutletsTellingAgainstTheOtherSideIsListedAsTheSameConflict() {
        List<ContradictionSuggestion> ranked = new ContradictionSuggester().suggest(facts, Set.of());
        List<String> order = ranked.stream().map(OutletRetellsOneSideTest::key).toList();
        assertTrue(order.contains("3-4") && order.contains("5-6"), order.toString());
        assertTrue(order.indexOf("5-6") < order.indexOf("3-4"), "the ferry before the paper's retelling of the cranes: " + order);
        assertEquals(-1, ranked.get(order.indexOf("3-4")).retellings(), "marked as the same conflict as a pair above");
    }
}
