package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.junit.jupiter.api.Test;

/**
 * Stop 51: an adverb in -ly the tagger read as a verb is read as an adverb ({@link AdverbTags}); a verb in -ly stays a verb.
 * The UD English model makes this mistake in long sentences only now and then (PolNeAR train and dev: three times where it
 * changed an attribution), so the tests take a sentence of their own, as the model tags it, and put the mistake in it.
 * Sentences written for this test.
 */
class AdverbReadAsVerbTest {

    /** The sentence as the model tags it, with the word {@code word} tagged VERB. */
    private static AnalysedSentence misread(String text, String word) {
        AnalysedSentence s = English.shared().analyse(text).get(0);
        List<Token> t = new ArrayList<>(s.tokens());
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.text().equals(word)) {
                t.set(i, new Token(x.start(), x.end(), x.text(), "VERB", x.text()));
            }
        }
        return new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), t);
    }

    private static String tagOf(AnalysedSentence s, String word) {
        return s.tokens().stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void anAdverbInLyReadAsAVerbIsAnAdverb() {
        String text = "The board said the pier was safe, though the divers swiftly countered that the piles were rotten.";
        assertEquals("ADV", tagOf(AdverbTags.of(misread(text, "swiftly")), "swiftly"));
    }

    @Test
    void aReportAfterAContrastWithAnAdverbReadAsAVerbIsFound() {
        // Before: "stewards promptly/VERB clarified" read as no clause, and the mayor's content ran on over the stewards' report.
        String text = "The mayor announced on Monday that the new ferry would sail within a week, though union stewards promptly clarified "
                + "that the ferry would stay in port.";
        assertEquals(List.of("mayor | announced | the new ferry would sail within a week",
                        "union stewards | clarified | the ferry would stay in port"),
                new AttributionFinder().find(text, List.of(misread(text, "promptly"))).stream().map(a -> a.speaker() + " | "
                        + text.substring(a.cue().start(), a.cue().end()) + " | " + text.substring(a.content().start(), a.content().end())).toList());
    }

    @Test
    void aVerbInLyStaysAVerb() {
        String text = "The divers reply that the piles are rotten and rely on their own survey.";
        AnalysedSentence s = AdverbTags.of(misread(text, "reply"));
        assertEquals("VERB", tagOf(s, "reply"));
        assertEquals("VERB", tagOf(AdverbTags.of(misread(text, "rely")), "rely"));
    }
}
