package org.claimbench.domain;

import java.time.Instant;

/** Two claims that cannot both be true, as the user (or a suggestion) sees it. */
public record Contradiction(long id, long claimA, long claimB, ContradictionKind kind, ContradictionStatus status,
                            String note, Origin origin, Double score, Instant created) {

    public Contradiction {
        if (claimA == claimB) {
            throw new IllegalArgumentException("A claim cannot contradict itself");
        }
        note = note == null ? "" : note;
    }

    /** The key of an unordered pair of claims, "min:max": the same whichever of the two comes first. */
    public static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /**
     * The two claim ids of a pair key made by {@link #pairKey(long, long)} ("3:9" gives {3, 9}); empty when {@code key} is no
     * such key.
     */
    public static java.util.Optional<long[]> claimsOfPairKey(String key) {
        int colon = key.indexOf(':');
        try {
            return colon <= 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new long[] {Long.parseLong(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1))});
        } catch (NumberFormatException notAPair) {
            return java.util.Optional.empty();
        }
    }

    public String pairKey() {
        return pairKey(claimA, claimB);
    }

    public boolean involves(long claimId) {
        return claimA == claimId || claimB == claimId;
    }

    public long other(long claimId) {
        return claimA == claimId ? claimB : claimA;
    }

    public Contradiction withId(long newId) {
        return new Contradiction(newId, claimA, claimB, kind, status, note, origin, score, created);
    }

    public Contradiction withReview(ContradictionKind newKind, ContradictionStatus newStatus, String newNote) {
        return new Contradiction(id, claimA, claimB, newKind, newStatus, newNote, origin, score, created);
    }
}
