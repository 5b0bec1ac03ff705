package org.claimbench.analysis.contradiction;

import java.util.Set;

/**
 * A denial the claim itself bounds to an earlier time and then revises: "The council had not approved the lease earlier, but
 * after the hearing it voted to approve it". The negated clause carries an adjunct of earlier time (Quirk et al. 1985,
 * 8.57-8.59, time-position adjuncts relative to a point of reference: "earlier", "initially", "originally", "previously",
 * "formerly", "at first"), and a later clause, opened by a connective of contrast or sequence ("but", "yet", "then", "later",
 * "eventually", "subsequently"; Quirk et al. 1985, 8.137-8.138 and 13.18-13.20), affirms the same predicate (its lemma, or a
 * word of its root: "approve" / "approval"). What such a claim says in the end is that the act was done, later: it denies
 * nothing to an account that the act was done and names no day ("the council approved the lease"); to one that dates the act
 * ("approved it on Monday") its earlier time still answers, and its denial stands ({@link #standsAgainst}).
 *
 * <p>Read from the claim's tokens once ({@link TokenPass}); a pair asks only two booleans and the other claim's days.
 */
final class RevisedDenial {

    /**
     * Adverbs of an earlier time (Quirk et al. 1985, 8.57-8.59), by lemma: the lemmatizer gives "earlier" as "early"; "at first"
     * is read as its two words.
     */
    private static final Set<String> EARLIER = Set.of("early", "earlier", "initially", "originally", "previously", "formerly");
    /** Connectives that open a later, contrasting or following clause (Quirk et al. 1985, 8.137-8.138, 13.18-13.20). */
    private static final Set<String> LATER = Set.of("but", "yet", "then", "later", "eventually", "subsequently");

    private RevisedDenial() {
    }

    /**
     * Whether the negation whose cue stands at token {@code cueAt} (its scope ending at {@code scopeEnd}, exclusive) is bounded
     * to an earlier time and revised by a later clause of the same claim; false without a cue.
     */
    static boolean of(ClaimReading r, int cueAt, int scopeEnd) {
        if (cueAt < 0 || scopeEnd <= cueAt) {
            return false;
        }
        String denied = null;
        for (int i = cueAt + 1; i < scopeEnd && denied == null; i++) {
            if (r.is(i, "VERB") || r.is(i, "NOUN")) {
                denied = r.lemma(i);
            }
        }
        if (denied == null || !earlierTime(r, clauseStart(r, cueAt), scopeEnd)) {
            return false;
        }
        boolean later = false;
        for (int i = scopeEnd; i < r.size(); i++) {
            String l = r.lemma(i);
            if (Lexicons.NEGATORS.contains(l) || l.endsWith("+not") || Lexicons.DENIALS.contains(l)) {
                // The later clause denies again ("but it has not done so since"): nothing is revised.
                return false;
            }
            later |= LATER.contains(l.toLowerCase(java.util.Locale.ROOT));
            if (later && (r.is(i, "VERB") || r.is(i, "NOUN")) && Lexicons.sameRoot(l, denied)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a revised denial still answers another claim: only one that names a day for what it reports (its weekdays or
     * dates), whose time the earlier one can contradict.
     */
    static boolean standsAgainst(ClaimFeatures other) {
        if (!other.weekdays.isEmpty() || !other.dates.isEmpty()) {
            return true;
        }
        // A weekday the claim's days leave out as the date of a statement ("agreed on Friday", a weekday after the verb: WordSenses.weekdays) still
        // dates what it reports.
        for (int i = 0; i < other.reading.size(); i++) {
            if (WordSenses.WEEKDAYS.contains(other.reading.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one claim's revised denial meets the other, which names no day: then that denial is no denial between them. */
    static boolean voidBetween(ClaimFeatures a, ClaimFeatures b) {
        return (a.revisedDenial && !standsAgainst(b)) || (b.revisedDenial && !standsAgainst(a));
    }

    /** Where the clause holding token i starts: after the last punctuation before it, or the claim's start. */
    private static int clauseStart(ClaimReading r, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (r.is(k, "PUNCT")) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean earlierTime(ClaimReading r, int from, int to) {
        for (int i = from; i < to; i++) {
            String l = r.lemma(i).toLowerCase(java.util.Locale.ROOT);
            if (EARLIER.contains(l) || (l.equals("first") && i > 0 && r.lemma(i - 1).equalsIgnoreCase("at"))) {
                return true;
            }
        }
        return false;
    }
}
