package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.Test;

/** The tagger's sums read from each word form's features once are the sums of OpenNLP's context, bit for bit. */
class TaggerContextsTest {

    private static final Models M = Models.read();

    private static String[] outcomes() {
        String[] out = new String[M.tagger.getNumOutcomes()];
        for (int o = 0; o < out.length; o++) {
            out[o] = M.tagger.getOutcome(o);
        }
        return out;
    }

    @Test
    void everyTokensSumsAreTheSumsOfOpenNlpsContextBitForBit() {
        String text = "Harbour officials said on Tuesday that the ferry, which has sailed since 1962, would be sold. "
                + "“We can't keep her running,” the port's director told reporters at 9:30 a.m. Critics doubt it; "
                + "two bidders (one U.S.-based, one from Oslo) have withdrawn, citing rust and a $3.5m repair bill. "
                + "Why? Nobody knows. OK. The MAYOR's office declined to comment on the 2nd vote, e-mails show. "
                + "Self-made builders, ex-officials and the Rev. Ann Lowe-Baptiste wrote: \"No!\"";
        POSContextGenerator generator = M.tags.getFactory().getPOSContextGenerator(0);
        TaggerContexts forms = new TaggerContexts(M.taggerScores, M.tags.getFactory().getPOSContextGenerator(0), outcomes());
        assertTrue(forms.fits(), "the shipped model's generator has the shape the tagger reads");
        GreedyTagger tagger = new GreedyTagger(M.tags, M.tagger, M.taggerScores);
        int compared = 0;
        for (AnalysedSentence s : English.shared().analyse(text)) {
            String[] tokens = s.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] tags = tagger.tag(tokens);
            int[] chosen = new int[tags.length];
            for (int i = 0; i < tags.length; i++) {
                chosen[i] = M.tagger.getIndex(tags[i]);
            }
            TaggerContexts.Form[] read = forms.forms(tokens);
            for (int i = 0; i < tokens.length; i++) {
                double[] expected = M.taggerScores.sums(generator.getContext(i, tokens, Arrays.copyOf(tags, i), null),
                        new double[M.tagger.getNumOutcomes()]);
                double[] actual = forms.sums(read, i, chosen, new double[M.tagger.getNumOutcomes()]);
                assertArrayEquals(expected, actual, 0.0, tokens[i] + " in " + s.text());
                compared++;
            }
        }
        assertTrue(compared > 100, "tokens compared: " + compared);
    }

    @Test
    void aGeneratorOfAnotherShapeIsNoticedSoTheTaggerAsksItForEveryToken() {
        POSContextGenerator shipped = M.tags.getFactory().getPOSContextGenerator(0);
        // The shipped features with the word feature left out: a model whose features are not the ones read.
        POSContextGenerator other = new POSContextGenerator() {
            @Override
            public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
                return Arrays.stream(shipped.getContext(index, sequence, priorDecisions, additionalContext))
                        .filter(f -> !f.startsWith("n1w=")).toArray(String[]::new);
            }
        };
        assertFalse(new TaggerContexts(M.taggerScores, other, outcomes()).fits());
    }
}
