package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the W3C export against the Web Annotation Data Model conformance schemas of the W3C
 * test suite (web-platform-tests, annotation-model/; the copy and its notice are in
 * src/test/resources/w3c-annotation-model). Every annotation must pass the fourteen assertions of
 * annotationMusts.test, the collection the page assertions and the collection definitions, every
 * claim target the specific-resource and selector definitions. A broken document is checked too,
 * so the validation is known to catch what it should.
 */
class W3cConformanceTest {

    private static final List<String> ANNOTATION_MUSTS = List.of(
            "3.1-annotationContextValidated.json", "3.1-annotationIdValidated.json", "3.1-annotationTypeValidated.json",
            "3.1-targetKeyFound.json", "3.2-targetObjectsRecognized.json", "3.2.5-notBodyBodyValue.json",
            "3.2-bodyObjectsRecognized.json", "3.2.5-bodyValueValidated.json", "3.3.1-annotationCreatedValidated.json",
            "3.3.1-annotationModifiedValidated.json", "3.3.1-annotationGeneratedValidated.json",
            "3.3.6-annotationRightsValidated.json", "3.3.7-annotationCanonicalValidated.json",
            "3.3.7-annotationViaValidated.json");

    private static final List<String> PAGE_MUSTS = List.of(
            "5.2-pageIdValidated.json", "5.2-pageTypeValidated.json", "5.2-pageItemsValidated.json", "5.2-pageStartIndexValidated.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Draft-04, plus the test suite's own keywords (assertionType, errorMessage, ...), which describe and do not validate. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV4())
                    .keywords(Stream.of("assertionType", "expectedResult", "onUnexpectedResult", "errorMessage")
                            .map(NonValidationKeyword::new).map(k -> (com.networknt.schema.Keyword) k).toList())
                    .build()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static URI folder;
    private static final Map<String, JsonSchema> ASSERTIONS = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchemas() throws Exception {
        folder = W3cConformanceTest.class.getResource("/w3c-annotation-model/NOTICE.md").toURI().resolve(".");
        for (String name : Stream.concat(ANNOTATION_MUSTS.stream(), PAGE_MUSTS.stream()).toList()) {
            ASSERTIONS.put(name, FACTORY.getSchema(com.networknt.schema.SchemaLocation.of(folder.resolve(name).toString()), CONFIG));
        }
    }

    /** A schema that is one definition of a definitions file, e.g. ("collections.json", "labelDefinition"). */
    private static JsonSchema definition(String file, String name) throws Exception {
        JsonNode ref = JSON.readTree("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"$ref\":\"" + file + "#/definitions/" + name + "\"}");
        return FACTORY.getSchema(folder.resolve("probe-" + name + ".json"), ref, CONFIG);
    }

    private static List<String> failures(JsonSchema schema, String label, JsonNode node) throws Exception {
        Set<ValidationMessage> errors = schema.validate(node);
        if (errors.isEmpty()) {
            return List.of();
        }
        JsonNode raw = schema.getSchemaNode();
        String message = raw.path("errorMessage").asText(label);
        return List.of(label + " — " + message + " " + errors.iterator().next().getMessage());
    }

    /** An annotation from the collection as a document of its own: the collection's @context applies to it (JSON-LD). */
    private static ObjectNode standalone(JsonNode item, JsonNode collection) {
        ObjectNode copy = JSON.createObjectNode();
        copy.set("@context", collection.get("@context"));
        copy.setAll((ObjectNode) item.deepCopy());
        return copy;
    }

    private JsonNode export() throws Exception {
        String text = "😀🇺🇦 Peskov said the call was “constructive” 😀, Ushakov added. 𝔗he White House said it lasted two hours.";
        Path out = dir.resolve("w.jsonld");
        try (Workspace w = TempWorkspaces.create(dir, "w3c conformance")) {
            Article a = TempWorkspaces.addArticle(w, "Emoji", text);
            w.updateArticleMetadata(a.id(), new ArticleMetadata("Emoji", "Outlet", "A. Writer", "https://example.org/news/call?id=1&lang=en",
                    a.metadata().published(), "en", ""));
            Article b = TempWorkspaces.addArticle(w, "No URL", "Kremlin aide Yuri Ushakov said the call lasted an hour.");
            Claim c1 = w.markClaim(a.id(), new TextSpan(text.indexOf("the call"), text.indexOf(", Ushakov")),
                    w.sourceNamed("Kremlin readout").orElseThrow().id(), "Dmitry Peskov", "a note with \"quotes\"");
            Claim c2 = w.markClaim(a.id(), new TextSpan(text.indexOf("it lasted"), text.length() - 1),
                    w.sourceNamed("White House").orElseThrow().id(), "", "");
            String bt = w.text(b.id());
            Claim c3 = w.markClaim(b.id(), new TextSpan(bt.indexOf("the call"), bt.length() - 1),
                    w.sourceNamed("Kremlin readout").orElseThrow().id(), "Yuri Ushakov", "");
            w.setVerdict(c2.id(), w.ratingScale().get(2), "Both sides give different lengths.", "Ana Reviewer");
            w.setVerdict(c3.id(), w.ratingScale().get(0), "", "");
            w.addContradiction(c2.id(), c3.id(), ContradictionKind.NUMERIC, "two hours against one");
            w.addContradiction(c1.id(), c2.id(), ContradictionKind.FRAMING, "");
            new W3cAnnotationExporter().write(w, "w3c conformance.claimbench", out);
        }
        return JSON.readTree(Files.readString(out));
    }

    @Test
    void theExportPassesTheW3cConformanceSchemas() throws Exception {
        JsonNode doc = export();
        Conformance c = conformance(doc);
        assertTrue(c.failed().isEmpty(), String.join("\n", c.failed()));
        assertEquals(5, doc.get("first").get("items").size(), "three claims and two contradictions");
        assertEquals(6, c.selectors(), "a quote and a position selector on each of the three claims");
        assertEquals(2, c.assessing(), "each verdict is an assessing body");
    }

    @Test
    void theExportOfHostileTextOrphansAndChangedClaimsPassesTheSchemasToo() throws Exception {
        org.claimbench.workspace.HostileWorkspace h = org.claimbench.workspace.HostileWorkspace.create(dir, "hostile");
        Path out = dir.resolve("hostile.jsonld");
        try (Workspace w = h.workspace) {
            new W3cAnnotationExporter().write(w, "hostile\u0001 name", out);
        }
        JsonNode doc = JSON.readTree(Files.readString(out));
        Conformance c = conformance(doc);
        assertTrue(c.failed().isEmpty(), String.join("\n", c.failed()));
        assertEquals(7, c.selectors(), "four quotes, and positions for all but the orphan");
    }

    /** What the schemas found wrong, and how many selectors and assessing bodies they looked at. */
    private record Conformance(List<String> failed, int selectors, int assessing) {
    }

    private static Conformance conformance(JsonNode doc) throws Exception {
        List<String> failed = new ArrayList<>();
        for (String page : PAGE_MUSTS) {
            failed.addAll(failures(ASSERTIONS.get(page), page, doc));
        }
        for (String def : List.of("annotationCollectionTypeValueFound", "labelDefinition", "totalDefinition", "firstValidIfPresent",
                "firstRequiredIfTotalMoreThanZero", "lastValidIfPresent")) {
            failed.addAll(failures(definition("collections.json", def), "collection " + def, doc));
        }
        failed.addAll(failures(definition("collections.json", "contextValueFound"), "collection @context", doc.get("@context")));
        failed.addAll(failures(definition("id.json", "idValueFound"), "collection id", doc));

        JsonNode items = doc.get("first").get("items");
        assertEquals(items.size(), doc.get("total").asInt());
        JsonSchema motivation = definition("annotations.json", "motivationRecognizedIfPresent");
        JsonSchema purpose = definition("otherProperties.json", "purposeRecognizedIfPresent");
        JsonSchema specificResource = definition("specificResource.json", "specificeResourceDetected");
        JsonSchema quoteSelector = definition("specificResource.json", "textQuoteSelectorTypeValidIfPresent");
        JsonSchema positionSelector = definition("specificResource.json", "textPositionSelectorTypeValidIfPresent");
        JsonSchema created = definition("otherProperties.json", "createdValidIfPresent");
        JsonSchema stringUri = definition("id.json", "stringUri");
        int selectors = 0;
        int assessing = 0;
        for (JsonNode item : items) {
            String id = item.get("id").asText();
            ObjectNode annotation = standalone(item, doc);
            for (Map.Entry<String, JsonSchema> must : ASSERTIONS.entrySet()) {
                if (ANNOTATION_MUSTS.contains(must.getKey())) {
                    failed.addAll(failures(must.getValue(), id + " " + must.getKey(), annotation));
                }
            }
            failed.addAll(failures(motivation, id + " motivation", annotation));
            for (JsonNode body : item.get("body")) {
                failed.addAll(failures(purpose, id + " body purpose", body));
                failed.addAll(failures(created, id + " body created", body));
                assessing += "assessing".equals(body.path("purpose").asText()) ? 1 : 0;
            }
            JsonNode target = item.get("target");
            if (target.isObject()) {
                failed.addAll(failures(specificResource, id + " target is a Specific Resource", target));
                failed.addAll(failures(stringUri, id + " target source is an IRI", target.get("source")));
                for (JsonNode selector : target.get("selector")) {
                    failed.addAll(failures(quoteSelector, id + " TextQuoteSelector", selector));
                    failed.addAll(failures(positionSelector, id + " TextPositionSelector", selector));
                    selectors++;
                }
            } else {
                for (JsonNode linked : target) {
                    failed.addAll(failures(stringUri, id + " linked claim is a URI", linked));
                }
            }
        }
        return new Conformance(failed, selectors, assessing);
    }

    @Test
    void theSchemasCatchABrokenAnnotation() throws Exception {
        JsonNode doc = export();
        ObjectNode broken = standalone(doc.get("first").get("items").get(0), doc);
        broken.put("@context", "http://example.org/not-the-annotation-context");
        broken.put("created", "yesterday afternoon");
        broken.put("bodyValue", "a body value next to a body");
        broken.remove("target");
        List<String> failed = new ArrayList<>();
        for (String must : ANNOTATION_MUSTS) {
            if (!failures(ASSERTIONS.get(must), must, broken).isEmpty()) {
                failed.add(must);
            }
        }
        assertEquals(List.of("3.1-annotationContextValidated.json", "3.1-targetKeyFound.json", "3.2.5-notBodyBodyValue.json",
                "3.3.1-annotationCreatedValidated.json"), failed);

        ObjectNode selector = (ObjectNode) doc.get("first").get("items").get(0).get("target").get("selector").get(1).deepCopy();
        selector.put("start", -3);
        assertFalse(failures(definition("specificResource.json", "textPositionSelectorTypeValidIfPresent"), "position", selector).isEmpty(),
                "a negative position is refused");
        ObjectNode collection = doc.deepCopy();
        ((ObjectNode) collection.get("first")).remove("items");
        assertFalse(failures(ASSERTIONS.get("5.2-pageItemsValidated.json"), "items", collection).isEmpty(), "a page without items is refused");
    }
}
