package org.claimbench.ui.contradictions;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;

/** One contradiction with both of its claims and their sources, as the list shows it. */
public record ContradictionRow(Contradiction contradiction, Claim a, Claim b, String sourceA, String colourA,
                               String sourceB, String colourB) {

    public String quoteA() {
        return a.exact().replace('\n', ' ');
    }

    public String quoteB() {
        return b.exact().replace('\n', ' ');
    }

    /**
     * What the list and the detail say before a claim's quote: that its words are gone from its article's text (an edit
     * deleted them), or nothing. A newcomer's pair still read "Other · Confirmed" with nothing to show it (stop 46).
     */
    public static String gone(Claim claim) {
        return claim.isOrphan() ? org.claimbench.ui.claims.ClaimRow.ORPHAN_MARK : "";
    }
}
