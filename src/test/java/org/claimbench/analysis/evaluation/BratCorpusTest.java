package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratCorpusTest {

    static Path tinyCorpus() throws URISyntaxException {
        return Path.of(BratCorpusTest.class.getResource("tiny-corpus").toURI());
    }

    private static String covered(GoldDocument d, List<TextSpan> spans) {
        return String.join(" ", spans.stream().map(s -> d.text().substring(s.start(), s.end())).toList());
    }

    private static GoldDocument named(BratCorpus.Result r, String prefix) {
        return r.documents().stream().filter(d -> d.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void offsetsCountingCodePointsBecomeUtf16IndicesThatHoldTheAnnotatedWords() throws Exception {
        // The headline ends with an emoji outside the BMP: one code point, two UTF-16 units, before every annotation.
        GoldDocument d = named(BratCorpus.read(tinyCorpus()), "gazette");
        GoldAttribution said = d.attributions().get(0);
        assertEquals("Mayor Lena Ortiz", covered(d, said.source()));
        assertEquals("said", covered(d, said.cue()));
        assertEquals("The city will close the old bridge for repairs in April", covered(d, said.content()));
        assertEquals("gazette", d.publisher());
    }

    @Test
    void aDiscontinuousContentKeepsEachFragment() throws Exception {
        GoldAttribution told = named(BratCorpus.read(tinyCorpus()), "gazette").attributions().get(1);
        assertEquals(2, told.content().size());
    }

    @Test
    void theFirstAnnotatorInOrderIsReadAndNoSourceEventsCount() throws Exception {
        GoldDocument d = named(BratCorpus.read(tinyCorpus()), "courier_2020-02-03");
        assertEquals("c3", d.annotator());
        assertEquals(2, d.attributions().size(), "c3 marked two attributions, d9 one");
        GoldAttribution noSource = d.attributions().get(1);
        assertTrue(noSource.source().isEmpty());
        assertEquals("the buses would run as usual", covered(d, noSource.content()));
    }

    @Test
    void coveredTextOverALineBreakDoesNotBreakTheFile() throws Exception {
        GoldDocument d = named(BratCorpus.read(tinyCorpus()), "courier_2020-02-03");
        assertEquals("the school year would open a week late\nbecause of the floods", covered(d, d.attributions().get(0).content()));
    }

    @Test
    void aTextWithoutAnnotationIsLeftOutAndCounted() throws Exception {
        BratCorpus.Result r = BratCorpus.read(tinyCorpus());
        assertEquals(2, r.documents().size());
        assertEquals(List.of("courier_2020-02-04_no-annotation"), r.unannotated());
    }

    @Test
    void aMalformedLineIsNamedWithItsFileAndLineNumber(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/x_1.txt"), "Rain is due, they said.");
        Files.writeString(dir.resolve("attributions/x_1_aa.ann"), "T1\tSource 13 17\tthey\nT2\tCue seventeen\tsaid\n");
        CorpusException e = assertThrows(CorpusException.class, () -> BratCorpus.read(dir));
        assertTrue(e.getMessage().contains("x_1_aa.ann, line 2"), e.getMessage());
        Files.writeString(dir.resolve("attributions/x_1_aa.ann"), "T1\tSource 13 99\tthey\n");
        e = assertThrows(CorpusException.class, () -> BratCorpus.read(dir));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("outside the text"), e.getMessage());
        Files.writeString(dir.resolve("attributions/x_1_aa.ann"), "E1\tAttribution:T9 Source:T1\n");
        e = assertThrows(CorpusException.class, () -> BratCorpus.read(dir));
        assertTrue(e.getMessage().contains("T9"), e.getMessage());
    }

    @Test
    void aFolderThatIsNoCorpusSaysWhatOneLooksLike(@TempDir Path dir) {
        CorpusException e = assertThrows(CorpusException.class, () -> BratCorpus.read(dir));
        assertTrue(e.getMessage().contains("text/") && e.getMessage().contains("attributions/"), e.getMessage());
    }
}
