package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.analysis.evaluation.BratCorpus;
import org.claimbench.analysis.evaluation.GoldAttribution;
import org.claimbench.analysis.evaluation.GoldDocument;
import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** Training the cue model on a tiny BRAT corpus written for this test (tiny-cue-corpus: two texts, eleven attributions). */
class CueModelTrainingTest {

    private static CueModelTraining trainedOnTinyCorpus() throws Exception {
        Path dir = Path.of(CueModelTrainingTest.class.getResource("tiny-cue-corpus").toURI());
        CueModelTraining training = new CueModelTraining(English.shared());
        for (GoldDocument d : BratCorpus.read(dir).documents()) {
            List<TextSpan> cues = new ArrayList<>();
            for (GoldAttribution a : d.attributions()) {
                cues.addAll(a.cue());
            }
            training.add(d.text(), cues);
        }
        return training;
    }

    /** The model's probability for the first verb of the text. */
    private static double firstVerb(CueModel model, String text) {
        AnalysedSentence s = English.shared().analyse(text).get(0);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).is("VERB")) {
                return model.probability(CueFeatures.of(text, s.tokens(), i, Quotations.of(text), CueLexicon.standard()));
            }
        }
        throw new AssertionError("no verb in " + text);
    }

    @Test
    void everyGoldCueVerbIsAPositiveEventAndEveryOtherVerbANegativeOne() throws Exception {
        CueModelTraining training = trainedOnTinyCorpus();
        assertEquals(11, training.cues());
        assertTrue(training.verbs() > 20, "verbs: " + training.verbs());
    }

    @Test
    void theTrainedModelWritesReadsBackAndRanksACueAboveAnotherVerb() throws Exception {
        CueModel model = trainedOnTinyCorpus().train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        CueModel read = CueModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        String cue = "The weather office said the storm would reach the coast by night.";
        String other = "The fishing boats stayed in the harbour all week.";
        assertEquals(firstVerb(model, cue), firstVerb(read, cue), 1e-9);
        assertTrue(firstVerb(read, cue) > 0.5 && firstVerb(read, other) < 0.5, firstVerb(read, cue) + " / " + firstVerb(read, other));
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        trainedOnTinyCorpus().train().write(a);
        trainedOnTinyCorpus().train().write(b);
        assertTrue(Arrays.equals(a.toByteArray(), b.toByteArray()));
    }

    @Test
    void aCorpusWithoutCuesGetsAClearMessage() {
        CueModelTraining training = new CueModelTraining(English.shared());
        training.add("The boats stayed in the harbour. The nets dried on the quay.", List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, training::train);
        assertTrue(e.getMessage().contains("Cue annotations"), e.getMessage());
    }
}
