package org.claimbench.analysis.attribution;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model (OpenNLP's L-BFGS trainer) of whether a verb is the cue of an attribution, from the
 * {@link CueFeatures} of the verb and its neighbours. The standard model, {@code cue-model.bin.gz} beside this class, is
 * trained on the train split of PolNeAR (Newell, Margolin and Ruths, "An Attribution Relations Corpus for Political News",
 * LREC 2018) by {@code claimbench train attribution --corpus PolNeAR/train --out FILE} (see {@link CueModelTraining}); it
 * holds the weights of single-word, part-of-speech and shape features only. It finds cues the lexicon lacks ("have",
 * "make", "seem" …) where the rules find no attribution in a sentence.
 * <p>
 * Loaded once, lazily, on first use (never call it first on the JavaFX thread); thread-safe.
 */
public final class CueModel {

    /** The outcome of a cue. */
    static final String CUE = "cue";
    /** The outcome of any other verb. */
    static final String OTHER = "other";

    /**
     * The probability from which a verb is taken as a cue, chosen on PolNeAR dev (docs/suggestions.md, attribution round 6).
     * Lower thresholds raise speaker accuracy and lower the precision of attributed suggestions (dev speakerAccuracy /
     * precision: 0.1 0.745 / 0.781, 0.2 0.741 / 0.797, 0.3 0.735 / 0.804, 0.5 0.726 / 0.816); at 0.1 the samples' claim recall
     * and source accuracy fall (0.791 to 0.780, 0.778 to 0.761), at 0.2 they do not.
     */
    static final double THRESHOLD = 0.2;

    private static final String RESOURCE = "cue-model.bin.gz";

    private final MaxentModel model;
    private final int cue;

    CueModel(MaxentModel model) {
        this.model = model;
        this.cue = model.getIndex(CUE);
        if (cue < 0) {
            throw new IllegalStateException("The cue model has no outcome '" + CUE + "': was it trained on a corpus with no cues?");
        }
    }

    /**
     * What loading the standard model costs.
     *
     * @param millis    wall-clock time to read it from the jar, in milliseconds
     * @param heapBytes the heap it holds: used heap after a full collection, after loading minus before (an estimate: other
     *                  threads allocating at the same time blur it)
     */
    public record Load(long millis, long heapBytes) {
    }

    private static final class Standard {
        static final CueModel MODEL = read(RESOURCE);
    }

    /** The standard model (PolNeAR train), loaded on first call; blocks while another thread loads it. */
    public static CueModel standard() {
        return Standard.MODEL;
    }

    /**
     * Loads the standard model afresh and measures it ({@link Load}): the time of the first reading, and the heap of forty
     * copies held at once, divided by forty (one copy is small beside the collector's noise), full garbage collections
     * before and after, which stop every thread. For benchmarks; the finder calls {@link #standard()}.
     */
    public static Load measureLoad() {
        long t0 = System.nanoTime();
        read(RESOURCE);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long before = usedHeapAfterCollection();
        CueModel[] copies = new CueModel[40];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = read(RESOURCE);
        }
        long heap = (usedHeapAfterCollection() - before) / copies.length;
        java.lang.ref.Reference.reachabilityFence(copies);
        return new Load(millis, heap);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The probability, 0 to 1, that a verb with these features is an attribution's cue. */
    double probability(String[] features) {
        return model.eval(features)[cue];
    }

    /**
     * Reads a model written by {@link #write}. Throws IllegalStateException naming the resource when it is missing
     * or not a model.
     */
    static CueModel read(String resource) {
        try (InputStream in = CueModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The cue model " + resource + " is missing from the build: rebuild Claimbench with 'mvn package'.");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The cue model " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a gzipped model written by {@link #write}. */
    public static CueModel read(InputStream in) throws IOException {
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(new GZIPInputStream(in)))).getModel();
        return new CueModel(m);
    }

    /** Writes the model gzipped in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(gz)).persist();
        gz.finish();
    }

    /** How many features the model weighs. */
    public int features() {
        @SuppressWarnings("unchecked")
        Map<String, Context> index = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        return index.size();
    }

    /** A feature and its weight for the outcome "cue" (positive: for a cue; negative: against). */
    public record Weight(String feature, double weight) {
    }

    /**
     * The features with the largest weights for a cue, {@code n} for and {@code n} against (for the documentation); every
     * feature once, strongest for first, when the model has fewer than 2n.
     */
    public List<Weight> strongest(int n) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> index = (Map<String, Context>) data[1];
        List<Weight> all = new ArrayList<>();
        index.forEach((feature, c) -> {
            double w = 0;
            for (int o = 0; o < c.getOutcomes().length; o++) {
                w += c.getOutcomes()[o] == cue ? c.getParameters()[o] : -c.getParameters()[o];
            }
            all.add(new Weight(feature, w));
        });
        all.sort(Comparator.comparingDouble(Weight::weight).reversed().thenComparing(Weight::feature));
        int top = Math.min(n, all.size());
        List<Weight> out = new ArrayList<>(all.subList(0, top));
        out.addAll(all.subList(Math.max(top, all.size() - n), all.size()));
        return out;
    }
}
