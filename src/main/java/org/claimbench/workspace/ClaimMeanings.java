package org.claimbench.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.domain.Claim;

/**
 * Each claim's meaning as the workspace stores it for the suggestion engine: its sentence vector (all-MiniLM-L6-v2) and its
 * reading (lemmas and UD tags). Stored ones are taken while made by the present model from the claim's quote as it is now;
 * the others are read now and stored, by the engine's own step ({@link ContradictionInputs#withReadings}), so neither reads a
 * claim twice. Slow the first time (about 3 ms a claim, and a second to load the models): from a background thread.
 */
public final class ClaimMeanings {

    /** A claim's vector and reading. */
    public record Meaning(MeaningVector vector, ClaimReading reading) {
    }

    private ClaimMeanings() {
    }

    /**
     * The meaning of every claim given, by claim id; progress is told (claims read so far, claims to read: 0 when all were
     * stored) before the first chunk and after each. Stops before the next chunk once {@code cancelled} says so, and then
     * returns the meanings had so far.
     */
    public static Map<Long, Meaning> of(Workspace w, List<Claim> claims, BiConsumer<Integer, Integer> progress, BooleanSupplier cancelled) {
        Map<Long, Meaning> out = new HashMap<>();
        for (ClaimFacts f : ContradictionInputs.withReadings(w, ClaimFacts.of(w, claims), progress, cancelled)) {
            if (f.vector().present()) {
                out.put(f.id(), new Meaning(f.vector(), f.reading()));
            }
        }
        return out;
    }
}
