package org.claimbench.ui.suggestions;

import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;

/** How a suggested span stands against the claims already marked in its article. */
final class MarkedClaims {

    private MarkedClaims() {
    }

    /**
     * Whether a marked claim settles the suggested span ({@link TextSpan#settles}: it covers at least half of its words, or
     * lies inside them); then the suggestion is not listed. sortedClaims are sorted by start, so only those nearby are
     * looked at; longest is the length of the longest of them (UTF-16 units).
     */
    static boolean covered(List<Claim> sortedClaims, int longest, TextSpan span) {
        int lo = 0;
        int hi = sortedClaims.size();
        int from = span.start() - longest;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedClaims.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sortedClaims.size() && sortedClaims.get(i).start() < span.end(); i++) {
            if (sortedClaims.get(i).span().settles(span)) {
                return true;
            }
        }
        return false;
    }
}
