package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

class CueStatisticsTest {

    private static Optional<CueStatistics.Entry> entry(List<CueStatistics.Entry> entries, String lemma, String form) {
        return entries.stream().filter(e -> e.lemma().equals(lemma) && e.form().equals(form)).findFirst();
    }

    @Test
    void countsEachCueLemmaByFormWithTheShareOfItsOccurrencesThatAreCues() throws Exception {
        // The tiny corpus: "Officials said …", "Parents were told …" (a passive cue), "… Mayor Lena Ortiz said …",
        // "…,” she told reporters", "… according to a report …"; "Engineers found cracks" is no cue.
        List<CueStatistics.Entry> entries = CueStatistics.of(BratCorpus.read(BratCorpusTest.tinyCorpus()).documents(), English.shared()).entries(1);
        CueStatistics.Entry say = entry(entries, "say", "verb").orElseThrow();
        assertEquals(2, say.attributions());
        assertEquals(1.0, say.share(), 1e-9);
        assertEquals(1, entry(entries, "tell", "passive").orElseThrow().attributions());
        assertEquals(1, entry(entries, "tell", "verb").orElseThrow().attributions());
        assertTrue(entry(entries, "find", "verb").isEmpty(), "a verb never annotated as a cue is not listed");
        assertEquals("say", entries.get(0).lemma(), "most attributions first");
    }
}
