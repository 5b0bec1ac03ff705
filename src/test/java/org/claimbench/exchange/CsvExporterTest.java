package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path dir;

    @Test
    void claimsAndContradictionsAreWrittenQuotedAndSafeForSpreadsheets() throws Exception {
        String text = "He said, \"talks will start\" soon.\n=HYPERLINK(\"http://x\") and -5 hours, @once +1";
        try (Workspace w = TempWorkspaces.create(dir, "csv")) {
            Article a = TempWorkspaces.addArticle(w, "Call, \"quoted\" title", text);
            long press = w.sourceNamed("Press").orElseThrow().id();
            long kremlin = w.sourceNamed("Kremlin readout").orElseThrow().id();
            Claim c1 = w.markClaim(a.id(), new TextSpan(0, text.indexOf(" soon")), press, "Reuters", "line one\nline two");
            int formula = text.indexOf("=HYPERLINK");
            Claim c2 = w.markClaim(a.id(), new TextSpan(formula, text.length()), kremlin, "@someone", "");
            w.addContradiction(c1.id(), c2.id(), ContradictionKind.TEMPORAL, "-when?");
            new CsvExporter().write(w, dir.resolve("out"));
        }
        List<CSVRecord> claims = read(dir.resolve("out/claims.csv"));
        assertEquals(2, claims.size());
        assertEquals("He said, \"talks will start\"", claims.get(0).get("quote"));
        assertEquals("Call, \"quoted\" title", claims.get(0).get("article"));
        assertEquals("line one\nline two", claims.get(0).get("note"));
        assertEquals("'=HYPERLINK(\"http://x\") and -5 hours, @once +1", claims.get(1).get("quote"));
        assertEquals("'@someone", claims.get(1).get("speaker"));
        assertEquals("Kremlin readout", claims.get(1).get("source"));
        List<CSVRecord> contradictions = read(dir.resolve("out/contradictions.csv"));
        assertEquals(1, contradictions.size());
        assertEquals("temporal", contradictions.get(0).get("kind"));
        assertEquals("'-when?", contradictions.get(0).get("note"));
        assertEquals("Press", contradictions.get(0).get("source_a"));
        assertEquals("Kremlin readout", contradictions.get(0).get("source_b"));
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.read(); // the byte order mark spreadsheets need
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
