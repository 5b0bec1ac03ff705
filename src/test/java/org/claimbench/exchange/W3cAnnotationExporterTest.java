package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export follows the Web Annotation Data Model's rules (the MUSTs that the W3C conformance
 * schemas check): context, ids, types, motivations and purposes from the model's list, selectors
 * with their required keys, positions in code points.
 */
class W3cAnnotationExporterTest {

    private static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting", "describing",
            "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging");

    @TempDir
    Path dir;

    @Test
    void positionsAreCodePointsAndTheDocumentFollowsTheModel() throws Exception {
        String text = "😀🇺🇦 Peskov said the call was “constructive” 😀, Ushakov added.";
        Path out = dir.resolve("w.jsonld");
        Claim claim;
        try (Workspace w = TempWorkspaces.create(dir, "w3c")) {
            Article a = TempWorkspaces.addArticle(w, "Emoji", text);
            int start = text.indexOf("the call");
            claim = w.markClaim(a.id(), new TextSpan(start, text.indexOf(", Ushakov")), w.sourceNamed("Kremlin readout").orElseThrow().id(),
                    "Dmitry Peskov", "a note");
            Claim other = w.markClaim(a.id(), new TextSpan(text.indexOf("Ushakov"), text.length() - 1), w.sources().get(4).id(), "", "");
            w.addContradiction(claim.id(), other.id(), ContradictionKind.FRAMING, "why");
            new W3cAnnotationExporter().write(w, "w3c.claimbench", out);
        }
        JsonNode doc = JsonExporter.mapper().readTree(out.toFile());
        assertEquals(W3cAnnotationExporter.CONTEXT, doc.get("@context").asText());
        assertEquals("AnnotationCollection", doc.get("type").asText());
        assertEquals(3, doc.get("total").asInt());
        assertEquals("AnnotationPage", doc.get("first").get("type").asText());
        JsonNode items = doc.get("first").get("items");
        for (JsonNode a : items) {
            assertTrue(a.get("id").asText().matches("[a-z]+:.+"), "ids are IRIs");
            assertEquals("Annotation", a.get("type").asText());
            assertTrue(MOTIVATIONS.contains(a.get("motivation").asText()));
            assertTrue(a.has("target"));
            for (JsonNode b : a.get("body")) {
                assertEquals("TextualBody", b.get("type").asText());
                assertTrue(MOTIVATIONS.contains(b.get("purpose").asText()));
                assertTrue(b.get("value").isTextual());
            }
        }
        JsonNode first = items.get(0);
        JsonNode selectors = first.get("target").get("selector");
        JsonNode quote = selectors.get(0);
        JsonNode position = selectors.get(1);
        assertEquals("TextQuoteSelector", quote.get("type").asText());
        assertEquals(claim.exact(), quote.get("exact").asText());
        assertEquals("TextPositionSelector", position.get("type").asText());
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertEquals(claim.start() - 3, start, "😀 is 2 UTF-16 units and 1 code point, 🇺🇦 4 units and 2 code points");
        int[] cps = text.codePoints().toArray();
        assertEquals(claim.exact(), new String(cps, start, end - start));
        assertEquals(List.of("tagging", "describing", "commenting"),
                List.of(first.get("body").get(0).get("purpose").asText(), first.get("body").get(1).get("purpose").asText(),
                        first.get("body").get(2).get("purpose").asText()));
        JsonNode link = items.get(2);
        assertEquals("linking", link.get("motivation").asText());
        assertEquals(first.get("id").asText(), link.get("target").get(0).asText());
    }
}
