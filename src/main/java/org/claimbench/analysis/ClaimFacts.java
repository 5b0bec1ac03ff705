package org.claimbench.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Claim;
import org.claimbench.domain.WorkspaceContent;

/**
 * What the contradiction engine needs of a claim: its words, its source, the event its article
 * reports, and where it stands in the article (start and end, and the words just before it), so
 * that two claims the article itself sets against each other ("…, although …") can be found.
 * Start and end are -1 when unknown.
 */
public record ClaimFacts(long id, long articleId, int start, int end, String text, String lead, String source, String event) {

    public ClaimFacts {
        lead = lead == null ? "" : lead;
    }

    /** A claim whose place in its article is unknown. */
    public ClaimFacts(long id, long articleId, String text, String source, String event) {
        this(id, articleId, -1, -1, text, "", source, event);
    }

    /** A workspace claim, with its source's name and its article's event. */
    public static ClaimFacts of(Claim c, String source, String event) {
        return new ClaimFacts(c.id(), c.articleId(), c.start(), c.end(), c.exact(), c.quote().prefix(), source, event == null ? "" : event);
    }

    /** Claims of a workspace, each with its source's name and its article's event. */
    public static List<ClaimFacts> of(WorkspaceContent w, List<Claim> claims) {
        Map<Long, String> sources = new HashMap<>();
        w.sources().forEach(s -> sources.put(s.id(), s.name()));
        Map<Long, String> events = new HashMap<>();
        w.articles().forEach(a -> events.put(a.id(), a.metadata().event()));
        return claims.stream().map(c -> of(c, sources.getOrDefault(c.sourceId(), "?"), events.get(c.articleId()))).toList();
    }

    boolean positioned() {
        return start >= 0 && end >= start;
    }
}
