package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.analysis.language.AnalysedSentence;
import org.junit.jupiter.api.Test;

/**
 * Attribution round 24: a capitalised word the tagger read as a verb or an adverb before a time phrase and its verb stands
 * where a name stands, the subject before an adverbial of time (PolNeAR has the tagger read "Trump/VERB on Tuesday
 * dismissed …" and "Trump/ADV earlier Tuesday backed …"; Quirk et al. 1985, 8.20). Sentences written for this test, tags
 * given by hand as the tagger read those, with the cases to leave alone.
 */
class NameBeforeATimePhraseTest {

    @Test
    void aCapitalisedWordBeforeATimePhraseAndItsVerbIsAName() {
        // Before: the verb's subject was "Tuesday", "time", "Wednesday".
        assertEquals("PROPN", tag("Hunt on Tuesday dismissed the plan .", "VERB ADP PROPN VERB DET NOUN PUNCT", 0));
        assertEquals("PROPN", tag("Hunt at the time said the fees would rise .", "VERB ADP DET NOUN VERB DET NOUN AUX VERB PUNCT", 0));
        assertEquals("PROPN", tag("Hunt earlier Tuesday backed away .", "ADV ADJ PROPN VERB ADV PUNCT", 0));
        assertEquals("PROPN", tag("the pilot , who Wade on Wednesday called a fraud .", "DET NOUN PUNCT PRON VERB ADP PROPN VERB DET NOUN PUNCT", 4));
    }

    @Test
    void aVerbBeforeATimePhraseWithNoVerbAfterItStaysAVerb() {
        // "Asked on Tuesday about the pier, …": a participle clause opening the sentence.
        assertEquals("VERB", tag("Asked on Tuesday about the pier , Hunt said no .", "VERB ADP PROPN ADP DET NOUN PUNCT PROPN VERB INTJ PUNCT", 0));
        // A word in small letters is no name.
        assertEquals("VERB", tag("the pilots left on Tuesday said no .", "DET NOUN VERB ADP PROPN VERB INTJ PUNCT", 2));
    }

    private static String tag(String words, String tags, int i) {
        AnalysedSentence read = NameTags.of(ClosedClassTagsTest.sentence(words, tags));
        return read.tokens().get(i).tag();
    }
}
