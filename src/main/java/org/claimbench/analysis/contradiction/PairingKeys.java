package org.claimbench.analysis.contradiction;

import java.util.BitSet;

/**
 * Which of {@link Candidates}' numbered keys can bring a pair together, for a build that drops the keys' texts: a key keeps
 * its claims only where some pair can come of it (posted by 2 to {@link ContradictionSuggester#MAX_POSTINGS} claims and not
 * only waiting to be looked up, or looked up by some claim), the others none, and each claim's row keeps only the keys that
 * pair. Nothing a pair is found by changes ({@link Candidates#forEachLater} passes over the other keys), and at 100,000
 * claims the rows and postings of keys one claim alone posts were most of the build's int arrays (docs/speed.md, round 29).
 */
final class PairingKeys {

    /** A row with nothing in it, shared. */
    static final int[] NONE = new int[0];

    private PairingKeys() {
    }

    /**
     * The postings' starts by key number for the keys kept: {@code start[k + 1] - start[k]} is key k's claim count where it
     * is kept, 0 otherwise.
     *
     * @param allStarts each key's start among all the claims posted (its count is {@code allStarts[k + 1] - allStarts[k]})
     * @param lookups   each claim's looked-up key numbers
     * @param postedOnly the keys that only wait to be looked up
     * @param pairs     set here: the keys that pair by being posted (the rows keep these, {@link #pairing})
     * @return an array of {@code allStarts.length}
     */
    static int[] starts(int[] allStarts, int[][] lookups, BitSet postedOnly, BitSet pairs) {
        int keyCount = allStarts.length - 1;
        BitSet lookedUp = new BitSet(keyCount);
        for (int[] row : lookups) {
            for (int k : row) {
                lookedUp.set(k);
            }
        }
        int[] start = new int[keyCount + 1];
        for (int k = 0; k < keyCount; k++) {
            int count = allStarts[k + 1] - allStarts[k];
            boolean pairing = count >= 2 && count <= ContradictionSuggester.MAX_POSTINGS && !postedOnly.get(k);
            if (pairing) {
                pairs.set(k);
            }
            start[k + 1] = start[k] + (pairing || lookedUp.get(k) ? count : 0);
        }
        return start;
    }

    /** A claim's keys that pair, in order, a key posted twice kept twice (the row itself when all do). */
    static int[] pairing(int[] row, BitSet pairs) {
        int count = 0;
        for (int k : row) {
            if (pairs.get(k)) {
                count++;
            }
        }
        if (count == row.length) {
            return row;
        }
        if (count == 0) {
            return NONE;
        }
        int[] out = new int[count];
        count = 0;
        for (int k : row) {
            if (pairs.get(k)) {
                out[count++] = k;
            }
        }
        return out;
    }
}
