package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Grouping asks only the pairs of articles that may report one event (Candidates, LeadSimilarity.near), so it need not
 * compare every pair: no pair that could join is left out, and leads that share only the words every lead uses are not asked.
 */
class PairsAskedTest {

    private static List<String> words(String text) {
        return Arrays.asList(text.toLowerCase(java.util.Locale.ROOT).split("\\W+"));
    }

    @Test
    void leadsSharingOnlyCommonWordsAreNotAskedAndAlikeLeadsAre() {
        List<List<String>> leads = new ArrayList<>();
        leads.add(words("officials said the ferry strike in Corvane ended after talks with dockworkers overnight"));
        leads.add(words("officials said dockworkers in Corvane ended the ferry strike after overnight talks"));
        // Only "officials said" and "after" in common with the first, words most of these leads use.
        leads.add(words("officials said the orchard harvest failed after frost hit the valley"));
        for (int i = 0; i < 12; i++) {
            leads.add(words("officials said after a long week the council " + "ward" + i + " budget vote " + "item" + i));
        }
        LeadSimilarity s = new LeadSimilarity(leads);
        int[] near = s.near(0, EventGroups.ALIKE);
        assertTrue(s.cosine(0, 1) >= EventGroups.ALIKE, "the two strike leads are alike");
        assertTrue(Arrays.stream(near).anyMatch(j -> j == 1), "so the second is asked");
        assertTrue(s.cosine(0, 2) > 0, "the harvest lead shares some words with the strike lead");
        assertFalse(Arrays.stream(near).anyMatch(j -> j == 2), "but only words so common that it cannot be alike: not asked");
    }

    @Test
    void everyLeadAtTheThresholdIsAmongTheNear() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<List<String>> leads = new ArrayList<>();
            int n = 2 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                List<String> lead = new ArrayList<>();
                for (int k = random.nextInt(15); k > 0; k--) {
                    // Some words most leads use, some of a few topics', some rare.
                    int kind = random.nextInt(3);
                    lead.add(kind == 0 ? "common" + random.nextInt(4) : kind == 1 ? "topic" + random.nextInt(12) : "rare" + random.nextInt(200));
                }
                leads.add(lead);
            }
            LeadSimilarity s = new LeadSimilarity(leads);
            for (double threshold : new double[] {EventGroups.NEARLY, EventGroups.LIKELY, EventGroups.ALIKE}) {
                for (int i = 0; i < n; i++) {
                    Set<Integer> near = new java.util.HashSet<>();
                    Arrays.stream(s.near(i, threshold)).forEach(near::add);
                    assertFalse(near.contains(i));
                    for (int j = 0; j < n; j++) {
                        if (j != i && s.cosine(i, j) >= threshold) {
                            assertTrue(near.contains(j), "lead " + j + " is " + s.cosine(i, j) + " alike to " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPairWhoseProfilesMaySayOneEventIsAsked() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(30);
            List<EventGroups.Member> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                members.add(new EventGroups.Member(i, profile(random), "", List.of("word" + random.nextInt(50)), List.of()));
            }
            Candidates candidates = new Candidates(members, new LeadSimilarity(members.stream().map(EventGroups.Member::leadWords).toList()));
            for (int i = 0; i < n; i++) {
                Set<Integer> join = new java.util.HashSet<>();
                Arrays.stream(candidates.mayJoin(i)).forEach(join::add);
                Set<Integer> likely = new java.util.HashSet<>();
                Arrays.stream(candidates.mayBeLikely(i)).forEach(likely::add);
                for (int j = i + 1; j < n; j++) {
                    EventProfile.Relation r = members.get(i).profile().relation(members.get(j).profile());
                    if (r == EventProfile.Relation.LIKELY_SAME || r == EventProfile.Relation.NEXT_DAY) {
                        assertTrue(likely.contains(j) && join.contains(j), r + " " + i + " " + j);
                    }
                    if (r == EventProfile.Relation.SAME) {
                        assertTrue(join.contains(j), r + " " + i + " " + j);
                    }
                }
                int at = i;
                assertTrue(join.stream().allMatch(j -> j > at) && likely.stream().allMatch(j -> j > at), "only later articles");
            }
        }
    }

    private static EventProfile profile(Random r) {
        Optional<LocalDate> day = r.nextInt(3) == 0 ? Optional.of(LocalDate.of(2026, 5, 1).plusDays(r.nextInt(12))) : Optional.empty();
        Optional<DayOfWeek> weekday = day.isEmpty() && r.nextBoolean() ? Optional.of(DayOfWeek.of(1 + r.nextInt(7))) : Optional.empty();
        Set<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        if (r.nextInt(3) == 0) {
            named.add(DayOfWeek.of(1 + r.nextInt(7)));
        }
        weekday.ifPresent(named::add);
        // A dated lead may name another day besides its own (round 47).
        Set<LocalDate> namedDays = day.isPresent() && r.nextInt(3) == 0 ? Set.of(LocalDate.of(2026, 5, 1).plusDays(r.nextInt(12))) : Set.of();
        return new EventProfile(day, day.isPresent() && r.nextBoolean(), weekday, false,
                r.nextBoolean() ? Optional.of(r.nextBoolean() ? "call" : "meeting") : Optional.empty(),
                r.nextInt(4) == 0 ? OptionalInt.of(1 + r.nextInt(3)) : OptionalInt.empty(),
                r.nextInt(4) == 0 ? Set.of(r.nextBoolean() ? "summit@orlen" : "talks@vask") : Set.of(), named, namedDays);
    }
}
