package org.claimbench.ui.sources;

import org.claimbench.domain.Source;

/**
 * A source in the legend: its number key, how many of its claims are counted ({@code claims}: all of them, or those the
 * Claims table's filter shows), how many it has in all ({@code inAll}), whether the counts are a filter's
 * ({@code filtered}), whether its claims are shown.
 */
public record SourceRow(Source source, int key, int claims, int inAll, boolean filtered, boolean visible) {

    /** A row counting all the source's claims. */
    public SourceRow(Source source, int key, int claims, boolean visible) {
        this(source, key, claims, claims, false, visible);
    }

    /**
     * The count as the legend shows it: "9" (all claims), or under a filter "2 of 9" — the filter's share of all, never a
     * bare 0 that reads as claims lost (editor58: "0" beside most sources under the Orphans filter). A source with no
     * claims at all says "0" either way.
     */
    public String countSaid() {
        return filtered && inAll > 0 ? claims + " of " + inAll : String.valueOf(claims);
    }

    /**
     * The record's own equals written out (hashCode stays generated, and agrees): a generated one is
     * linked at its first call, 25-45 ms of processor time for the first in a JVM, and the legend compares
     * its old and new rows on the JavaFX thread on the way to the first frame (SourceLegendViewModel.refresh).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRow r && java.util.Objects.equals(source, r.source) && key == r.key && claims == r.claims
                && inAll == r.inAll && filtered == r.filtered && visible == r.visible;
    }
}
