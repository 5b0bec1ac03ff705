package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.analysis.contradiction.PairFeatures;
import org.claimbench.analysis.contradiction.ranking.PairRanker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimbench train ranker} on a tiny annotated corpus written for the test: two events, two conflicts. */
class TrainRankerCliTest {

    private static Path corpus(Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The port authority said the ferry strike lasted two days. The harbour was quiet on Monday.");
        Files.writeString(dir.resolve("b.txt"), "The ferry strike lasted five days, the union said.");
        Files.writeString(dir.resolve("c.txt"), "The mayor said the library vote was held on Friday. Turnout at the library vote was 40 percent.");
        Files.writeString(dir.resolve("d.txt"), "Turnout at the library vote was 65 percent, the council said.");
        return Files.writeString(dir.resolve("gold.json"), """
                {"articles": [{"file": "a.txt", "title": "A", "about_call": "2024-02-05"}, {"file": "b.txt", "title": "B", "about_call": "2024-02-05"},
                              {"file": "c.txt", "title": "C", "about_call": "2024-03-08"}, {"file": "d.txt", "title": "D", "about_call": "2024-03-08"}],
                 "claims": [{"id": "a1", "file": "a.txt", "quote": "the ferry strike lasted two days", "speaker": "", "source": "Port authority"},
                            {"id": "a2", "file": "a.txt", "quote": "The harbour was quiet on Monday", "speaker": "", "source": "Press"},
                            {"id": "b1", "file": "b.txt", "quote": "The ferry strike lasted five days", "speaker": "", "source": "Union"},
                            {"id": "c1", "file": "c.txt", "quote": "Turnout at the library vote was 40 percent", "speaker": "", "source": "Press"},
                            {"id": "d1", "file": "d.txt", "quote": "Turnout at the library vote was 65 percent", "speaker": "", "source": "Council"}],
                 "contradictions": [{"a": "a1", "b": "b1", "kind": "numeric", "same_event": true, "why": "length of the strike"},
                                    {"a": "c1", "b": "d1", "kind": "numeric", "same_event": true, "why": "turnout"}],
                 "non_contradictions": [{"a": "a2", "b": "b1", "why": "different subjects"}]}
                """);
    }

    @Test
    void trainRankerMeasuresBothRankingsAndWritesARankerTheEngineReads(@TempDir Path dir) throws Exception {
        Path gold = corpus(dir);
        Path out = dir.resolve("ranker.tsv");
        CliRun r = CliRun.of("train", "ranker", "--gold", gold.toString(), "--articles", dir.toString(),
                "--held-out-gold", gold.toString(), "--held-out-articles", dir.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 of them gold conflicts; 2 events"), r.out());
        for (String line : new String[] {"dev, hand-set:", "dev, learned (each event scored", "held out, hand-set:", "held out, learned:"}) {
            assertTrue(r.out().contains(line), line + " in " + r.out());
        }
        assertTrue(r.out().contains("held out, hand-set:") && r.out().lines().filter(l -> l.startsWith("held out"))
                .allMatch(l -> l.contains("recall@10 1.00")), "both conflicts are the only pairs with a signal: " + r.out());
        try (InputStream in = Files.newInputStream(out)) {
            assertEquals(PairFeatures.NAMES, PairRanker.read(in, PairFeatures.NAMES).names());
        }
    }

    @Test
    void aFeatureThatDoesNotExistCannotBeDropped(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("train", "ranker", "--gold", corpus(dir).toString(), "--articles", dir.toString(), "--drop", "colour");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("'colour' is not a feature"), r.err());
    }
}
