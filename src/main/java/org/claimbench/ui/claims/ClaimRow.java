package org.claimbench.ui.claims;

import org.claimbench.domain.Claim;

/**
 * One row of the claims table: a claim with the names it is shown with; {@code outletSource}: whether its source is the
 * outlet's own ({@link org.claimbench.domain.Source#isOutlet}).
 */
public record ClaimRow(Claim claim, String source, String colour, String article, String topic, int contradictions, String verdict,
                       boolean outletSource) {

    public long id() {
        return claim.id();
    }

    /** What a claim whose words an edit deleted (an orphan) shows before its quote, here and in the Contradictions tab. */
    public static final String ORPHAN_MARK = "⚠ no longer in the text: ";

    /**
     * The quote; an orphan (its words gone from the article's new text) says so, to be re-placed or
     * deleted; a claim changed since marked shows the words it was marked on beside the new ones.
     */
    public String quote() {
        String now = claim.exact().replace('\n', ' ');
        if (claim.isOrphan()) {
            return ORPHAN_MARK + now;
        }
        if (claim.isChanged()) {
            return "✎ changed since marked: " + org.claimbench.domain.QuoteMarks.quoted(claim.markedQuote().replace('\n', ' ')) + " → now " + org.claimbench.domain.QuoteMarks.quoted(now);
        }
        return now;
    }

    public boolean orphan() {
        return claim.isOrphan();
    }

    public boolean changed() {
        return claim.isChanged();
    }

    public String speaker() {
        return claim.speaker();
    }

    /**
     * Whether the claim is expected to have a speaker: all but the outlet's own claims (Press, by whatever name it has),
     * whose speaker is the outlet unless it cites someone.
     */
    public boolean speakerExpected() {
        return !outletSource;
    }
}
