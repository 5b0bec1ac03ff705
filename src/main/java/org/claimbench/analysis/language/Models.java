package org.claimbench.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four OpenNLP 1.3.0 UD English models (opennlp-models-sentdetect-en, -tokenizer-en, -pos-en,
 * -lemmatizer-en; Apache 2.0), read from their jars on the class path. Models are immutable and
 * thread-safe (OpenNLP's documentation), so one set serves every thread.
 *
 * <p>Two decoding options are set differently from the shipped manifests, both options of OpenNLP
 * itself and both measured on the PolNeAR dev texts (78,165 tokens) to change nothing, and one addition:
 * <ul>
 * <li>the tokenizer's alphanumeric optimisation: a run of ASCII letters and digits between spaces is
 *     one token without asking the classifier (no token changed; tokenising took a third of the time);</li>
 * <li>the tagger decodes greedily (beam 1) instead of with a beam of 3 (no tag changed; half the time), by {@link GreedyTagger};</li>
 * <li>the tokenizer is given the {@link Abbreviations} the sentence detector knows, OpenNLP's own mechanism for them, so "Sen.",
 *     "Gov." and "Calif." stay one token as "Mr." and "U.S." already did (the model alone wrote "Sen" and ".");</li>
 * <li>the tokenizer's, the tagger's and the lemmatizer's models are asked through {@link GisScores}: OpenNLP's probabilities bit
 *     for bit, looked up in a compact table instead of a map of objects (the lookups were a quarter of the claim suggestions'
 *     time).</li>
 * <li>the lemmatizer's best readings come from {@link LemmaBeam}: OpenNLP's beam search, with the beam's threshold found
 *     without sorting all 860 edit scripts' scores at each step (the same readings).</li>
 * </ul>
 */
final class Models {

    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel tags;
    final MaxentModel tagger;
    /** The tagger's model as {@link GisScores}: built once here, shared by every thread's tagger. */
    final GisScores taggerScores;
    final LemmatizerModel lemmas;
    /** The lemmatizer's model through {@link GisScores}: built once here, shared by every thread's lemmatizer. */
    final GisScores.Model lemmatizer;
    final ModelLoad load;

    private Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags, MaxentModel tagger, LemmatizerModel lemmas,
                   GisScores.Model lemmatizer, ModelLoad load) {
        this.tagger = tagger;
        this.taggerScores = new GisScores(tagger);
        this.lemmatizer = lemmatizer;
        this.sentences = sentences;
        this.tokens = tokens;
        this.tags = tags;
        this.lemmas = lemmas;
        this.load = load;
    }

    /** Reads the models; throws IllegalStateException naming the model when a jar is missing or unreadable. */
    static Models read() {
        return read(false);
    }

    /**
     * As {@link #read()}; with measureHeap, also the heap the models hold, measured with a full garbage
     * collection before and after, which stops every thread (the app's window too) for 100-250 ms:
     * for benchmarks only.
     */
    static Models read(boolean measureHeap) {
        long heapBefore = measureHeap ? HeapUse.afterCollection() : 0;
        long t0 = System.nanoTime();
        SentenceModel sentences = read(SENTENCES, SentenceModel::new);
        TokenizerModel shippedTokens = read(TOKENS, TokenizerModel::new);
        TokenizerModel tokens = new TokenizerModel(new GisScores.Model(shippedTokens.getMaxentModel()), Map.of(),
                new TokenizerFactory("en", Abbreviations.dictionary(), true, null));
        POSModel shippedTags = read(TAGS, POSModel::new);
        MaxentModel tagger = shippedTags.getArtifact("pos.model");
        POSModel tags = new POSModel("en", tagger, 1, Map.of(), shippedTags.getFactory());
        LemmatizerModel shippedLemmas = read(LEMMAS, LemmatizerModel::new);
        GisScores.Model lemmatizer = new GisScores.Model((MaxentModel) shippedLemmas.getArtifact("lemmatizer.model"));
        LemmatizerModel lemmas = new LemmatizerModel(shippedLemmas.getLanguage(), lemmatizer,
                Integer.parseInt(shippedLemmas.getManifestProperty("BeamSize")), Map.of(), shippedLemmas.getFactory());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long heap = measureHeap ? Math.max(0, HeapUse.afterCollection() - heapBefore) : -1;
        return new Models(sentences, tokens, tags, tagger, lemmas, lemmatizer, new ModelLoad(millis, heap));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String name, Reader<T> reader) {
        try (InputStream in = Models.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP English model '" + name + "' is not on the class path: "
                        + "its jar (org.apache.opennlp:opennlp-models-*-en:1.3.0) is missing; rebuild Claimbench with 'mvn package'.");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("The OpenNLP English model '" + name + "' could not be read (" + e.getMessage()
                    + "); its jar may be damaged: rebuild Claimbench with 'mvn package'.", e);
        }
    }
}
