package org.claimbench.analysis.attribution;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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

import org.claimbench.analysis.language.HeapUse;

/**
 * Two maximum-entropy models (OpenNLP's L-BFGS trainer) of whether a word is the cue of an attribution, from the
 * {@link CueFeatures} of the word and its neighbours: one for verbs, one for nouns and adjectives (the nominal model: "her
 * warning that …", "were adamant that …"), trained apart so that neither's weights move the other's. The standard models,
 * {@code cue-model.bin.gz} beside this class, are trained on the train split of PolNeAR (Newell, Margolin and Ruths, "An
 * Attribution Relations Corpus for Political News", LREC 2018) by {@code claimbench train attribution --corpus
 * PolNeAR/train --out FILE} (see {@link CueModelTraining}); they hold the weights of single-word, part-of-speech and shape
 * features only. They find cues the lexicon lacks ("have", "make", "seem" …) where the rules find no attribution in a
 * sentence, and a verb with a that-clause in another clause of a sentence where they find one ({@link ModelCues#besides}).
 * <p>
 * The file is gzipped: the verbs' model and the nominal model, each as a 4-byte big-endian length and OpenNLP's binary
 * model format (length 0: no nominal model, when the corpus had no noun or adjective cue).
 * <p>
 * Loaded once, lazily, on first use (never call it first on the JavaFX thread); thread-safe.
 */
public final class CueModel {

    /** The outcome of a cue. */
    static final String CUE = "cue";
    /** The outcome of any other word. */
    static final String OTHER = "other";

    /**
     * The probability from which a word is taken as a cue, chosen on PolNeAR dev (docs/suggestions.md, attribution rounds 6
     * and 7). Lower thresholds raise speaker accuracy and lower the precision of attributed suggestions (round 6, verbs, dev
     * speakerAccuracy / precision: 0.1 0.745 / 0.781, 0.2 0.741 / 0.797, 0.3 0.735 / 0.804, 0.5 0.726 / 0.816); at 0.1 the
     * samples' claim recall and source accuracy fall (0.791 to 0.780, 0.778 to 0.761), at 0.2 they do not. Round 7 (nouns
     * and adjectives at 0.1, 0.2, 0.3, 0.5 with verbs at 0.2): see docs/suggestions.md.
     */
    static final double THRESHOLD = 0.2;

    private static final String RESOURCE = "cue-model.bin.gz";

    private final MaxentModel verbs;
    private final MaxentModel nominals;

    /** @param nominals the nouns' and adjectives' model; null for none (every noun and adjective then has probability 0) */
    CueModel(MaxentModel verbs, MaxentModel nominals) {
        this.verbs = verbs;
        this.nominals = nominals;
        outcome(verbs);
        if (nominals != null) {
            outcome(nominals);
        }
    }

    private static int outcome(MaxentModel m) {
        int cue = m.getIndex(CUE);
        if (cue < 0) {
            throw new IllegalStateException("The cue model has no outcome '" + CUE + "': was it trained on a corpus with no cues?");
        }
        return cue;
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
        long before = HeapUse.afterCollection();
        CueModel[] copies = new CueModel[40];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = read(RESOURCE);
        }
        long heap = (HeapUse.afterCollection() - before) / copies.length;
        java.lang.ref.Reference.reachabilityFence(copies);
        return new Load(millis, heap);
    }

    /**
     * The probability, 0 to 1, that a word with these features is an attribution's cue.
     *
     * @param verb whether the word is a verb (the verbs' model) or a noun or an adjective (the nominal model)
     */
    double probability(String[] features, boolean verb) {
        MaxentModel m = verb ? verbs : nominals;
        return m == null ? 0 : m.eval(features)[m.getIndex(CUE)];
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
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        MaxentModel verbs = readPart(data);
        if (verbs == null) {
            throw new IOException("the cue model holds no verbs' model");
        }
        return new CueModel(verbs, readPart(data));
    }

    private static MaxentModel readPart(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0) {
            throw new IOException("a part of the cue model has a negative length: it is no cue model");
        }
        if (length == 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }

    /** Writes the models gzipped: each as its length and OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        for (MaxentModel m : new MaxentModel[] {verbs, nominals}) {
            if (m == null) {
                data.writeInt(0);
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new GenericModelWriter((AbstractModel) m, new DataOutputStream(bytes)).persist();
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        data.flush();
        gz.finish();
    }

    /** How many features the models weigh (the verbs' and the nominal model's together). */
    public int features() {
        return index(verbs).size() + (nominals == null ? 0 : index(nominals).size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> index(MaxentModel m) {
        return (Map<String, Context>) ((AbstractModel) m).getDataStructures()[1];
    }

    /** A feature and its weight for the outcome "cue" (positive: for a cue; negative: against). */
    public record Weight(String feature, double weight) {
    }

    /**
     * The features with the largest weights for a cue, {@code n} for and {@code n} against (for the documentation); every
     * feature once, strongest for first, when the model has fewer than 2n.
     */
    public List<Weight> strongest(int n) {
        List<Weight> all = new ArrayList<>();
        for (MaxentModel m : new MaxentModel[] {verbs, nominals}) {
            if (m == null) {
                continue;
            }
            int cue = m.getIndex(CUE);
            index(m).forEach((feature, c) -> {
                double w = 0;
                for (int o = 0; o < c.getOutcomes().length; o++) {
                    w += c.getOutcomes()[o] == cue ? c.getParameters()[o] : -c.getParameters()[o];
                }
                all.add(new Weight(feature, w));
            });
        }
        all.sort(Comparator.comparingDouble(Weight::weight).reversed().thenComparing(Weight::feature));
        int top = Math.min(n, all.size());
        List<Weight> out = new ArrayList<>(all.subList(0, top));
        out.addAll(all.subList(Math.max(top, all.size() - n), all.size()));
        return out;
    }
}
