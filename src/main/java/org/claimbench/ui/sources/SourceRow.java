package org.claimbench.ui.sources;

import org.claimbench.domain.Source;

/** A source in the legend: its number key, how many claims it has, whether they are shown. */
public record SourceRow(Source source, int key, int claims, boolean visible) {

    /**
     * The record's own equals written out (hashCode stays generated, and agrees): a generated one is
     * linked at its first call, 25-45 ms of processor time for the first in a JVM, and the legend compares
     * its old and new rows on the JavaFX thread on the way to the first frame (SourceLegendViewModel.refresh).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRow r && java.util.Objects.equals(source, r.source) && key == r.key && claims == r.claims
                && visible == r.visible;
    }
}
