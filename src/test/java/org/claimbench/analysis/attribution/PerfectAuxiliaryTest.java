package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * Stop 52: "have" the tagger read as a main verb right before a past participle is the perfect auxiliary
 * ({@link PerfectAuxiliaries}), so the report whose cue is the participle is found; "have" before its object stays a verb.
 * Sentences written for this test; the tagger reads "had" in the first as a main verb as it stands.
 */
class PerfectAuxiliaryTest {

    private static String tagOf(AnalysedSentence s, String word) {
        return s.tokens().stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void haveReadAsAMainVerbBeforeAParticipleIsTheAuxiliary() {
        AnalysedSentence s = English.shared().analyse("The U.S. had warned that the levy would fall on farmers.").get(0);
        assertEquals("AUX", tagOf(PerfectAuxiliaries.of(s), "had"));
    }

    @Test
    void theReportAfterAPerfectAuxiliaryReadAsAVerbIsFound() {
        assertEquals(List.of("U.S. | warned | the levy would fall on farmers"),
                AttributionText.read("The U.S. had warned that the levy would fall on farmers."));
    }

    @Test
    void haveBeforeItsObjectStaysAVerb() {
        AnalysedSentence s = English.shared().analyse("The farmers had a bad year and had the barns repaired.").get(0);
        AnalysedSentence read = PerfectAuxiliaries.of(s);
        assertEquals(s.tokens().stream().filter(x -> x.text().equals("had")).map(x -> x.tag()).toList(),
                read.tokens().stream().filter(x -> x.text().equals("had")).map(x -> x.tag()).toList());
    }
}
