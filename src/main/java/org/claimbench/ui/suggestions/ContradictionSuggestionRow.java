package org.claimbench.ui.suggestions;

import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.domain.Claim;

/** A suggested contradiction as the list shows it: both claims with their sources. */
public record ContradictionSuggestionRow(ContradictionSuggestion suggestion, Claim a, Claim b, String sourceA, String colourA,
                                         String sourceB, String colourB) {

    /** The same row with another ranking of its pair (a lowered score, see Diversity.place). */
    ContradictionSuggestionRow withSuggestion(ContradictionSuggestion ranked) {
        return new ContradictionSuggestionRow(ranked, a, b, sourceA, colourA, sourceB, colourB);
    }
}
