package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import com.carrotsearch.hppc.LongIntHashMap;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReader;
import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.SentenceEncoder;
import org.claimbench.domain.Claim;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.ReadingRow;

/**
 * Each claim's meaning as the workspace stores it for the suggestion engine: its sentence vector (all-MiniLM-L6-v2) and its
 * reading (lemmas and UD tags). Stored ones are taken while made by the present model from the claim's quote as it is now;
 * the others are read now, in batches of {@link ClaimReader#BATCH}, and stored batch by batch (as the suggestion engine
 * stores them, so neither reads a claim twice). Slow the first time (about 3 ms a claim, and a second to load the models):
 * from a background thread.
 */
public final class ClaimMeanings {

    /** A claim's vector and reading. */
    public record Meaning(MeaningVector vector, ClaimReading reading) {
    }

    private ClaimMeanings() {
    }

    /**
     * The meaning of every claim given, by claim id; progress is told (claims read so far, claims to read: 0 when all were
     * stored) before the first batch and after each. Stops before the next batch once {@code cancelled} says so, and then
     * returns the meanings had so far.
     */
    public static Map<Long, Meaning> of(Workspace w, List<Claim> claims, BiConsumer<Integer, Integer> progress, BooleanSupplier cancelled) {
        LongIntHashMap at = new LongIntHashMap(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            at.put(claims.get(i).id(), i);
        }
        Map<Long, Meaning> out = new HashMap<>();
        w.analysis().forEachReading(r -> {
            int i = at.getOrDefault(r.claimId(), -1);
            if (i >= 0 && r.quoteHash() == ContradictionInputs.quoteHash(claims.get(i).exact()) && r.model().equals(SentenceEncoder.MODEL)) {
                out.put(r.claimId(), new Meaning(MeaningVector.fromBytes(r.vector()), ClaimReading.decode(r.lemmas())));
            }
        });
        List<Claim> missing = claims.stream().filter(c -> !out.containsKey(c.id())).toList();
        progress.accept(0, missing.size());
        for (int from = 0; from < missing.size() && !cancelled.getAsBoolean(); from += ClaimReader.BATCH) {
            List<Claim> batch = missing.subList(from, Math.min(missing.size(), from + ClaimReader.BATCH));
            List<ClaimFacts> read = ClaimReader.complete(ClaimFacts.of(w, batch), n -> { });
            List<ReadingRow> rows = new ArrayList<>(read.size());
            for (ClaimFacts f : read) {
                out.put(f.id(), new Meaning(f.vector(), f.reading()));
                rows.add(new ReadingRow(f.id(), ContradictionInputs.quoteHash(f.text()), SentenceEncoder.MODEL, f.vector().toBytes(),
                        f.reading().encode()));
            }
            w.analysis().saveReadings(rows);
            progress.accept(Math.min(missing.size(), from + ClaimReader.BATCH), missing.size());
        }
        return out;
    }
}
