package org.claimbench.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.claimbench.domain.AnnotationDraft;
import org.claimbench.domain.Article;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.TextQuote;

/**
 * Reads a W3C Web Annotation collection (as Claimbench exports it, or any with TextQuoteSelectors)
 * into claims and contradictions to place on the workspace's articles. Nothing is placed here: the
 * workspace puts each annotation on the article whose text holds its quote with its prefix and
 * suffix (see the workspace's annotation import); the target's URL or URN and the position
 * selector (Unicode code points) travel along as hints.
 */
public final class W3cAnnotationImporter {

    public AnnotationDraft read(Path file) throws ExchangeException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ExchangeException("'" + name + "' is a folder. Choose a .jsonld file of W3C Web Annotations.");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ExchangeException("'" + file + "' is not a regular file (a device, a pipe or a socket). Choose a .jsonld file.");
        }
        JsonNode root;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            root = JsonImporter.wellFormed(JsonImporter.mapper().readTree(in));
        } catch (NoSuchFileException e) {
            throw new ExchangeException("'" + file + "' does not exist. Check the path.");
        } catch (JsonProcessingException e) {
            boolean cut = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
            throw new ExchangeException("'" + name + "' " + (cut ? "is cut short" : "is not valid JSON") + ". Export the annotations again.");
        } catch (IOException e) {
            throw new ExchangeException("'" + name + "' cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new ExchangeException("'" + name + "' is too big for the memory Claimbench has. "
                    + "Start Claimbench with more memory (CLAIMBENCH_JAVA_OPTS=-Xmx8g) to import it.");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && "AnnotationCollection".equals(root.path("type").asText())) {
            root.path("first").path("items").forEach(items::add);
        } else if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else if (root != null && "Annotation".equals(root.path("type").asText())) {
            items.add(root);
        } else {
            throw new ExchangeException("'" + name + "' holds no Web Annotations (no AnnotationCollection or Annotation). "
                    + "Choose a .jsonld file of W3C Web Annotations.");
        }
        List<AnnotationDraft.ClaimAnnotation> claims = new ArrayList<>();
        List<AnnotationDraft.LinkAnnotation> links = new ArrayList<>();
        for (JsonNode a : items) {
            if ("linking".equals(a.path("motivation").asText()) && a.path("target").isArray() && a.path("target").size() == 2) {
                links.add(link(a));
                continue;
            }
            JsonNode target = a.path("target");
            String source = target.isTextual() ? target.asText() : target.path("source").asText();
            JsonNode quote = selector(target, "TextQuoteSelector");
            if (quote == null || !quote.path("exact").isTextual() || quote.path("exact").asText().isEmpty()) {
                throw new ExchangeException("'" + name + "': the annotation " + a.path("id").asText()
                        + " has no TextQuoteSelector with the quoted words; nothing was imported.");
            }
            int start = -1;
            int end = -1;
            JsonNode position = selector(target, "TextPositionSelector");
            if (position != null && position.path("start").canConvertToInt() && position.path("end").canConvertToInt()) {
                start = position.path("start").asInt();
                end = position.path("end").asInt();
            }
            String tag = "";
            String speaker = "";
            String note = "";
            AnnotationDraft.Assessment assessment = null;
            for (JsonNode b : bodies(a)) {
                String value = b.path("value").asText();
                switch (b.path("purpose").asText()) {
                    case "tagging" -> tag = value;
                    case "describing" -> {
                        // Claimbench's own describing bodies: the speaker, and the states it notes (orphan, changed since marked).
                        if (value.startsWith("Speaker: ") || !(value.startsWith("Orphan: ") || value.startsWith("Changed since marked: "))) {
                            speaker = value.replaceFirst("^Speaker: ", "");
                        }
                    }
                    case "commenting" -> note = value;
                    case "assessing" -> assessment = new AnnotationDraft.Assessment(value.replaceFirst("^Verdict: ", ""),
                            b.path("creator").path("name").asText(""), instant(b.path("created").asText("")));
                    default -> { }
                }
            }
            claims.add(new AnnotationDraft.ClaimAnnotation(a.path("id").asText(), source, start, end,
                    new TextQuote(quote.path("exact").asText(), quote.path("prefix").asText(""), quote.path("suffix").asText("")),
                    tag.isBlank() ? "Press" : tag, speaker, note, assessment));
        }
        return new AnnotationDraft(claims, links);
    }

    private static AnnotationDraft.LinkAnnotation link(JsonNode a) throws ExchangeException {
        ContradictionKind kind = ContradictionKind.OTHER;
        ContradictionStatus status = ContradictionStatus.OPEN;
        String note = "";
        for (JsonNode b : bodies(a)) {
            String v = b.path("value").asText();
            if (v.startsWith("contradiction: ")) {
                kind = ContradictionKind.parse(v.substring(15));
            } else if (v.startsWith("status: ")) {
                status = ContradictionStatus.parse(v.substring(8));
            } else if ("commenting".equals(b.path("purpose").asText())) {
                note = v;
            }
        }
        return new AnnotationDraft.LinkAnnotation(a.path("target").get(0).asText(), a.path("target").get(1).asText(), kind, status, note);
    }

    private static java.time.Instant instant(String s) {
        try {
            return s.isBlank() ? null : java.time.Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<JsonNode> bodies(JsonNode a) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode body = a.path("body");
        if (body.isArray()) {
            body.forEach(out::add);
        } else if (body.isObject()) {
            out.add(body);
        }
        return out;
    }

    private static JsonNode selector(JsonNode target, String type) {
        JsonNode s = target.path("selector");
        if (s.isObject()) {
            return type.equals(s.path("type").asText()) ? s : null;
        }
        for (JsonNode x : s) {
            if (type.equals(x.path("type").asText())) {
                return x;
            }
        }
        return null;
    }

}
