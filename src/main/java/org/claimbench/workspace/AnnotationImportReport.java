package org.claimbench.workspace;

import java.util.List;

/**
 * What an import of annotations did: claims added (foundByQuote of them placed by their quote and
 * context, not at the position the file gave), claims already here, and the quotes that fit no
 * article, named, not silently dropped.
 */
public record AnnotationImportReport(int claimsAdded, int claimsAlreadyThere, int foundByQuote, List<String> notFound, int contradictionsAdded) {

    public String summary() {
        int shown = Math.min(5, notFound.size());
        return claimsAdded + " claims added (" + foundByQuote + " placed by their quote and the words around it), " + claimsAlreadyThere
                + " already there, " + contradictionsAdded + " contradictions" + (notFound.isEmpty() ? "" : "; " + notFound.size()
                + " annotations fit no article here and were not imported: " + String.join(" · ", notFound.subList(0, shown))
                + (notFound.size() > shown ? " · …" : ""));
    }
}
