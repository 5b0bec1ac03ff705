package org.claimbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceContent;

/** Exports a whole workspace as one JSON document (see {@link WorkspaceJson}). */
public final class JsonExporter {

    private final ObjectMapper json = mapper();

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public WorkspaceJson document(WorkspaceContent w, java.time.Instant now) {
        return new WorkspaceJson(WorkspaceJson.FORMAT, WorkspaceJson.VERSION, now,
                w.sources().stream().map(JsonExporter::source).toList(),
                w.topics().stream().map(t -> new WorkspaceJson.TopicJson(t.id(), t.label(), t.colour())).toList(),
                w.articles().stream().map(a -> article(a, w.text(a.id()), w.versions(a.id()))).toList(),
                // By id: an order that does not depend on where claims stand, so an orphan (which has no place) keeps its row.
                w.claims().stream().sorted(java.util.Comparator.comparingLong(Claim::id)).map(JsonExporter::claim).toList(),
                w.contradictions().stream().map(JsonExporter::contradiction).toList(), w.ratingScale(),
                w.verdicts().stream().sorted(java.util.Comparator.comparingLong(org.claimbench.domain.Verdict::claimId))
                        .map(v -> new WorkspaceJson.VerdictJson(v.claimId(), v.rating(), v.explanation(), v.reviewer(), v.reviewed())).toList(),
                w.speakers().stream().sorted(java.util.Comparator.comparingLong(org.claimbench.domain.Speaker::id))
                        .map(s -> new WorkspaceJson.SpeakerJson(s.id(), s.name(), s.sourceId(), s.person(), s.aliases())).toList(),
                w.dismissedClaimSuggestions().stream()
                        .map(d -> new WorkspaceJson.DismissedSpanJson(d.articleId(), d.span().start(), d.span().end())).toList(),
                w.dismissedPairs().stream().map(p -> new WorkspaceJson.PairJson(p[0], p[1])).toList());
    }

    public void write(WorkspaceContent w, OutputStream out) throws IOException {
        json.writeValue(out, document(w, java.time.Instant.now()));
    }

    /** Writes the document atomically (see {@link AtomicWrite}). */
    public void write(WorkspaceContent w, Path target) throws IOException {
        AtomicWrite.to(target, out -> write(w, out));
    }

    private static WorkspaceJson.SourceJson source(Source s) {
        return new WorkspaceJson.SourceJson(s.id(), s.name(), s.colour(), s.description(), s.sortOrder(), s.isOutlet());
    }

    private static WorkspaceJson.ArticleJson article(Article a, String text, java.util.List<org.claimbench.domain.ArticleVersion> versions) {
        var m = a.metadata();
        return new WorkspaceJson.ArticleJson(a.id(), m.title(), m.outlet(), m.author(), m.url(), m.published(),
                m.language(), m.notes(), m.event(), a.importedAt(), a.textSha256(), text, a.textOrigin().code(),
                versions.stream().map(v -> new WorkspaceJson.VersionJson(v.version(), v.origin().code(), v.replaced(), v.text())).toList());
    }

    private static WorkspaceJson.ClaimJson claim(Claim c) {
        return new WorkspaceJson.ClaimJson(c.id(), c.articleId(), c.hasPlace() ? c.start() : null, c.hasPlace() ? c.end() : null,
                c.quote().exact(), c.quote().prefix(), c.quote().suffix(), c.sourceId(), c.speaker(), c.topicId(), c.note(), c.created(),
                c.updated(), c.anchor().code(), c.isChanged() ? c.markedQuote() : null);
    }

    private static WorkspaceJson.ContradictionJson contradiction(Contradiction x) {
        return new WorkspaceJson.ContradictionJson(x.id(), x.claimA(), x.claimB(), x.kind().code(), x.status().code(),
                x.note(), x.origin().code(), x.score(), x.created());
    }
}
