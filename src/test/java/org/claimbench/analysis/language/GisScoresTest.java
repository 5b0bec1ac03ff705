package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.Test;

class GisScoresTest {

    private static final Models MODELS = Models.read();

    @Test
    void probabilitiesAreOpenNlpsBitForBitForEveryTokenOfRealSentences() {
        POSContextGenerator contexts = MODELS.tags.getFactory().getPOSContextGenerator(0);
        GisScores gis = MODELS.taggerScores;
        String[] sentences = {
            "The council's treasurer said on Monday that the new bridge would cost 40 % more than planned.",
            "“Nobody told us,” a fisherman complained, pointing at the half-built pier near Brennock harbour.",
            "Zxqv blorped 17 glimmery wugs; the committee (re)considered it.",
        };
        int compared = 0;
        for (String text : sentences) {
            String[] tokens = text.split(" ");
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                String[] context = contexts.getContext(i, tokens, java.util.Arrays.copyOf(tags, i), null);
                double[] expected = MODELS.tagger.eval(context);
                double[] ours = gis.probabilities(gis.sums(context, new double[gis.outcomes()]));
                assertArrayEquals(expected, ours, () -> String.join(" ", context));
                tags[i] = MODELS.tagger.getBestOutcome(expected);
                compared++;
            }
        }
        assertEquals(40, compared);
    }

    @Test
    void aContextOfUnknownFeaturesGivesTheUniformPriorAsOpenNlpDoes() {
        String[] unknown = {"no-such-feature=1", "w=qqqqzzzz-unseen", ""};
        GisScores gis = MODELS.taggerScores;
        assertArrayEquals(MODELS.tagger.eval(unknown), gis.probabilities(gis.sums(unknown, new double[gis.outcomes()])));
        assertArrayEquals(MODELS.tagger.eval(new String[0]), gis.probabilities(gis.sums(new String[0], new double[gis.outcomes()])));
    }

    @Test
    void theTokenizersModelAnswersAsOpenNlpsForEveryCharacterOfAText() throws Exception {
        opennlp.tools.tokenize.TokenizerModel shipped;
        try (java.io.InputStream in = Models.class.getClassLoader().getResourceAsStream(Models.TOKENS)) {
            shipped = new opennlp.tools.tokenize.TokenizerModel(in);
        }
        opennlp.tools.ml.model.MaxentModel original = shipped.getMaxentModel();
        opennlp.tools.ml.model.MaxentModel ours = MODELS.tokens.getMaxentModel();
        assertEquals(GisScores.Model.class, ours.getClass());
        opennlp.tools.tokenize.TokenContextGenerator contexts = new opennlp.tools.tokenize.DefaultTokenContextGenerator();
        for (String token : new String[] {"don't", "(re)considered,", "U.S.-led", "“Nobody", "40%.", "e-mail:x@y.org"}) {
            for (int i = 1; i < token.length(); i++) {
                String[] context = contexts.getContext(token, i);
                assertArrayEquals(original.eval(context), ours.eval(context), token + " at " + i);
                assertEquals(original.getBestOutcome(original.eval(context)), ours.getBestOutcome(ours.eval(context)));
            }
        }
    }
}
