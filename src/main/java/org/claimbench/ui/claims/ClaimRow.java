package org.claimbench.ui.claims;

import org.claimbench.domain.Claim;

/** One row of the claims table: a claim with the names it is shown with. */
public record ClaimRow(Claim claim, String source, String colour, String article, String topic, int contradictions, String verdict) {

    public long id() {
        return claim.id();
    }

    public String quote() {
        return claim.exact().replace('\n', ' ');
    }

    public String speaker() {
        return claim.speaker();
    }
}
