package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * Stop 56: an adverb between "have" and its past participle ({@link PerfectAuxiliaries}): "has repeatedly accused", "had long
 * insisted". The tagger reads "has" there as a main verb, or "long" as an adjective, and the report was lost. Sentences and
 * names written for this test; the tagger misreads each of the first three as described.
 */
class MedialAdverbTest {

    private static String tagOf(AnalysedSentence s, String word) {
        return s.tokens().stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void haveReadAsAMainVerbBeforeAnAdverbAndAParticipleIsTheAuxiliary() {
        assertEquals(List.of("Berg | accused | the mayor of lying about the pier"),
                AttributionText.read("Berg has repeatedly accused the mayor of lying about the pier."));
    }

    @Test
    void longReadAsAnAdjectiveAfterThePerfectAuxiliaryIsAnAdverb() {
        assertEquals(List.of("Berg | insisted | the pier was safe"), AttributionText.read("Berg had long insisted that the pier was safe."));
        assertEquals(List.of("Rival council members | criticized | Mr. Orsk for backing the toll road"),
                AttributionText.read("Rival council members have long criticized Mr. Orsk for backing the toll road."));
    }

    @Test
    void theAdverbIsTaggedAsOne() {
        AnalysedSentence s = English.shared().analyse("The growers have long complained that the ministry ignores them.").get(0);
        assertEquals("ADV", tagOf(PerfectAuxiliaries.of(s), "long"));
    }

    @Test
    void aQuantifierBeforeAParticipleAndItsNounStaysAsTagged() {
        AnalysedSentence s = English.shared().analyse("The club has few trained coaches this year.").get(0);
        AnalysedSentence read = PerfectAuxiliaries.of(s);
        assertEquals(tagOf(s, "few"), tagOf(read, "few"));
        assertEquals(tagOf(s, "has"), tagOf(read, "has"));
    }
}
