package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimbench train ranker-folds} on two tiny annotated sets written for the test, each left out in turn. */
class RankerFoldsCliTest {

    private static Path set(Path dir, String noun, String a, String b) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "The port authority said the " + noun + " lasted " + a + " days. The harbour was quiet on Monday.");
        Files.writeString(dir.resolve("b.txt"), "The " + noun + " lasted " + b + " days, the union said. The harbour was quiet on Monday.");
        return Files.writeString(dir.resolve("gold.json"), """
                {"articles": [{"file": "a.txt", "title": "A", "about_call": "2024-02-05"}, {"file": "b.txt", "title": "B", "about_call": "2024-02-05"}],
                 "claims": [{"id": "a1", "file": "a.txt", "quote": "the NOUN lasted A days", "speaker": "", "source": "Port authority"},
                            {"id": "a2", "file": "a.txt", "quote": "The harbour was quiet on Monday", "speaker": "", "source": "Press"},
                            {"id": "b1", "file": "b.txt", "quote": "The NOUN lasted B days", "speaker": "", "source": "Union"},
                            {"id": "b2", "file": "b.txt", "quote": "The harbour was quiet on Monday", "speaker": "", "source": "Press"}],
                 "contradictions": [{"a": "a1", "b": "b1", "kind": "numeric", "same_event": true, "why": "length"}],
                 "non_contradictions": [{"a": "a2", "b": "b2", "why": "the same words"}]}
                """.replace("NOUN", noun).replace("A days", a + " days").replace("B days", b + " days"));
    }

    @Test
    void eachSetIsRankedByARankerTrainedOnTheOtherAndTwoRunsPrintTheSame(@TempDir Path dir) throws Exception {
        Path ferry = set(dir.resolve("ferry"), "ferry strike", "two", "five");
        Path dock = set(dir.resolve("dock"), "dock closure", "three", "nine");
        String[] args = {"train", "ranker-folds", "--set", "ferry=" + ferry + "," + ferry.getParent(), "--set", "dock=" + dock + "," + dock.getParent(),
                "--model", "signals+hand+language", "--target", "dock", "--generated"};
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        for (String line : new String[] {"ferry, hand-set:", "dock, hand-set:", "model signals+hand+language", "ferry, learned without it:",
                "dock, learned without it:"}) {
            assertTrue(r.out().contains(line), line + " in " + r.out());
        }
        assertTrue(r.out().lines().filter(l -> l.contains("learned without it")).allMatch(l -> l.contains("recall@10 1.00")),
                "two lengths of one stoppage, learned from the other set: " + r.out());
        assertTrue(r.out().contains("not kept"), "no fold can rise over a hand-set recall of 1: " + r.out());
        assertEquals(r.out(), CliRun.of(args).out(), "deterministic");
    }

    @Test
    void oneSetIsNotEnoughToLeaveOneOut(@TempDir Path dir) throws Exception {
        Path ferry = set(dir.resolve("ferry"), "ferry strike", "two", "five");
        CliRun r = CliRun.of("train", "ranker-folds", "--set", "ferry=" + ferry + "," + ferry.getParent());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("at least two"), r.err());
    }
}
