package org.claimbench.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Origin;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceBundle;

/**
 * Reads a workspace JSON export (see {@link WorkspaceJson}) back into a bundle to import. A file
 * that is not JSON, is cut short, comes from a newer Claimbench or is not a workspace export is
 * refused with a message that names it and says what to do.
 */
public final class JsonImporter {

    private final ObjectMapper json = JsonExporter.mapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public WorkspaceBundle read(Path file) throws ExchangeException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ExchangeException("'" + file + "' does not exist. Check the path.");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            boolean cut = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
            throw new ExchangeException("'" + name + "' " + (cut ? "is cut short" : "is not valid JSON") + where
                    + ". Export the workspace again, or open the file that was exported.");
        } catch (IOException e) {
            throw new ExchangeException("'" + name + "' cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !WorkspaceJson.FORMAT.equals(root.path("format").asText())) {
            throw new ExchangeException("'" + name + "' is not a Claimbench workspace export (it has no \"format\": \""
                    + WorkspaceJson.FORMAT + "\"). To add articles, import .txt, .md or .html files.");
        }
        int version = root.path("version").asInt(0);
        if (version > WorkspaceJson.VERSION) {
            throw new ExchangeException("'" + name + "' was exported by a newer Claimbench (format version " + version
                    + "; this one reads up to " + WorkspaceJson.VERSION + "). Update Claimbench to import it.");
        }
        WorkspaceJson doc;
        try {
            doc = json.treeToValue(root, WorkspaceJson.class);
        } catch (MismatchedInputException e) {
            throw new ExchangeException("'" + name + "' has a value of the wrong kind at " + e.getPathReference() + ". Export it again.");
        } catch (JsonProcessingException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getMessage());
        }
        try {
            return bundle(doc);
        } catch (RuntimeException e) {
            throw new ExchangeException("'" + name + "' does not hold a valid workspace: " + e.getMessage());
        }
    }

    private static WorkspaceBundle bundle(WorkspaceJson d) {
        List<Source> sources = new ArrayList<>();
        for (WorkspaceJson.SourceJson s : list(d.sources())) {
            sources.add(new Source(s.id(), s.name(), s.colour(), s.description(), s.sortOrder()));
        }
        List<Topic> topics = list(d.topics()).stream().map(t -> new Topic(t.id(), t.label())).toList();
        List<WorkspaceBundle.ArticleWithText> articles = new ArrayList<>();
        for (WorkspaceJson.ArticleJson a : list(d.articles())) {
            ArticleMetadata m = new ArticleMetadata(a.title(), a.outlet(), a.author(), a.url(), a.published(), a.language(), a.notes(), a.event());
            String text = a.text() == null ? "" : a.text();
            String sha = new org.claimbench.domain.ArticleDraft(m, text.isBlank() ? " " : text).sha256();
            articles.add(new WorkspaceBundle.ArticleWithText(new Article(a.id(), m, text.length(), sha, a.importedAt()), text));
        }
        List<Claim> claims = new ArrayList<>();
        for (WorkspaceJson.ClaimJson c : list(d.claims())) {
            claims.add(new Claim(c.id(), c.articleId(), new TextSpan(c.start(), c.end()), new TextQuote(c.quote(), c.prefix(), c.suffix()),
                    c.sourceId(), c.speaker(), c.topicId(), c.note(), c.created(), c.updated()));
        }
        List<Contradiction> contradictions = new ArrayList<>();
        for (WorkspaceJson.ContradictionJson x : list(d.contradictions())) {
            contradictions.add(new Contradiction(x.id(), x.claimA(), x.claimB(), ContradictionKind.parse(x.kind()),
                    ContradictionStatus.parse(x.status()), x.note(), Origin.parse(x.origin()), x.score(), x.created()));
        }
        List<org.claimbench.domain.Verdict> verdicts = list(d.verdicts()).stream()
                .map(v -> new org.claimbench.domain.Verdict(v.claimId(), v.rating(), v.explanation(), v.reviewer(), v.reviewed())).toList();
        List<org.claimbench.domain.Speaker> speakers = list(d.speakers()).stream()
                .map(s -> new org.claimbench.domain.Speaker(s.id(), s.name(), s.sourceId(), s.person(), s.aliases())).toList();
        List<org.claimbench.domain.WorkspaceContent.DismissedSpan> spans = list(d.dismissedClaimSuggestions()).stream()
                .map(x -> new org.claimbench.domain.WorkspaceContent.DismissedSpan(x.articleId(), new TextSpan(x.start(), x.end()))).toList();
        List<long[]> pairs = list(d.dismissedPairs()).stream().map(p -> new long[] {p.claimA(), p.claimB()}).toList();
        return new WorkspaceBundle(sources, topics, articles, claims, contradictions, verdicts, list(d.ratingScale()), speakers, spans, pairs);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
