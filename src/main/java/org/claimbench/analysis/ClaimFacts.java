package org.claimbench.analysis;

import org.claimbench.domain.Claim;

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

    boolean positioned() {
        return start >= 0 && end >= start;
    }
}
