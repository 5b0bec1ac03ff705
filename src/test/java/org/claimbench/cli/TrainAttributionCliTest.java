package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.analysis.attribution.CueModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimbench train attribution} on a tiny BRAT corpus written for the tests (two texts, eleven attributions). */
class TrainAttributionCliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String tinyCorpus() throws Exception {
        return Path.of(TrainAttributionCliTest.class.getResource("/org/claimbench/analysis/attribution/tiny-cue-corpus").toURI()).toString();
    }

    @Test
    void trainAttributionWritesALoadableModelAndSaysWhatItLearnedFrom(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("models").resolve("cue-model.bin.gz");
        CliRun r = run("train", "attribution", "--corpus", tinyCorpus(), "--out", model.toString(), "--features", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 texts") && r.out().contains("11 of them cues"), r.out());
        assertTrue(r.out().contains("strongest features"), r.out());
        try (InputStream in = Files.newInputStream(model)) {
            assertEquals(6, CueModel.read(in).strongest(3).size());
        }
    }

    @Test
    void aFolderThatIsNoCorpusSaysWhatToGive(@TempDir Path dir) {
        CliRun r = run("train", "attribution", "--corpus", dir.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("text"), r.err());
        assertTrue(Files.notExists(dir.resolve("m.bin.gz")));
    }
}
