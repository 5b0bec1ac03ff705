package org.claimbench.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** The grouping by meaning, on distances of our own and on our own claims in questions ({@link StudentQuestions}) with the real model. */
class MeaningGroupsTest {

    /** How a grouping fares against the questions: purity of the groups, and claims in a group whose question is its most frequent. */
    record Score(double purity, int fitting, int grouped, int groups) {
    }

    static Score score(MeaningGroups.Grouping g, List<Integer> question) {
        int majorities = 0;
        int grouped = 0;
        for (List<Integer> group : g.groups()) {
            Map<Integer, Integer> counts = new HashMap<>();
            group.forEach(i -> counts.merge(question.get(i), 1, Integer::sum));
            majorities += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            grouped += group.size();
        }
        return new Score(grouped == 0 ? 0 : (double) majorities / grouped, majorities, grouped, g.groups().size());
    }

    /** Where the claims not of their group's most frequent question are listed in it (the least sure are listed first). */
    static List<Integer> misplacedPlaces(MeaningGroups.Grouping g, List<Integer> question) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> group : g.groups()) {
            Map<Integer, Integer> counts = new HashMap<>();
            group.forEach(i -> counts.merge(question.get(i), 1, Integer::sum));
            int top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (int p = 0; p < group.size(); p++) {
                if (!question.get(group.get(p)).equals(top)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static Score measure(String name, List<StudentQuestions.Question> questions) {
        List<String> claims = StudentQuestions.claims(questions);
        List<Integer> question = StudentQuestions.questionOfEach(questions);
        MeaningGroups.Grouping g = MeaningGroups.group(SentenceEncoder.shared().encode(claims));
        Score s = score(g, question);
        List<List<String>> words = claims.stream().map(c -> GroupNames.contentWords(ClaimReading.read(c))).toList();
        List<String> names = GroupNames.names(words, g.groups(), g.notGrouped());
        System.out.printf("MeaningGroupsTest, %s: %d claims in %d questions -> %d clusters, %d groups holding %d claims, purity %.2f,"
                + " %d claims in a group of their question, %d not grouped%n", name, claims.size(), questions.size(), g.clusters(),
                s.groups(), s.grouped(), s.purity(), s.fitting(), g.notGrouped().size());
        for (int i = 0; i < g.groups().size(); i++) {
            System.out.println("  [" + names.get(i) + "] questions " + g.groups().get(i).stream().map(question::get).toList());
        }
        System.out.println("  misplaced claims' places in their group (0: first listed): " + misplacedPlaces(g, question));
        return s;
    }

    @Test
    void claimsOfOneEventFallIntoGroupsMostlyOfOneQuestion() {
        Score summit = measure("summit", StudentQuestions.QUESTIONS);
        // Measured: 6 groups, purity 0.82, 28 of 35 in a group of their question (one claim not grouped).
        assertTrue(summit.purity() >= 0.8, "purity " + summit.purity());
        assertTrue(summit.fitting() >= 27, summit.fitting() + " of 35 in a group of their question");
        assertTrue(summit.groups() >= 5 && summit.groups() <= 8, summit.groups() + " groups for 5 questions");
        // The least sure listed first: measured, the 6 misplaced claims are each first or second in their group (in the
        // order of the input they were at places 6, 7, 6, 0, 2 and 3 of their groups).
        List<Integer> places = misplacedPlaces(MeaningGroups.group(SentenceEncoder.shared().encode(StudentQuestions.claims())),
                StudentQuestions.questionOfEach());
        assertTrue(places.stream().allMatch(p -> p < 2), "misplaced claims listed first: " + places);
        Score strike = measure("dock strike", StudentQuestions.STRIKE);
        // Measured: 6 groups, purity 0.73, 16 of 25 (the cut was chosen on these claims too).
        assertTrue(strike.purity() >= 0.7, "purity " + strike.purity());
        assertTrue(strike.fitting() >= 15, strike.fitting() + " of 25 in a group of their question");
    }

    @Test
    void averageLinkageJoinsTheNearestClustersFirstByTheirMeanDistance() {
        // Points 0 and 1 close, 2 near them, 3 and 4 close and far from the rest.
        double[][] d = {
            {0, 1, 3, 9, 9},
            {1, 0, 4, 9, 9},
            {3, 4, 0, 8, 8},
            {9, 9, 8, 0, 2},
            {9, 9, 8, 2, 0}};
        List<AverageLinkage.Merge> merges = AverageLinkage.merges(d);
        assertEquals(List.of(1.0, 2.0, 3.5, (9 + 9 + 8 + 9 + 9 + 8) / 6.0), merges.stream().map(AverageLinkage.Merge::height).toList(),
                "{2} joins {0, 1} at the mean of 3 and 4; the last merge at the mean of the six distances between the two sides");
        int[] two = AverageLinkage.cut(5, merges, 2);
        assertTrue(two[0] == two[1] && two[1] == two[2] && two[3] == two[4] && two[0] != two[3]);
    }

    @Test
    void smallClustersAndFewClaimsAreNotGrouped() {
        // Two tight bundles of four and one far claim: the far one is left out, as are five claims in all.
        List<MeaningVector> v = new ArrayList<>();
        java.util.Random r = new java.util.Random(5);
        for (int bundle = 0; bundle < 2; bundle++) {
            for (int i = 0; i < 4; i++) {
                v.add(near(bundle * 10, r));
            }
        }
        v.add(near(20, r));
        MeaningGroups.Grouping g = MeaningGroups.group(v);
        assertEquals(List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7)), g.groups().stream().map(x -> x.stream().sorted().toList()).toList());
        assertEquals(List.of(8), g.notGrouped());
        assertEquals(List.of(0, 1, 2, 3, 4), MeaningGroups.group(v.subList(0, 5)).notGrouped());
        assertEquals(List.of(), MeaningGroups.group(List.of()).groups());
        assertThrows(IllegalArgumentException.class, () -> MeaningGroups.group(List.of(MeaningVector.ABSENT)));
    }

    /** A vector mostly along axis {@code axis}, a little noise on the others. */
    private static MeaningVector near(int axis, java.util.Random r) {
        float[] f = new float[MeaningVector.DIMENSIONS];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (r.nextGaussian() * 0.05);
        }
        f[axis] += 1;
        return MeaningVector.of(f);
    }

    @Test
    void aGroupIsNamedByTheWordsThatSetItApartNotTheWordsEveryGroupShares() {
        // A = 14 words / 3 classes; "summit" (in all 7 claims) weighs 3 · log(1 + A/7) = 1.53 in each group, "cost" 2 · log(1 +
        // A/2) = 2.41, "bill" 1 · log(1 + A/1) = 1.73: a word of every claim, three times in the group, ranks below one found once.
        List<List<String>> words = List.of(
                List.of("summit", "cost"), List.of("summit", "cost"), List.of("summit", "bill"),
                List.of("summit", "bird"), List.of("summit", "salmon"), List.of("summit", "bird"),
                List.of("summit", "hour"));
        List<String> names = GroupNames.names(words, List.of(List.of(0, 1, 2), List.of(3, 4, 5)), List.of(6));
        assertEquals(List.of("cost, bill, summit", "bird, salmon, summit"), names);
    }
}
