package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importListsOneLinePerFileAndFailsIfAnyFileFailed() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Ushakov said the call went on for two and a half hours.");
        Path b = Files.writeString(dir.resolve("b.txt"), "");
        CliRun r = run("import", "--workspace", ws.toString(), a.toString(), b.toString(), a.toString());
        assertEquals(1, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("failed    'b.txt' is empty"), lines[0]);
        assertTrue(lines[1].startsWith("imported  a.txt"), lines[1]);
        assertTrue(lines[2].startsWith("duplicate a.txt"), lines[2]);
        assertTrue(Files.exists(ws), "the workspace was created");
    }

    @Test
    void claimsAndContradictionsAddedOnTheCommandLineAreListedAsJson() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("kremlin.txt"), "Ushakov said the call lasted two and a half hours. The call was frank.");
        Path b = Files.writeString(dir.resolve("press.txt"), "Putin and Trump had an hour-long phone conversation.");
        assertEquals(0, run("import", "-w", ws.toString(), a.toString(), b.toString()).exit());
        CliRun c1 = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "the call lasted two and a half hours",
                "--source", "Kremlin readout", "--speaker", "Yuri Ushakov");
        assertEquals(0, c1.exit(), c1.err());
        CliRun c2 = run("claim", "add", "-w", ws.toString(), "--article", "2", "--quote", "hour-long phone conversation", "--source", "press");
        assertEquals(0, c2.exit(), c2.err());
        CliRun x = run("contradiction", "add", "-w", ws.toString(), "--claims", "1,2", "--kind", "numeric", "--note", "length of the call");
        assertEquals(0, x.exit(), x.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode claims = json.readTree(run("list", "claims", "-w", ws.toString(), "--json").out());
        assertEquals(2, claims.size());
        assertEquals("the call lasted two and a half hours", claims.get(0).get("quote").asText());
        assertEquals(13, claims.get(0).get("start").asInt());
        assertEquals("Kremlin readout", claims.get(0).get("source").asText());
        assertEquals("Yuri Ushakov", claims.get(0).get("speaker").asText());
        JsonNode contradictions = json.readTree(run("list", "contradictions", "-w", ws.toString(), "--json").out());
        assertEquals("numeric", contradictions.get(0).get("kind").asText());
        assertEquals("open", contradictions.get(0).get("status").asText());
        assertEquals("user", contradictions.get(0).get("origin").asText());
        JsonNode articles = json.readTree(run("list", "articles", "-w", ws.toString(), "--json").out());
        assertEquals(70, articles.get(0).get("chars").asInt());

        Path out = dir.resolve("export.json");
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "json", "--out", out.toString()).exit());
        JsonNode doc = json.readTree(out.toFile());
        assertEquals("claimbench-workspace", doc.get("format").asText());
        assertEquals(2, doc.get("articles").size());
        assertEquals("Ushakov said the call lasted two and a half hours. The call was frank.", doc.get("articles").get(0).get("text").asText());
        assertEquals(1, doc.get("contradictions").size());
    }

    @Test
    void aWorkspaceExportedAsJsonImportsIntoAnotherAndCsvExportWritesTwoFiles() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        assertEquals(0, run("import", "-w", ws.toString(), "--samples").exit());
        run("claim", "add", "-w", ws.toString(), "--article", "2", "--quote", "had an hour-long phone conversation", "--source", "Press");
        Path json = dir.resolve("w.json");
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "json", "--out", json.toString()).exit());
        CliRun r = run("import", "-w", dir.resolve("copy.claimbench").toString(), json.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("reproduced: 5 articles added"), r.out());
        CliRun bad = run("import", "-w", dir.resolve("copy.claimbench").toString(), Files.writeString(dir.resolve("x.jsonld"), "{}").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("holds no Web Annotations"), bad.out());
        assertEquals(0, run("export", "-w", ws.toString(), "--format", "csv", "--out", dir.resolve("csv").toString()).exit());
        assertTrue(Files.readString(dir.resolve("csv/claims.csv")).contains("had an hour-long phone conversation"));
        assertTrue(Files.exists(dir.resolve("csv/contradictions.csv")));
    }

    @Test
    void aQuoteThatIsNotInTheArticleIsAnErrorThatSaysWhatToDo() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("a.txt"), "Peskov said the talks were useful.");
        run("import", "-w", ws.toString(), a.toString());
        CliRun r = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "talks failed", "--source", "Kremlin readout");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("The quote is not in article 1. Copy it exactly as it stands in the text."), r.err());
        CliRun s = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "talks", "--source", "Nobody");
        assertTrue(s.err().contains("There is no source called 'Nobody'"), s.err());
        CliRun m = run("list", "claims", "-w", dir.resolve("missing.claimbench").toString());
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("does not exist"), m.err());
    }

    @Test
    void suggestedClaimsLeaveOutWhatIsMarkedOrTurnedDown() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        String first = "Peskov said the talks had been useful for both sides.";
        String second = "The ministry's figures show that grain exports fell by a tenth in March.";
        String third = "Harbour traffic has doubled since the bridge closed in April.";
        Path a = Files.writeString(dir.resolve("kremlin.txt"), first + " " + second + " " + third);
        assertEquals(0, run("import", "-w", ws.toString(), a.toString()).exit());
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(run("suggest", "claims", "-w", ws.toString(), "--json").out());
        assertEquals(List.of("the talks had been useful for both sides", "grain exports fell by a tenth in March", third), quotes(all),
                "an attributed statement without the words that attribute it; the outlet's own sentence whole");
        assertEquals("Kremlin readout", all.get(0).get("source").asText());
        assertEquals("Press", all.get(2).get("source").asText());

        CliRun marked = run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "the talks had been useful for both sides",
                "--source", "Kremlin readout");
        assertEquals(0, marked.exit(), marked.err());
        try (Workspace w = Workspace.open(ws)) {
            w.decisions().dismissClaim(1, new TextSpan(all.get(2).get("start").asInt(), all.get(2).get("end").asInt()));
        }
        JsonNode left = json.readTree(run("suggest", "claims", "-w", ws.toString(), "--json").out());
        assertEquals(List.of("grain exports fell by a tenth in March"), quotes(left), "the marked claim and the turned-down one are gone");
        String text = run("suggest", "claims", "-w", ws.toString()).out();
        assertTrue(text.strip().endsWith("1 suggestions"), text);
    }

    @Test
    void suggestedClaimsOfUnknownSpeakersKeepTheirNamesAndSourceSpansWithNoSource() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        String text = "Harbour repairs to start in May\n\nThe harbour will close for repairs in May, port director Ines Aalto said on Monday. "
                + "She told reporters that ferries would use the northern quay.\n\nFishermen's association chairman Odd Lien called the plan reckless.";
        Path a = Files.writeString(dir.resolve("harbour.txt"), text);
        assertEquals(0, run("import", "-w", ws.toString(), a.toString()).exit());
        JsonNode rows = new ObjectMapper().readTree(run("suggest", "claims", "-w", ws.toString(), "--json").out());
        List<String> found = new ArrayList<>();
        for (JsonNode r : rows) {
            String named = r.get("sourceStart").isNull() ? "-" : text.substring(r.get("sourceStart").asInt(), r.get("sourceEnd").asInt());
            found.add(r.get("speaker").asText() + " (" + named + ", " + (r.get("source").isNull() ? "no source" : r.get("source").asText()) + "): "
                    + r.get("quote").asText());
        }
        assertEquals(List.of("the outlet (-, Press): Harbour repairs to start in May",
                "Ines Aalto (port director Ines Aalto, no source): The harbour will close for repairs in May",
                "Ines Aalto (She, no source): ferries would use the northern quay",
                // An object and its complement after a verb of calling are no clause: the claim is the reporting clause (round 40).
                "Odd Lien (Fishermen's association chairman Odd Lien, no source): Fishermen's association chairman Odd Lien called the plan reckless"), found);
        String listed = run("suggest", "claims", "-w", ws.toString()).out();
        assertTrue(listed.contains("Unassigned") && listed.contains("Ines Aalto is not in the speaker table yet"), listed);
    }

    @Test
    void aSpeakerNamedExactlyAsOneOfTheWorkspacesSourcesSpeaksForItWithoutBeingAssigned() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        String text = "Ukraine said the ferry line to the islands would reopen in June. "
                + "Ukrainian fishermen said the new quay was too short for their boats.";
        Path a = Files.writeString(dir.resolve("ferry.txt"), text);
        assertEquals(0, run("import", "-w", ws.toString(), a.toString()).exit());
        JsonNode rows = new ObjectMapper().readTree(run("suggest", "claims", "-w", ws.toString(), "--json").out());
        List<String> found = new ArrayList<>();
        for (JsonNode r : rows) {
            found.add(r.get("speaker").asText() + ", " + (r.get("source").isNull() ? "no source" : r.get("source").asText()) + ": " + r.get("quote").asText());
        }
        assertEquals(List.of("Ukraine, Ukraine: the ferry line to the islands would reopen in June",
                "Ukrainian fishermen, no source: the new quay was too short for their boats"), found,
                "the source's own name speaks for it; a group merely from the country is the user's to assign");
    }

    @Test
    void aNarratedActIsSuggestedAsThePresssWithItsActorAndItsKind() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        String text = "The harbour will close for repairs in May, port director Ines Aalto said on Monday. "
                + "Aalto accepted a two-year freeze on the harbour fees.";
        Path a = Files.writeString(dir.resolve("harbour.txt"), text);
        assertEquals(0, run("import", "-w", ws.toString(), a.toString()).exit());
        JsonNode rows = new ObjectMapper().readTree(run("suggest", "claims", "-w", ws.toString(), "--json").out());
        List<String> found = new ArrayList<>();
        for (JsonNode r : rows) {
            found.add(r.get("kind").asText() + ", " + r.get("speaker").asText() + ", " + (r.get("source").isNull() ? "no source" : r.get("source").asText())
                    + ", byOutlet " + r.get("byOutlet").asBoolean() + ": " + r.get("quote").asText());
        }
        assertEquals(List.of("statement, Ines Aalto, no source, byOutlet false: The harbour will close for repairs in May",
                "narrated act, Ines Aalto, Press, byOutlet false: Aalto accepted a two-year freeze on the harbour fees"), found);
    }

    @Test
    void suggestedContradictionsComeWithScoreSignalsAndExplanationBestFirstUpToTheLimit() throws Exception {
        Path ws = dir.resolve("w.claimbench");
        Path a = Files.writeString(dir.resolve("press.txt"), "Lind and Rask had an hour-long phone conversation on Thursday.");
        Path b = Files.writeString(dir.resolve("wh.txt"), "Rask wrote that he had just finished a two-hour call with Lind on Thursday.");
        Path c = Files.writeString(dir.resolve("kyiv.txt"), "The dockers' union said its members were ready for a pause but not for a pay cut.");
        assertEquals(0, run("import", "-w", ws.toString(), a.toString(), b.toString(), c.toString()).exit());
        assertEquals(0, run("claim", "add", "-w", ws.toString(), "--article", "1", "--quote", "Lind and Rask had an hour-long phone conversation",
                "--source", "Press").exit());
        assertEquals(0, run("claim", "add", "-w", ws.toString(), "--article", "2", "--quote", "he had just finished a two-hour call with Lind",
                "--source", "White House").exit());
        assertEquals(0, run("claim", "add", "-w", ws.toString(), "--article", "3", "--quote", "its members were ready for a pause but not for a pay cut",
                "--source", "Ukraine").exit());
        ObjectMapper json = new ObjectMapper();
        JsonNode rows = json.readTree(run("suggest", "contradictions", "-w", ws.toString(), "--json").out());
        assertTrue(rows.size() >= 1, rows.toString());
        JsonNode best = rows.get(0);
        assertEquals(Set.of(1L, 2L), Set.of(best.get("claimA").asLong(), best.get("claimB").asLong()));
        assertEquals("numeric", best.get("kind").asText());
        assertTrue(best.get("score").asDouble() > 0 && best.get("signals").size() >= 1, best.toString());
        assertTrue(best.get("explanation").asText().contains("60 min"), best.get("explanation").asText());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).get("score").asDouble() <= rows.get(i - 1).get("score").asDouble(), "best first: " + rows);
        }
        assertEquals(0, json.readTree(run("suggest", "contradictions", "-w", ws.toString(), "--json", "--limit", "0").out()).size());
    }

    @Test
    void evalPrintsTheFiguresOfTheEvalReadmeAsOneJsonObject() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Ushakov said the call went on for two and a half hours. The weather in Moscow was mild that day.");
        Files.writeString(dir.resolve("b.txt"), "The phone call of the two leaders took one hour, the White House said.");
        Path gold = Files.writeString(dir.resolve("gold.json"), """
                {"articles": [{"file": "a.txt", "title": "A", "about_call": "2025-05-19"}, {"file": "b.txt", "title": "B", "about_call": "2025-05-19"}],
                 "claims": [{"id": "c1", "file": "a.txt", "quote": "the call went on for two and a half hours", "speaker": "Yuri Ushakov", "source": "Kremlin readout"},
                            {"id": "c2", "file": "b.txt", "quote": "The phone call of the two leaders took one hour", "speaker": "White House", "source": "White House"},
                            {"id": "c3", "file": "a.txt", "quote": "The weather in Moscow was mild that day", "speaker": "", "source": "Press"}],
                 "contradictions": [{"a": "c1", "b": "c2", "kind": "numeric", "same_event": true, "why": "length of the call"}],
                 "non_contradictions": [{"a": "c2", "b": "c3", "why": "different subjects"}]}
                """);
        CliRun r = run("eval", "--gold", gold.toString(), "--articles", dir.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode claims = doc.get("claims");
        assertEquals(3, claims.get("gold").asInt());
        assertEquals(3, claims.get("suggested").asInt(), r.out());
        assertEquals(1.0, claims.get("recall").asDouble(), 1e-9, r.out());
        assertEquals(1.0, claims.get("precision").asDouble(), 1e-9, r.out());
        assertEquals(1.0, claims.get("sourceAccuracy").asDouble(), 1e-9, r.out());
        JsonNode same = doc.get("contradictions").get("sameEvent");
        assertEquals(1.0, same.get("recallAt").get("10").asDouble(), 1e-9, r.out());
        assertEquals(List.of("10", "25", "50"), names(same.get("precisionAt")));
        assertEquals(List.of("10", "25", "50"), names(doc.get("contradictions").get("all").get("recallAt")));
        assertEquals(0, doc.get("contradictions").get("nonContradictionsInTop").get("10").asInt(), r.out());
        JsonNode stages = doc.get("contradictions").get("sameEventGoldByStage");
        assertEquals(1, stages.get("in the top 50").asInt(), "the one gold pair is found, and counted by where it stops: " + r.out());
        assertEquals(0, stages.get("not generated").asInt(), r.out());
        JsonNode endToEnd = doc.get("endToEnd");
        assertEquals(3, endToEnd.get("claimsAccepted").asInt(), r.out());
        assertEquals(1.0, endToEnd.get("sameEvent").get("recallAt").get("10").asDouble(), 1e-9,
                "the suggested claims are the gold ones here, so the pipeline finds the gold pair: " + r.out());
    }

    private static List<String> quotes(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("quote").asText()));
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aGoldFileThatIsMissingBrokenOrPartlyWrongSaysWhatIsWrong() throws Exception {
        CliRun missing = run("eval", "--gold", dir.resolve("none.json").toString(), "--articles", dir.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"articles\": [");
        CliRun bad = run("eval", "--gold", broken.toString(), "--articles", dir.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("is not a gold annotation") && bad.err().contains("line "), bad.err());
        assertTrue(!bad.err().contains("at com.fasterxml"), "no stack trace: " + bad.err());

        Files.writeString(dir.resolve("a.txt"), "Ushakov said the call went on for two and a half hours.");
        Path wrong = Files.writeString(dir.resolve("wrong.json"), """
                {"articles": [{"file": "a.txt", "title": "A"}],
                 "claims": [{"id": "c1", "file": "a.txt", "quote": "the call went on for two and a half hours", "source": "Kremlin readout"},
                            {"id": "c2", "file": "a.txt", "quote": "words that are not in the article", "source": "Press"}]}
                """);
        CliRun partly = run("eval", "--gold", wrong.toString(), "--articles", dir.toString(), "--details");
        assertEquals(0, partly.exit(), partly.err());
        assertTrue(partly.err().contains("not found [Press] words that are not in the article"), partly.err());
        assertTrue(partly.err().contains("1 gold claim was not found"), partly.err());
        assertTrue(partly.err().contains("same-event gold pairs by stage: {not generated=0"), partly.err());
        assertTrue(partly.out().contains("recall 0.500"), partly.out());
    }

    @Test
    void evalDetailsSetEachArticlesInferredEventBesideTheGoldsDate() throws Exception {
        // Dated in its text: a call "on Tuesday" reported in a story of Wednesday 4 June 2025 (sentences of our own).
        Files.writeString(dir.resolve("a.txt"), "Wednesday, June 4, 2025\nThe two ministers spoke by phone on Tuesday, the ministry said.");
        Files.writeString(dir.resolve("b.txt"), "The weather in the capital was mild.");
        Path gold = Files.writeString(dir.resolve("events.json"), """
                {"articles": [{"file": "a.txt", "title": "A", "about_call": "2025-06-03 (the call)"}, {"file": "b.txt", "title": "B"}],
                 "claims": [{"id": "c1", "file": "a.txt", "quote": "The two ministers spoke by phone on Tuesday", "source": "Press"}]}
                """);
        CliRun r = run("eval", "--gold", gold.toString(), "--articles", dir.toString(), "--details");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("event of article")).toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(a.txt)") && l.contains("gold: 2025-06-03")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(b.txt)") && l.endsWith("gold: none")), lines.toString());
        assertEquals("same day", EvalEvents.agreement("call, 2025-06-03", "2025-06-03"));
        assertEquals("differs", EvalEvents.agreement("call, 2025-06-04", "2025-06-03"));
        assertEquals("same weekday, no date", EvalEvents.agreement("call, a Tuesday", "2025-06-03"));
        assertEquals("differs", EvalEvents.agreement("call, a Wednesday", "2025-06-03"));
        assertEquals("no date inferred", EvalEvents.agreement("(not known)", "2025-06-03"));
    }

    @Test
    void evalReportsTheArticlesEventsAsPairsAgainstTheGoldsDates() throws Exception {
        // Two reports of one call of Tuesday 3 June 2025 and one of a meeting a month later (sentences of our own).
        Files.writeString(dir.resolve("a.txt"), "Wednesday, June 4, 2025\nThe two ministers of Orvel and Tarn spoke by phone on Tuesday.");
        Files.writeString(dir.resolve("b.txt"), "Wednesday, June 4, 2025\nThe ministers of Orvel and Tarn held a call on Tuesday about the dam.");
        Files.writeString(dir.resolve("c.txt"), "Friday, July 11, 2025\nThe ministers of Orvel and Tarn met in Varnholm on Friday.");
        Path gold = Files.writeString(dir.resolve("pairs.json"), """
                {"articles": [{"file": "a.txt", "title": "A", "about_call": "2025-06-03 (the call)"},
                              {"file": "b.txt", "title": "B", "about_call": "2025-06-03"},
                              {"file": "c.txt", "title": "C", "about_call": "2025-07-11"}],
                 "claims": [{"id": "c1", "file": "a.txt", "quote": "The two ministers of Orvel and Tarn spoke by phone on Tuesday", "source": "Press"}]}
                """);
        CliRun r = run("eval", "--gold", gold.toString(), "--articles", dir.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode events = new ObjectMapper().readTree(r.out()).get("events");
        assertEquals(1, events.get("sameEventPairs").asInt(), r.out());
        assertEquals(1, events.get("groupedTogether").asInt(), r.out());
        assertEquals(2, events.get("differentEventPairs").asInt(), r.out());
        assertEquals(2, events.get("keptApart").asInt(), r.out());
        assertEquals(1.0, events.get("separation").asDouble(), 1e-9, r.out());
        CliRun text = run("eval", "--gold", gold.toString(), "--articles", dir.toString());
        assertTrue(text.out().contains("events of articles: event-pair recall 1.000 (1 of 1 pairs of one event grouped together), "
                + "separation 1.000 (2 of 2 pairs of different events kept apart)"), text.out());
    }
}
