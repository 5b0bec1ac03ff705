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
}
