package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.SentenceEncoder;

/**
 * Reads claims once: each claim's {@link ClaimReading} (tags and lemmas) and {@link MeaningVector}
 * (all-MiniLM-L6-v2), in batches, telling progress after each batch. About 3 ms a claim on one
 * core; loads the language and sentence models on first use. Run it on a background thread.
 */
public final class ClaimReader {

    /** Claims read together (the encoder is fastest on batches of a few dozen). */
    public static final int BATCH = 64;

    private ClaimReader() {
    }

    /** The claims, each with what was missing read (a claim with both reading and vector is returned as it is). */
    public static List<ClaimFacts> complete(List<ClaimFacts> claims, IntConsumer doneSoFar) {
        List<ClaimFacts> out = new ArrayList<>(claims);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!claims.get(i).reading().present() || !claims.get(i).vector().present()) {
                todo.add(i);
            }
        }
        // A batch is padded to its longest text: texts of like length together waste least.
        todo.sort(java.util.Comparator.comparingInt(i -> claims.get(i).text().length()));
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Integer> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            List<String> texts = batch.stream().map(i -> claims.get(i).text()).toList();
            List<MeaningVector> vectors = SentenceEncoder.shared().encode(texts);
            for (int k = 0; k < batch.size(); k++) {
                ClaimFacts c = claims.get(batch.get(k));
                ClaimReading r = c.reading().present() ? c.reading() : ClaimReading.read(c.text());
                out.set(batch.get(k), c.withReading(r, vectors.get(k)));
            }
            doneSoFar.accept(Math.min(todo.size(), from + BATCH));
        }
        return out;
    }
}
