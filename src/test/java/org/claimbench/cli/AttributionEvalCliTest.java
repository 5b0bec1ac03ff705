package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvalCliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String tinyCorpus() throws Exception {
        return Path.of(AttributionEvalCliTest.class.getResource("/org/claimbench/analysis/evaluation/tiny-corpus").toURI()).toString();
    }

    @Test
    void evalAttributionReadsABratCorpusAndPrintsEveryFigureOverallAndByPublisher() throws Exception {
        CliRun r = run("eval", "attribution", "--corpus", tinyCorpus(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode all = doc.get("all");
        assertEquals(2, all.get("texts").asInt());
        assertEquals(5, all.get("goldAttributions").asInt());
        assertEquals(5, all.get("goldStatements").asInt());
        assertEquals(1, doc.get("unannotatedTexts").asInt());
        for (String figure : List.of("statementRecall", "contentRecall", "precision", "speakerAccuracy", "sourceSpanF1", "attributedStatementRecall")) {
            double v = all.get(figure).asDouble(-1);
            assertTrue(v >= 0 && v <= 1, figure + " = " + v);
        }
        List<String> publishers = new ArrayList<>();
        doc.get("byPublisher").fieldNames().forEachRemaining(publishers::add);
        assertEquals(List.of("courier", "gazette"), publishers);
    }

    @Test
    void evalCuesPrintsTheLexiconLinesOfTheCorpusCuesAboveTheThresholds() throws Exception {
        // The tiny corpus: "said" twice (every occurrence a cue), "told" once as a verb and once as a passive.
        CliRun r = run("eval", "cues", "--corpus", tinyCorpus(), "--min-attributions", "2", "--label", "tiny");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("say\tverb\ttiny, 2 annotations, share 1.00 (2 of 2), with a source 1.00"), lines);
        CliRun all = run("eval", "cues", "--corpus", tinyCorpus(), "--min-attributions", "1", "--min-share", "0.5", "--all");
        assertTrue(all.out().contains("tell\tpassive\t"), all.out());
    }

    @Test
    void detailsListEveryMissExtraAndWrongSpeakerThatTheFiguresCount() throws Exception {
        CliRun text = run("eval", "attribution", "--corpus", tinyCorpus(), "--details");
        CliRun json = run("eval", "attribution", "--corpus", tinyCorpus(), "--details", "--json");
        assertEquals(0, text.exit(), text.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(3, text.out().lines().filter(l -> l.contains("statementRecall")).count(), "all, and the two publishers: " + text.out());
        assertEquals(doc.get("misses").size(), text.out().lines().filter(l -> l.startsWith("missed ")).count(), text.out());
        assertEquals(doc.get("extras").size(), text.out().lines().filter(l -> l.startsWith("extra ")).count(), text.out());
        assertEquals(doc.get("wrongSpeakers").size(), text.out().lines().filter(l -> l.startsWith("speaker ")).count(), text.out());
        JsonNode all = doc.get("all");
        long found = Math.round(all.get("statementRecall").asDouble() * all.get("goldStatements").asInt());
        assertEquals(all.get("goldStatements").asInt() - found, doc.get("misses").size(), "each statement not found is listed once");
    }

    @Test
    void aQuestionIsAnAttributionTheEvaluationFindsThoughItIsNoClaim(@TempDir Path dir) throws Exception {
        // Written for the test: one attribution whose content is an indirect question (UnassertedContents).
        String text = "Harbour pilot Mira Stenlund asked whether the northern quay would reopen in June.\n";
        java.nio.file.Files.createDirectories(dir.resolve("text"));
        java.nio.file.Files.createDirectories(dir.resolve("attributions"));
        java.nio.file.Files.writeString(dir.resolve("text/ledger_2021-03-01_quay.txt"), text);
        int source = text.indexOf("Harbour pilot");
        int cue = text.indexOf("asked");
        int content = text.indexOf("whether");
        int end = text.indexOf(".");
        java.nio.file.Files.writeString(dir.resolve("attributions/ledger_2021-03-01_quay_x1.ann"),
                "T1\tAttribution " + cue + " " + (cue + 5) + "\tasked\n"
                        + "T2\tSource " + source + " " + (cue - 1) + "\t" + text.substring(source, cue - 1) + "\n"
                        + "T3\tCue " + cue + " " + (cue + 5) + "\tasked\n"
                        + "T4\tContent " + content + " " + end + "\t" + text.substring(content, end) + "\n"
                        + "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T4\n");
        CliRun r = run("eval", "attribution", "--corpus", dir.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out()).get("all");
        assertEquals(1, all.get("goldStatements").asInt());
        assertEquals(1.0, all.get("statementRecall").asDouble(), r.out());
        assertEquals(1.0, all.get("precision").asDouble(), r.out());
    }

    @Test
    void aFolderThatIsNoCorpusOrEvalWithoutItsOptionsSaysWhatToGive(@TempDir Path dir) {
        CliRun none = run("eval", "attribution", "--corpus", dir.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("text/") && none.err().contains("attributions/"), none.err());
        CliRun bare = run("eval");
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("--gold") && bare.err().contains("eval attribution --corpus"), bare.err());
    }

    @Test
    void theEvaluationMeasuresTheContentSpanNotTheClaimAroundIt(@TempDir Path dir) throws Exception {
        // Round 39: a denial's claim is the clause from its subject ("Tom Berg, ..., rejected the new survey"), but PolNeAR
        // annotates the content alone; the evaluation compares the attribution's content span with the gold content.
        java.nio.file.Files.createDirectories(dir.resolve("text"));
        java.nio.file.Files.createDirectories(dir.resolve("attributions"));
        java.nio.file.Files.writeString(dir.resolve("text/courier_2021-03-01_survey.txt"), "Tom Berg, the harbour master of the northern island ferry line, rejected the new survey.");
        java.nio.file.Files.writeString(dir.resolve("attributions/courier_2021-03-01_survey_a1.ann"), "T1\tAttribution 64 72\trejected\nT2\tSource 0 63\tTom Berg, the harbour master of the northern island ferry line,\nT3\tCue 64 72\trejected\nT4\tContent 73 87\tthe new survey\nE1\tAttribution:T1 Source:T2 Cue:T3 Content:T4\n");
        CliRun r = run("eval", "attribution", "--corpus", dir.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1.0, new ObjectMapper().readTree(r.out()).get("all").get("contentRecall").asDouble(), r.out());
    }
}
