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
        return trainedOnTinyCorpus(List.of());
    }

    /** The tiny corpus, its gold cues and, where a text holds them, the words {@code nominalCues} taken as cues too. */
    private static CueModelTraining trainedOnTinyCorpus(List<String> nominalCues) throws Exception {
        Path dir = Path.of(CueModelTrainingTest.class.getResource("tiny-cue-corpus").toURI());
        CueModelTraining training = new CueModelTraining(English.shared());
        for (GoldDocument d : BratCorpus.read(dir).documents()) {
            List<TextSpan> cues = new ArrayList<>();
            for (GoldAttribution a : d.attributions()) {
                cues.addAll(a.cue());
            }
            for (String word : nominalCues) {
                int at = d.text().indexOf(word);
                if (at >= 0) {
                    cues.add(new TextSpan(at, at + word.length()));
                }
            }
            training.add(d.text(), cues);
        }
        return training;
    }

    /** The model's probability for the first word of the text with the tag. */
    private static double first(CueModel model, String text, String tag) {
        AnalysedSentence s = English.shared().analyse(text).get(0);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).is(tag)) {
                return model.probability(CueFeatures.of(text, s.tokens(), i, Quotations.of(text), CueLexicon.standard()), tag.equals("VERB"));
            }
        }
        throw new AssertionError("no " + tag + " in " + text);
    }

    /** The model's probability for the first verb of the text. */
    private static double firstVerb(CueModel model, String text) {
        return first(model, text, "VERB");
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
    void nounsAndAdjectivesTrainAModelOfTheirOwnThatLeavesTheVerbsModelAsItIs() throws Exception {
        CueModelTraining verbsOnly = trainedOnTinyCorpus();
        assertEquals(0, verbsOnly.nominalCues());
        assertTrue(verbsOnly.nominals() > 20, "nouns and adjectives: " + verbsOnly.nominals());
        // Nouns of the tiny corpus taken as cues: the nominal model learns from them, the verbs' model must not move.
        CueModelTraining withNouns = trainedOnTinyCorpus(List.of("reporters", "gulls", "containers", "insurers"));
        assertEquals(verbsOnly.cues(), withNouns.cues());
        assertTrue(withNouns.nominalCues() >= 4, "nominal cues: " + withNouns.nominalCues());
        CueModel a = verbsOnly.train();
        CueModel b = withNouns.train();
        String cue = "The weather office said the storm would reach the coast by night.";
        assertEquals(first(a, cue, "VERB"), first(b, cue, "VERB"), 0.0);
        String noun = "The gulls circled the boats at dawn.";
        assertEquals(0.0, first(a, noun, "NOUN"), 0.0, "no nominal model: a noun is no cue");
        assertTrue(first(b, noun, "NOUN") > 0, "a nominal model weighs nouns");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.write(bytes);
        CueModel read = CueModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(first(b, noun, "NOUN"), first(read, noun, "NOUN"), 1e-12);
        assertEquals(first(b, cue, "VERB"), first(read, cue, "VERB"), 1e-12);
    }

    @Test
    void aFileThatIsNoCueModelGetsAnError() {
        byte[] notGzip = "not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(java.io.IOException.class, () -> CueModel.read(new ByteArrayInputStream(notGzip)));
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
