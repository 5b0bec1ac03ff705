package org.claimbench.ui.suggestions;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;

/** How a suggested span stands against the claims already marked in its article. */
final class MarkedClaims {

    private MarkedClaims() {
    }

    /**
     * Whether a marked claim marks mostly the same words as the span (then the suggestion is not
     * listed). sortedClaims are sorted by start, so only those nearby are looked at; longest is the
     * length of the longest of them (UTF-16 units).
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
            if (sortedClaims.get(i).span().marksMostlyTheSameAs(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest claim marked inside the span's words (shorter than the span): accepting the
     * suggestion as a new claim would lay a near-duplicate over it. Orphans (no place) are left out.
     */
    static Optional<Claim> inside(List<Claim> claims, TextSpan span) {
        return claims.stream()
                .filter(c -> c.hasPlace() && span.start() <= c.start() && c.end() <= span.end() && !c.span().equals(span))
                .max(java.util.Comparator.comparingInt(c -> c.span().length()));
    }
}
