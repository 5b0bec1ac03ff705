package org.claimbench.analysis.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.ml.model.Event;
import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.domain.TextSpan;

/**
 * Training a {@link CueModel} on an annotated corpus: each verb outside a quotation (as the finder reads the text:
 * OpenNLP's tags with {@link NameTags} and {@link VerbTags}) is one training event, a cue when it lies inside a gold cue span.
 * Only the verbs' {@link CueFeatures} are kept, never the text. Maximum entropy trained by L-BFGS (OpenNLP's QN trainer) with L1 and L2
 * penalties, a fixed number of iterations and a feature cut-off, on one thread: the same corpus gives the same model. Not thread-safe.
 */
public final class CueModelTraining {

    /** Iterations of L-BFGS at most. */
    public static final int ITERATIONS = 100;
    /** The L1 penalty on the weights (OpenNLP's default): it drives the weights of rare, uninformative features to zero. */
    public static final double L1 = 0.1;
    /** The L2 penalty on the weights (ten times OpenNLP's default, see {@link #CUTOFF}). */
    public static final double L2 = 1.0;
    /**
     * A feature seen fewer times than this is left out of the model: rare neighbouring words are memorised, not learned
     * (on PolNeAR dev a cut-off of 10 with L2 1.0 gave more speaker accuracy at the same precision than 3 with 0.1).
     */
    public static final int CUTOFF = 10;

    private final English english;
    private final CueLexicon cues;
    private final List<Event> events = new ArrayList<>();
    private int positives;

    public CueModelTraining(English english) {
        this.english = english;
        this.cues = CueLexicon.standard();
    }

    /**
     * Adds the verbs of one annotated text.
     *
     * @param text     the text
     * @param cueSpans the gold cue spans, UTF-16 offsets into {@code text}
     */
    public void add(String text, List<TextSpan> cueSpans) {
        Quotations quotes = Quotations.of(text);
        for (AnalysedSentence analysed : english.analyse(text)) {
            AnalysedSentence s = VerbTags.of(NameTags.of(analysed), cues);
            for (int i = 0; i < s.tokens().size(); i++) {
                var x = s.tokens().get(i);
                if (!x.is("VERB") || quotes.inside(x.start())) {
                    continue;
                }
                boolean cue = cueSpans.stream().anyMatch(c -> c.start() <= x.start() && x.end() <= c.end());
                positives += cue ? 1 : 0;
                events.add(new Event(cue ? CueModel.CUE : CueModel.OTHER, CueFeatures.of(text, s.tokens(), i, quotes, cues)));
            }
        }
    }

    /** How many verbs were added. */
    public int verbs() {
        return events.size();
    }

    /** How many of them are cues. */
    public int cues() {
        return positives;
    }

    /** The model of the verbs added. Throws IllegalStateException when none is a cue (or none is not). */
    public CueModel train() {
        if (positives == 0 || positives == events.size()) {
            throw new IllegalStateException("The corpus has " + positives + " cue verbs of " + events.size()
                    + ": a model needs both cues and other verbs. Is it an attribution corpus with Cue annotations?");
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(QNTrainer.L1COST_PARAM, L1);
        p.put(QNTrainer.L2COST_PARAM, L2);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        try {
            return new CueModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
