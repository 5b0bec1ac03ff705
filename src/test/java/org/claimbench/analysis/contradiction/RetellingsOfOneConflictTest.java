package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * One conflict told in three articles (a port authority's "only one crane" against a union's "all the cranes", each
 * side's words in each article its own) and another conflict of the same two sources (a ferry cancelled or postponed):
 * the other conflict, told in words less alike, is listed beside the best telling of the first (above or below it: likeness
 * in words moves a score by a tenth at most since round 45), before the retellings of the first, and a list says how many
 * retellings there are.
 * Sentences written for this test.
 */
class RetellingsOfOneConflictTest {

    private static final String AUTHORITY = "Harbour Authority";
    private static final String UNION = "Dockworkers Union";

    private final Map<Long, String> text = new HashMap<>();
    private final List<ClaimFacts> facts = new ArrayList<>();

    RetellingsOfOneConflictTest() {
        List<ClaimFacts> claims = new ArrayList<>();
        add(claims, 1, 1, AUTHORITY, "Only one crane at the container port was damaged by the storm.");
        add(claims, 2, 1, UNION, "All the cranes at the container port were damaged by the storm.");
        add(claims, 3, 2, AUTHORITY, "Just one crane at the container port was damaged in the storm.");
        add(claims, 4, 2, UNION, "Every crane at the container port was damaged in the storm.");
        add(claims, 5, 3, AUTHORITY, "Only a single crane at the container port was damaged by Sunday's storm.");
        add(claims, 6, 3, UNION, "All of the container port's cranes were damaged by Sunday's storm.");
        add(claims, 7, 3, AUTHORITY, "The authority cancelled the ferry service for the whole season.");
        add(claims, 8, 3, UNION, "Our members were told the service is postponed by a few days.");
        facts.addAll(ClaimReader.complete(claims, n -> { }));
    }

    private void add(List<ClaimFacts> claims, long id, long article, String source, String words) {
        claims.add(new ClaimFacts(id, article, words, source, "the port storm"));
        text.put(id, words);
    }

    private static String key(ContradictionSuggestion s) {
        return s.claimA() + "-" + s.claimB();
    }

    @Test
    void anotherConflictOfTheSameSourcesComesBeforeTheRetellingsOfTheFirst() {
        List<ContradictionSuggestion> ranked = new ContradictionSuggester().suggest(facts, Set.of());
        List<String> order = ranked.stream().map(RetellingsOfOneConflictTest::key).toList();
        assertTrue(order.contains("7-8"), "the ferry's conflict is suggested: " + order);
        int ferry = order.indexOf("7-8");
        int first = ferry == 0 ? 1 : 0;
        assertTrue(ferry <= 1, "the other conflict among the first two, beside the best telling of the first: " + order);
        // Every other pair is the cranes' conflict told again, each of its claims the same claim or its source's same words.
        long crane = ranked.stream().filter(s -> text.get(s.claimA()).contains("crane") && text.get(s.claimB()).contains("crane")).count();
        assertEquals(ranked.size() - 1, crane, order.toString());
        assertEquals(crane - 1, ranked.get(first).retellings(), "the first telling counts the retellings below it");
        assertEquals("Also said in " + (crane - 1) + " other pairs below.", ranked.get(first).retellingNote());
        assertEquals(0, ranked.get(ferry).retellings(), "the ferry is another point of the same two sources: no retelling");
        for (ContradictionSuggestion s : ranked.subList(2, ranked.size())) {
            assertEquals(-1, s.retellings(), key(s));
            assertEquals("The same conflict as a pair above, told in other claims.", s.retellingNote());
        }
    }

    @Test
    void aWorkspacesIndexListsTheRetellingsAfterTheOtherConflictToo() {
        List<ContradictionSuggestion> top = new ContradictionIndex(facts).top(3, Set.of());
        assertEquals(Set.of("1-2", "7-8"), Set.copyOf(top.stream().limit(2).map(RetellingsOfOneConflictTest::key).toList()));
        assertEquals(-1, top.get(2).retellings());
        List<ContradictionSuggestion> ranked = new ContradictionIndex(facts).ranked();
        assertEquals(new ContradictionSuggester().suggest(facts, Set.of()).stream().map(RetellingsOfOneConflictTest::key).toList(),
                ranked.stream().map(RetellingsOfOneConflictTest::key).toList(), "the index ranks as the suggester does");
    }

    @Test
    void twoClaimsOfOneSourceOnDifferentPointsAreNotAlike() {
        ConflictCopies.Likeness likeness = ConflictCopies.of(id -> facts.stream().filter(f -> f.id() == id).findFirst().orElse(null));
        assertTrue(likeness.alike(1, 3), "one crane, told twice by the authority");
        assertFalse(likeness.alike(1, 7), "the crane and the ferry, both the authority's");
        assertFalse(likeness.alike(1, 2), "the same point, but two sources");
        assertFalse(ConflictCopies.retells(1, 2, 7, 8, likeness));
        assertTrue(ConflictCopies.retells(1, 2, 3, 4, likeness));
        assertTrue(ConflictCopies.retells(1, 2, 4, 3, likeness), "either way round");
        assertFalse(ConflictCopies.retells(1, 2, 1, 2, likeness), "a pair is no retelling of itself");
    }
}
