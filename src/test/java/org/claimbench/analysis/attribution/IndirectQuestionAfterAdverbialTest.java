package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * Attribution round 22: a cue verb's -s form read as a plural noun after its subject, with an adverbial and then "how",
 * "whether" or "why" (an indirect question, Quirk et al. 1985, 15.5), is the verb, as before "that". Read by the rules
 * alone, so that the cue model, which may take such a verb on its own, does not hide the reading. Sentences written for
 * this test, with the cases to leave alone.
 */
class IndirectQuestionAfterAdverbialTest {

    private static final AttributionFinder RULES = new AttributionFinder(English.shared(), CueLexicon.standard(), false);

    private static List<String> read(String text) {
        return RULES.find(text).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }

    @Test
    void aCueVerbReadAsANounBeforeAnAdverbialAndAnIndirectQuestionIsTheCue() {
        List<String> read = read("A new study being published on Friday by a team of economists shows in detail how the harbour lost its trade.");
        assertEquals(1, read.size(), read.toString());
        assertTrue(read.get(0).endsWith("| shows | how the harbour lost its trade"), read.toString());
    }

    @Test
    void aPluralNounBeforeAPrepositionalPhraseAndTheSentencesVerbStaysANoun() {
        assertEquals(List.of(), read("The council reports on its roads were late."));
    }
}
