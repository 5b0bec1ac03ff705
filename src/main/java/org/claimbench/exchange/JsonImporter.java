package org.claimbench.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.claimbench.domain.Anchor;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.ArticleVersion;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Origin;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceBundle;

/**
 * Reads a workspace JSON export (see {@link WorkspaceJson}) back into a bundle to import. A file
 * that is not a regular file, is too big for memory, is not JSON, is cut short, comes from a newer
 * Claimbench, is not a workspace export, or does not hold together (two rows with one id, a
 * reference to nothing) is refused with a message that names it and says what to do; nothing of
 * it is imported.
 *
 * <p>The parser's limits follow the app's own: a string may be as long as the longest article
 * text ({@link Article#MAX_LENGTH}), so every workspace the app holds can be read back.
 */
public final class JsonImporter {

    private final ObjectMapper json = mapper();

    /** The export's mapper with limits that fit everything the app accepts. */
    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Article.MAX_LENGTH + 1024).build())
                .build();
        return JsonMapper.builder(factory).addModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();
    }

    public WorkspaceBundle read(Path file) throws ExchangeException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root = readTree(file, name);
        if (root == null || !root.isObject() || !WorkspaceJson.FORMAT.equals(root.path("format").asText())) {
            throw new ExchangeException("'" + name + "' is not a Claimbench workspace export (it has no \"format\": \""
                    + WorkspaceJson.FORMAT + "\"). To add articles, import .txt, .md or .html files.");
        }
        JsonNode versionNode = root.path("version");
        if (!versionNode.canConvertToInt() || versionNode.asInt() > WorkspaceJson.VERSION || versionNode.asInt() < 1) {
            String stated = versionNode.isMissingNode() ? "none" : versionNode.isTextual() ? "\"" + versionNode.asText() + "\"" : versionNode.toString();
            boolean newer = versionNode.isNumber() && versionNode.decimalValue().compareTo(java.math.BigDecimal.valueOf(WorkspaceJson.VERSION)) > 0;
            throw new ExchangeException("'" + name + "' " + (newer ? "was exported by a newer Claimbench" : "has a format version this Claimbench does not know")
                    + " (format version " + stated + "; this one reads 1 to " + WorkspaceJson.VERSION + ")."
                    + (newer ? " Update Claimbench to import it." : " Export the workspace again."));
        }
        WorkspaceJson doc;
        try {
            doc = json.treeToValue(root, WorkspaceJson.class);
        } catch (MismatchedInputException e) {
            throw new ExchangeException("'" + name + "' has a value of the wrong kind at " + where(e) + ". Export it again.");
        } catch (JsonProcessingException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getMessage());
        }
        try {
            return bundle(doc, Instant.now());
        } catch (ExchangeException e) {
            throw new ExchangeException("'" + name + "' " + e.getMessage() + " Nothing was imported.");
        } catch (RuntimeException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getMessage() + ". Nothing was imported.");
        }
    }

    private JsonNode readTree(Path file, String name) throws ExchangeException {
        if (Files.isDirectory(file)) {
            throw new ExchangeException("'" + name + "' is a folder. Choose the .json file of an exported workspace.");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ExchangeException("'" + file + "' is not a regular file (a device, a pipe or a socket). Choose an exported .json file.");
        }
        try {
            long size = Files.size(file);
            // The tree of a JSON document takes several times its bytes: refuse what cannot fit rather than fail half-way.
            long room = freeHeap();
            if (size > room / 4) {
                // Garbage not yet collected counts as used: measure again after a collection before refusing.
                System.gc();
                room = freeHeap();
            }
            if (size > room / 4) {
                throw new ExchangeException(String.format(java.util.Locale.ROOT,
                        "'%s' is too big for the memory Claimbench has (%.0f MB; about %.0f MB can be read now). "
                                + "Start Claimbench with more memory (CLAIMBENCH_JAVA_OPTS=-Xmx8g) to import it.",
                        name, size / 1048576.0, room / 4 / 1048576.0));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return wellFormed(json.readTree(in));
            }
        } catch (NoSuchFileException e) {
            throw new ExchangeException("'" + file + "' does not exist. Check the path.");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            boolean cut = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
            throw new ExchangeException("'" + name + "' " + (cut ? "is cut short" : "is not valid JSON") + where
                    + ". Export the workspace again, or open the file that was exported.");
        } catch (IOException e) {
            throw new ExchangeException("'" + name + "' cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new ExchangeException("'" + name + "' is too big for the memory Claimbench has. "
                    + "Start Claimbench with more memory (CLAIMBENCH_JAVA_OPTS=-Xmx8g) to import it.");
        }
    }

    /** Bytes the heap can still grow by: its maximum less what is in use now (garbage included until collected). */
    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Every string of a document as the workspace can store it: half a character (a lone surrogate,
     * which JSON escapes can spell) becomes U+FFFD everywhere, not only in texts (see WellFormed).
     */
    static JsonNode wellFormed(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            var o = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual()) {
                    String clean = org.claimbench.domain.WellFormed.text(v.asText());
                    if (!clean.equals(v.asText())) {
                        o.put(name, clean);
                    }
                } else {
                    wellFormed(v);
                }
            }
        } else if (node.isArray()) {
            var a = (com.fasterxml.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    a.set(i, a.textNode(org.claimbench.domain.WellFormed.text(v.asText())));
                } else {
                    wellFormed(v);
                }
            }
        }
        return node;
    }

    /** Where in the document a value of the wrong kind is, as a reader would write it: claims[0].start. */
    private static String where(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "the top" : b.toString();
    }

    private static WorkspaceBundle bundle(WorkspaceJson d, Instant now) throws ExchangeException {
        unique("sources", list(d.sources()), WorkspaceJson.SourceJson::id);
        unique("topics", list(d.topics()), WorkspaceJson.TopicJson::id);
        unique("articles", list(d.articles()), WorkspaceJson.ArticleJson::id);
        unique("claims", list(d.claims()), WorkspaceJson.ClaimJson::id);
        unique("contradictions", list(d.contradictions()), WorkspaceJson.ContradictionJson::id);
        unique("speakers", list(d.speakers()), WorkspaceJson.SpeakerJson::id);
        unique("verdicts (claim ids)", list(d.verdicts()), WorkspaceJson.VerdictJson::claimId);
        List<Source> sources = new ArrayList<>();
        for (WorkspaceJson.SourceJson s : list(d.sources())) {
            // Files written before the outlet was kept with its source knew it by its default name, as workspaces did (V7).
            boolean outlet = s.outlet() != null ? s.outlet() : Source.OUTLET.equalsIgnoreCase(s.name() == null ? "" : s.name().strip());
            sources.add(new Source(s.id(), s.name(), s.colour(), s.description(), s.sortOrder(), outlet));
        }
        List<Topic> topics = list(d.topics()).stream().map(t -> new Topic(t.id(), t.label(), t.colour())).toList();
        List<WorkspaceBundle.ArticleWithText> articles = new ArrayList<>();
        for (WorkspaceJson.ArticleJson a : list(d.articles())) {
            ArticleMetadata m = new ArticleMetadata(a.title(), a.outlet(), a.author(), a.url(), a.published(), a.language(), a.notes(), a.event());
            String text = a.text() == null ? "" : org.claimbench.domain.WellFormed.text(a.text());
            String sha = new org.claimbench.domain.ArticleDraft(m, text.isBlank() ? " " : text).sha256();
            List<ArticleVersion> versions = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (WorkspaceJson.VersionJson v : list(a.versions())) {
                if (!numbers.add(v.version())) {
                    throw new ExchangeException("has two versions numbered " + v.version() + " of article " + a.id() + ".");
                }
                versions.add(new ArticleVersion(a.id(), v.version(), v.text() == null ? "" : org.claimbench.domain.WellFormed.text(v.text()),
                        orNow(v.replaced(), now),
                        TextOrigin.parse(v.origin())));
            }
            articles.add(new WorkspaceBundle.ArticleWithText(new Article(a.id(), m, text.length(), sha, orNow(a.importedAt(), now),
                    TextOrigin.parse(a.textOrigin())), text, versions));
        }
        List<Claim> claims = new ArrayList<>();
        for (WorkspaceJson.ClaimJson c : list(d.claims())) {
            Anchor anchor = Anchor.parse(c.anchor());
            String quote = c.quote() == null ? "" : org.claimbench.domain.WellFormed.text(c.quote());
            TextSpan span;
            if (c.start() != null && c.end() != null) {
                span = new TextSpan(c.start(), c.end());
            } else if (anchor == Anchor.ORPHAN) {
                span = new TextSpan(0, quote.length());
            } else {
                throw new ExchangeException("gives claim " + c.id() + " no start and end, but it is not an orphan.");
            }
            claims.add(new Claim(c.id(), c.articleId(), span, new TextQuote(quote, org.claimbench.domain.WellFormed.text(orEmpty(c.prefix())),
                    org.claimbench.domain.WellFormed.text(orEmpty(c.suffix()))),
                    c.sourceId(), c.speaker(), c.topicId(), c.note(), orNow(c.created(), now), orNow(c.updated(), now), anchor, c.markedQuote()));
        }
        List<Contradiction> contradictions = new ArrayList<>();
        for (WorkspaceJson.ContradictionJson x : list(d.contradictions())) {
            contradictions.add(new Contradiction(x.id(), x.claimA(), x.claimB(), ContradictionKind.parse(x.kind()),
                    ContradictionStatus.parse(x.status()), x.note(), Origin.parse(x.origin()), x.score(), orNow(x.created(), now)));
        }
        List<org.claimbench.domain.Verdict> verdicts = list(d.verdicts()).stream()
                .map(v -> new org.claimbench.domain.Verdict(v.claimId(), v.rating(), v.explanation(), v.reviewer(), orNow(v.reviewed(), now))).toList();
        List<org.claimbench.domain.Speaker> speakers = list(d.speakers()).stream()
                .map(s -> new org.claimbench.domain.Speaker(s.id(), s.name(), s.sourceId(), s.person(), list(s.aliases()))).toList();
        List<org.claimbench.domain.WorkspaceContent.DismissedSpan> spans = list(d.dismissedClaimSuggestions()).stream()
                .map(x -> new org.claimbench.domain.WorkspaceContent.DismissedSpan(x.articleId(), new TextSpan(x.start(), x.end()))).toList();
        List<long[]> pairs = list(d.dismissedPairs()).stream().map(p -> new long[] {p.claimA(), p.claimB()}).toList();
        return new WorkspaceBundle(sources, topics, articles, claims, contradictions, verdicts, list(d.ratingScale()), speakers, spans, pairs);
    }

    /** Two rows of one kind with the same id would put claims on the wrong article: the first duplicate is named. */
    private static <T> void unique(String kind, List<T> rows, ToLongFunction<T> id) throws ExchangeException {
        Set<Long> seen = new HashSet<>();
        for (T row : rows) {
            long i = id.applyAsLong(row);
            if (!seen.add(i)) {
                throw new ExchangeException("holds two " + kind + " with the id " + i + " (the first duplicate): the file was edited or "
                        + "put together from two exports. Export the workspace again.");
            }
        }
    }

    private static Instant orNow(Instant t, Instant now) {
        return t == null ? now : t;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
    }
}
