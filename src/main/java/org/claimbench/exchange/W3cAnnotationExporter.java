package org.claimbench.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Verdict;
import org.claimbench.domain.WorkspaceContent;

/**
 * Exports claims and contradictions as a W3C Web Annotation collection (JSON-LD). Each claim is
 * an Annotation whose target has a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector counted in Unicode code points, as the model says (the app counts UTF-16
 * units: an emoji is one position here, two in the app). The source is a tagging body; speaker
 * and note are describing and commenting bodies, a verdict an assessing body. Each contradiction is a linking Annotation
 * whose targets are the two claim annotations.
 */
public final class W3cAnnotationExporter {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final ObjectMapper json = JsonExporter.mapper();

    public ObjectNode document(WorkspaceContent w, String workspaceName) {
        Map<Long, Article> articles = new HashMap<>();
        w.articles().forEach(a -> articles.put(a.id(), a));
        Map<Long, String> texts = new HashMap<>();
        Map<Long, String> sources = new HashMap<>();
        Map<Long, Verdict> verdicts = new HashMap<>();
        w.verdicts().forEach(v -> verdicts.put(v.claimId(), v));
        w.sources().forEach(s -> sources.put(s.id(), s.name()));
        ObjectNode collection = json.createObjectNode();
        collection.put("@context", CONTEXT);
        String base = "urn:claimbench:" + slug(workspaceName);
        // slug() keeps only unreserved characters, so the URN is an absolute IRI whatever the name.
        collection.put("id", base + ":annotations");
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Claims and contradictions of the Claimbench workspace " + workspaceName);
        ArrayNode items = json.createArrayNode();
        for (Claim c : w.claims()) {
            Article a = articles.get(c.articleId());
            String text = texts.computeIfAbsent(c.articleId(), w::text);
            items.add(claim(base, c, a, text, sources.getOrDefault(c.sourceId(), ""), verdicts.get(c.id())));
        }
        for (Contradiction x : w.contradictions()) {
            items.add(contradiction(base, x));
        }
        collection.put("total", items.size());
        ObjectNode page = collection.putObject("first");
        page.put("id", base + ":annotations:page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return collection;
    }

    private ObjectNode claim(String base, Claim c, Article a, String text, String source, Verdict verdict) {
        ObjectNode n = json.createObjectNode();
        n.put("id", base + ":claim:" + c.id());
        n.put("type", "Annotation");
        n.put("motivation", "tagging");
        n.put("created", c.created().toString());
        n.put("modified", c.updated().toString());
        ArrayNode body = n.putArray("body");
        body.add(textual("tagging", source));
        if (!c.speaker().isEmpty()) {
            body.add(textual("describing", "Speaker: " + c.speaker()));
        }
        if (!c.note().isEmpty()) {
            body.add(textual("commenting", c.note()));
        }
        if (c.isOrphan()) {
            body.add(textual("describing", "Orphan: its words are gone from the article's current text; the quote is where it stood."));
        } else if (c.isChanged()) {
            body.add(textual("describing", "Changed since marked: marked as “" + c.markedQuote() + "”"));
        }
        if (verdict != null) {
            body.add(assessment(verdict));
        }
        ObjectNode target = n.putObject("target");
        target.put("source", Iris.absolute(a == null ? "" : a.metadata().url()).orElse(base + ":article:" + c.articleId()));
        if (a != null) {
            target.put("type", "Text");
        }
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", c.quote().exact());
        quote.put("prefix", c.quote().prefix());
        quote.put("suffix", c.quote().suffix());
        if (c.hasPlace()) {
            // An orphan has no position: its old offsets would point at other words.
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", text.codePointCount(0, c.start()));
            position.put("end", text.codePointCount(0, c.end()));
        }
        return n;
    }

    private ObjectNode contradiction(String base, Contradiction x) {
        ObjectNode n = json.createObjectNode();
        n.put("id", base + ":contradiction:" + x.id());
        n.put("type", "Annotation");
        n.put("motivation", "linking");
        n.put("created", x.created().toString());
        ArrayNode body = n.putArray("body");
        body.add(textual("tagging", "contradiction: " + x.kind().code()));
        body.add(textual("describing", "status: " + x.status().code()));
        if (!x.note().isEmpty()) {
            body.add(textual("commenting", x.note()));
        }
        ArrayNode target = n.putArray("target");
        target.add(base + ":claim:" + x.claimA());
        target.add(base + ":claim:" + x.claimB());
        return n;
    }

    /** The verdict as an assessing body: "Verdict: Mostly false. why", by its reviewer, created when it was given. */
    private ObjectNode assessment(Verdict v) {
        StringBuilder value = new StringBuilder("Verdict: ").append(v.rating()).append('.');
        if (!v.explanation().isBlank()) {
            value.append(' ').append(v.explanation().strip());
        }
        ObjectNode b = textual("assessing", value.toString());
        if (!v.reviewer().isBlank()) {
            ObjectNode creator = b.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", v.reviewer());
        }
        if (v.reviewed() != null) {
            b.put("created", v.reviewed().toString());
        }
        return b;
    }

    private ObjectNode textual(String purpose, String value) {
        ObjectNode b = json.createObjectNode();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", "text/plain");
        return b;
    }

    public void write(WorkspaceContent w, String workspaceName, Path target) throws IOException {
        AtomicWrite.to(target, out -> json.writeValue(out, document(w, workspaceName)));
    }

    private static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

}
