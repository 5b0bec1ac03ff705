package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The tokenizer asked once per form gives OpenNLP's tokens, offsets and all, the second time a form comes as the first. */
class FormTokenizerTest {

    private static final Models M = Models.read();

    @Test
    void theTokensAreOpenNlpsTokenizersForEveryPieceSeenOnceOrAgain() {
        FormTokenizer forms = new FormTokenizer(new TokenizerME(M.tokens));
        TokenizerME reference = new TokenizerME(M.tokens);
        List<String> texts = List.of(
                "Harbour officials said on Tuesday that the ferry (built in 1962) would be sold.",
                "\"We can't keep her running,\" the port's director told reporters at 9:30 a.m., citing a $3.5m repair bill.",
                "Harbour officials said it again:\tthe ferry's sale, they said, was \"final\"; U.S.-based bidders\u00a0withdrew...",
                "e-mails, ex-officials and the Rev. Ann Lowe-Baptiste's aides (two of them) said: No! Why? OK.\n\nNew line here.",
                "");
        for (int round = 0; round < 2; round++) {
            for (String t : texts) {
                assertEquals(Arrays.asList(reference.tokenizePos(t)), Arrays.asList(forms.tokenizePos(t)), t);
            }
        }
    }
}
