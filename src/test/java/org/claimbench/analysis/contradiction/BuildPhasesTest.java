package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class BuildPhasesTest {

    private static MeaningVector randomVector(Random random) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return MeaningVector.of(v);
    }

    @Test
    void anIndexBuiltOverClaimsWithVectorsReportsEachPhaseOnceInTheOrderTheyRun() {
        Random random = new Random(3);
        String[] texts = {"The two ministers spoke by phone for an hour", "The ministers did not speak at all this week",
                "Tolls on the river bridge will rise in May", "The bridge tolls will not rise this year"};
        List<ClaimFacts> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            claims.add(new ClaimFacts(i + 1, i / 4, -1, -1, texts[i % texts.length], "", i % 2 == 0 ? "Press" : "Europe", "talks of 2 May",
                    List.of(), ClaimReading.NONE, randomVector(random)));
        }
        long t0 = System.nanoTime();
        ContradictionIndex index = new ContradictionIndex(claims);
        long clock = System.nanoTime() - t0;

        List<BuildPhases.Phase> phases = index.buildPhases();
        assertEquals(List.of("features", "candidate keys numbered", "neighbour index built", "neighbours looked up",
                "neighbour pairs gathered", "event neighbours looked up", "scoring the candidate pairs", "keys posted for updates",
                "claims in text order"),
                phases.stream().map(BuildPhases.Phase::name).toList());
        long summed = 0;
        for (BuildPhases.Phase p : phases) {
            assertTrue(p.clockNanos() >= 0 && p.threadCpuNanos() >= 0 && p.processCpuNanos() >= 0, p.toString());
            summed += p.clockNanos();
        }
        assertTrue(summed <= clock, "the phases lie within the build: " + summed + " of " + clock + " ns");
    }

    @Test
    void withoutVectorsTheNeighbourPhasesAreLeftOut() {
        ContradictionIndex index = new ContradictionIndex(List.of(
                new ClaimFacts(1, 1, "The mayors spoke for an hour", "Press", "call of 4 June"),
                new ClaimFacts(2, 2, "The mayors spoke for two hours", "Europe", "call of 4 June")));
        assertEquals(List.of("features", "candidate keys numbered", "scoring the candidate pairs", "keys posted for updates",
                "claims in text order"),
                index.buildPhases().stream().map(BuildPhases.Phase::name).toList());
    }
}
