package org.claimbench.workspace;

import java.util.List;

/** What an import of annotations did; quotes no longer found in their article are named, not silently dropped. */
public record AnnotationImportReport(int claimsAdded, int claimsAlreadyThere, int foundByQuote, List<String> notFound, int contradictionsAdded) {

    public String summary() {
        return claimsAdded + " claims added (" + foundByQuote + " found again by their quote), " + claimsAlreadyThere + " already there, "
                + contradictionsAdded + " contradictions" + (notFound.isEmpty() ? "" : "; " + notFound.size()
                + " quotes are no longer in their article and were not imported: " + String.join(" · ", notFound));
    }
}
