package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: a word the tagger put among the prepositions or subordinators, closed classes it is no member of,
 * is a name (capitalised) or a noun. Sentences written for this test, each with the case to leave alone.
 */
class ClosedClassTagsTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aCapitalisedWordReadAsAPrepositionThatIsNoneIsTheSpeakersName() {
        // The tagger reads the unknown surname as a preposition: before, the sentence was the outlet's own.
        assertEquals(List.of("Okafor | asserted | unnamed harbour pilots agree with her"),
                read("The pier closed in May. Okafor also asserted that unnamed harbour pilots agree with her."));
    }

    @Test
    void aCapitalisedPrepositionOpeningTheSentenceIsNoName() {
        assertEquals(List.of("Berg | said | the pier was unsafe in winter"), read("Like the mayor, Berg said the pier was unsafe in winter."));
        assertEquals(List.of("Berg | said | the pier was unsafe in winter"), read("Unlike Okafor, Berg said the pier was unsafe in winter."));
    }

    @Test
    void aNounReadAsASubordinatorInAHeadlineWithNoStopLeavesTheTellingVerbItsAddressee() {
        // "reporters" read as a subordinator: before, the lawyer's report was lost and the reported clause's subject spoke.
        assertEquals(List.of("lawyer | told | the city ignored the warnings"),
                read("A lawyer who represents the families told reporters that the city ignored the warnings\n\nThe board met on Monday."));
    }

    @Test
    void aLowerCaseWordReadAsAPrepositionThatIsNoneIsANoun() {
        // Round 22: "said officers/ADP encountered …" (PolNeAR dev has the tagger read so): the reported clause had no subject
        // and the sentence went to the outlet. Tags given by hand, as the tagger read that sentence.
        AnalysedSentence read = ClosedClassTags.of(sentence("Wardens said officers stopped the ferry across the bay .",
                "NOUN VERB ADP VERB DET NOUN ADP DET NOUN PUNCT"));
        assertEquals("NOUN", read.tokens().get(2).tag());
        assertEquals("officer", read.tokens().get(2).lemma());
        // "across" is a preposition: left as it is.
        assertEquals("ADP", read.tokens().get(6).tag());
    }

    @Test
    void aWordReadAsAnAuxiliaryThatIsNoneIsANameOrAVerb() {
        // Round 22: "Muslim/AUX advocates hailed …" and "declared Clinton won/AUX the primary" (read so in PolNeAR train).
        AnalysedSentence read = ClosedClassTags.of(sentence("Two Harbour pilots said Okafor won the vote and will stay .",
                "NUM AUX NOUN VERB PROPN AUX DET NOUN CCONJ AUX VERB PUNCT"));
        assertEquals("PROPN", read.tokens().get(1).tag());
        assertEquals("VERB", read.tokens().get(5).tag());
        // "will" is an auxiliary: left as it is.
        assertEquals("AUX", read.tokens().get(9).tag());
        // The sentence's first word is capitalised whatever it is: no name for that ("Night drone attacks …").
        assertEquals("AUX", ClosedClassTags.of(sentence("Night drone attacks went on .", "AUX VERB NOUN VERB ADP PUNCT")).tokens().get(0).tag());
    }

    /** A sentence of the words given, split at spaces, each with the tag given and its lower-case form (less a final "s") as its lemma. */
    static AnalysedSentence sentence(String words, String tags) {
        String[] w = words.split(" ");
        String[] g = tags.split(" ");
        List<Token> t = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            String lemma = w[i].toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
            t.add(new Token(at, at + w[i].length(), w[i], g[i], lemma));
            at += w[i].length() + 1;
        }
        return new AnalysedSentence(0, words.length(), 0, words, t);
    }
}
