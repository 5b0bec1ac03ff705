package org.claimbench.ui.claims;

import org.claimbench.domain.Claim;

/** One row of the claims table: a claim with the names it is shown with. */
public record ClaimRow(Claim claim, String source, String colour, String article, String topic, int contradictions, String verdict,
                       boolean orphan) {

    public long id() {
        return claim.id();
    }

    /** The quote; an orphan (its words gone from the article's new text) says so, to be re-placed or deleted. */
    public String quote() {
        return (orphan ? "⚠ no longer in the text: " : "") + claim.exact().replace('\n', ' ');
    }

    public String speaker() {
        return claim.speaker();
    }
}
