package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.carrotsearch.hppc.LongIntHashMap;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReader;
import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.contradiction.StoredFeatures;
import org.claimbench.analysis.events.ArticleEvents;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.SentenceEncoder;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.EventRow;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.FeaturesRow;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.ReadingRow;

/**
 * Gathers what the contradiction engine needs from a workspace, computing only what is missing:
 * each article's event (inferred from all the texts at once, the user's Article details › Event
 * winning; stored so the details show it) and each claim's reading and vector (stored ones reused
 * while the claim's quote is unchanged; the others computed in batches and stored batch by batch,
 * so work done survives an interruption). Slow the first time (about 3 ms a claim): call it from a
 * background thread.
 */
public final class ContradictionInputs {

    /** Claims read and stored together. */
    private static final int CHUNK = 256;

    private ContradictionInputs() {
    }

    /** Infers every article's event, stores the result and returns it by article id. */
    public static Map<Long, EventGroups.Assigned> inferEvents(Workspace w) {
        List<ArticleEvents.Input> inputs = new ArrayList<>();
        for (Article a : w.articles()) {
            inputs.add(new ArticleEvents.Input(a.id(), w.text(a.id()), a.metadata().publishedDate(), a.metadata().event()));
        }
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(inputs);
        List<EventRow> rows = new ArrayList<>();
        events.forEach((id, e) -> rows.add(new EventRow(id, e.label(), String.join("|", e.keys()))));
        w.analysis().saveEvents(rows);
        return events;
    }

    /**
     * The claims as the engine takes them, with events inferred afresh and readings completed;
     * progress is told (claims read so far, claims to read) after each batch.
     */
    public static List<ClaimFacts> read(Workspace w, List<Claim> claims, BiConsumer<Integer, Integer> progress) {
        Map<Long, EventGroups.Assigned> events = inferEvents(w);
        List<ClaimFacts> facts = new ArrayList<>(claims.size());
        for (ClaimFacts f : ClaimFacts.of(w, claims)) {
            EventGroups.Assigned e = events.get(f.articleId());
            facts.add(e == null ? f : f.withEvent(e.label(), e.keys()));
        }
        return withReadings(w, facts, progress);
    }

    /**
     * One changed claim as the engine takes it: its article's stored event, and its reading (computed if missing); its features
     * are stored anew.
     */
    public static ClaimFacts readOne(Workspace w, Claim c) {
        ClaimFacts f = ClaimFacts.of(w, List.of(c)).get(0);
        String label = f.event();
        List<String> keys = List.of();
        EventRow inferred = w.analysis().inferredEvent(c.articleId()).orElse(null);
        if (inferred != null) {
            label = label.isBlank() ? inferred.label() : label;
            keys = inferred.keys().isEmpty() ? List.of() : List.of(inferred.keys().split("\\|"));
        }
        ClaimFacts read = withReadings(w, List.of(f.withEvent(label, keys)), (a, b) -> { }).get(0);
        // Its stored features follow it (the next build finds them current; they would be made again there otherwise).
        byte[] features = StoredFeatures.encode(read);
        if (features != null) {
            w.analysis().saveFeatures(List.of(new FeaturesRow(read.id(), features)));
        }
        return read;
    }

    /**
     * Each claim's stored features ({@link StoredFeatures}), by the claims' places, for {@link
     * org.claimbench.analysis.contradiction.ContradictionIndex#ContradictionIndex(List, List)}: a row made by the present code
     * from the claim as it is now is taken, the others (none yet, or stale: another quote, lead, event or reading, another
     * version of the code, or damaged) are made now on all cores and stored, batch by batch; progress is told (claims made so
     * far, claims to make) after each batch. A modifiable list (the index lets each form go once read). From a background thread.
     */
    public static List<byte[]> features(Workspace w, List<ClaimFacts> facts, BiConsumer<Integer, Integer> progress) {
        List<byte[]> out = new ArrayList<>(java.util.Collections.nCopies(facts.size(), (byte[]) null));
        if (!facts.isEmpty()) {
            LongIntHashMap at = new LongIntHashMap(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                at.put(facts.get(i).id(), i);
            }
            w.analysis().forEachFeatures(r -> {
                int i = at.getOrDefault(r.claimId(), -1);
                if (i >= 0 && StoredFeatures.current(facts.get(i), r.features())) {
                    out.set(i, r.features());
                }
            });
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null && facts.get(i).reading().present()) {
                missing.add(i);
            }
        }
        progress.accept(0, missing.size());
        for (int from = 0; from < missing.size(); from += FEATURES_CHUNK) {
            List<Integer> chunk = missing.subList(from, Math.min(missing.size(), from + FEATURES_CHUNK));
            List<byte[]> made = StoredFeatures.encodeAll(chunk.stream().map(facts::get).toList());
            List<FeaturesRow> rows = new ArrayList<>(chunk.size());
            for (int k = 0; k < chunk.size(); k++) {
                out.set(chunk.get(k), made.get(k));
                rows.add(new FeaturesRow(facts.get(chunk.get(k)).id(), made.get(k)));
            }
            w.analysis().saveFeatures(rows);
            progress.accept(Math.min(missing.size(), from + FEATURES_CHUNK), missing.size());
        }
        return out;
    }

    /** Claims whose features are made and stored together. */
    private static final int FEATURES_CHUNK = 1024;

    private static List<ClaimFacts> withReadings(Workspace w, List<ClaimFacts> facts, BiConsumer<Integer, Integer> progress) {
        return withReadings(w, facts, progress, () -> false);
    }

    /**
     * The claims with their stored readings where made by the present model from their present quotes, the others read now
     * and stored a chunk at a time; progress told (claims read, claims to read) before the first chunk and after each. Stops
     * before the next chunk once {@code cancelled} says so: claims not read then keep no reading ({@link MeaningVector#ABSENT}).
     */
    static List<ClaimFacts> withReadings(Workspace w, List<ClaimFacts> facts, BiConsumer<Integer, Integer> progress,
                                         java.util.function.BooleanSupplier cancelled) {
        List<ClaimFacts> out = new ArrayList<>(facts);
        boolean[] stored = new boolean[out.size()];
        // Stored rows are decoded as they are read, none kept: all of them at once (about 700 bytes a claim) beside what is
        // made of them was the largest passing thing on the heap when a big workspace is opened; one changed claim reads
        // its own row only.
        if (out.size() == 1) {
            w.analysis().reading(out.get(0).id()).ifPresent(r -> stored[0] = useStored(out, 0, r));
        } else if (!out.isEmpty()) {
            LongIntHashMap at = new LongIntHashMap(out.size());
            for (int i = 0; i < out.size(); i++) {
                at.put(out.get(i).id(), i);
            }
            w.analysis().forEachReading(r -> {
                int i = at.getOrDefault(r.claimId(), -1);
                if (i >= 0) {
                    stored[i] = useStored(out, i, r);
                }
            });
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < stored.length; i++) {
            if (!stored[i]) {
                missing.add(i);
            }
        }
        // Texts of like length together: the encoder pads a batch to its longest text.
        missing.sort(java.util.Comparator.comparingInt(i -> out.get(i).text().length()));
        progress.accept(0, missing.size());
        for (int from = 0; from < missing.size() && !cancelled.getAsBoolean(); from += CHUNK) {
            List<Integer> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            List<ClaimFacts> read = ClaimReader.complete(chunk.stream().map(out::get).toList(), n -> { });
            List<ReadingRow> rows = new ArrayList<>(read.size());
            for (int k = 0; k < chunk.size(); k++) {
                ClaimFacts r = read.get(k);
                out.set(chunk.get(k), r);
                rows.add(new ReadingRow(r.id(), quoteHash(r.text()), SentenceEncoder.MODEL, r.vector().toBytes(), r.reading().encode()));
            }
            w.analysis().saveReadings(rows);
            progress.accept(Math.min(missing.size(), from + CHUNK), missing.size());
        }
        return out;
    }

    /** Takes a claim's stored reading into out[i] if it was made from its present quote by the present model. */
    private static boolean useStored(List<ClaimFacts> out, int i, ReadingRow r) {
        ClaimFacts f = out.get(i);
        if (r.quoteHash() != quoteHash(f.text()) || !r.model().equals(SentenceEncoder.MODEL)) {
            return false;
        }
        out.set(i, f.withReading(ClaimReading.decode(r.lemmas()), MeaningVector.fromBytes(r.vector())));
        return true;
    }

    /**
     * The meaning vectors stored for these claims, by claim id: only those made by the present model from the claim's quote as
     * it is now (the suggestion engine makes and stores them in the background); a claim without one is left out. From a
     * background thread: the stored readings are read in batches.
     */
    public static Map<Long, MeaningVector> storedVectors(Workspace w, List<Claim> claims) {
        LongIntHashMap at = new LongIntHashMap(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            at.put(claims.get(i).id(), i);
        }
        Map<Long, MeaningVector> out = new java.util.HashMap<>();
        w.analysis().forEachReading(r -> {
            int i = at.getOrDefault(r.claimId(), -1);
            if (i >= 0 && r.quoteHash() == quoteHash(claims.get(i).exact()) && r.model().equals(SentenceEncoder.MODEL)) {
                out.put(r.claimId(), MeaningVector.fromBytes(r.vector()));
            }
        });
        return out;
    }

    /** A hash of a claim's quote (its length and String hash): a stored reading of another quote is read again. */
    static long quoteHash(String quote) {
        return ((long) quote.hashCode() << 32) | (quote.length() & 0xffffffffL);
    }
}
