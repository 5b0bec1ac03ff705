package org.claimbench.analysis.contradiction;

import java.util.List;

/**
 * What two claims have in common, worked out once per pair for every signal: whether their
 * articles report the same event (or, when not, the event both claims name), whether one source
 * made both, the content lemmas they share and the cosine of their meaning vectors (NaN when a
 * vector is missing).
 */
record Pair(boolean sameEvent, String sharedEvent, boolean sameSource, boolean sameArticle, List<String> shared, double cosine) {

    /**
     * Whether the two claims speak of the same thing: their vectors are at least {@code minCosine}
     * alike, or (without vectors) they share two content lemmas.
     */
    boolean related(double minCosine) {
        return Double.isNaN(cosine) ? shared.size() >= 2 : cosine >= minCosine;
    }

    /**
     * Whether the two claims are two accounts: two sources, or the outlets of two articles (the default
     * source "Press" stands for the outlet itself, so two articles' Press claims are two outlets').
     */
    boolean twoAccounts(ClaimFeatures a) {
        return !sameSource || (!sameArticle && a.facts.source().equals(OUTLET));
    }

    /** As {@link #twoAccounts(ClaimFeatures)} for claims a (the one with the lower id) and b, read from the claims alone. */
    static boolean twoAccounts(ClaimFeatures a, ClaimFeatures b) {
        boolean sameSource = a.facts.source().equals(b.facts.source());
        return !sameSource || (a.facts.articleId() != b.facts.articleId() && a.facts.source().equals(OUTLET));
    }

    /** The default source of the outlet's own words (org.claimbench.domain.SourcePalette). */
    private static final String OUTLET = org.claimbench.domain.Source.OUTLET;

    /**
     * Whether the two claims speak of one event: their articles report the same one, or both claims name an event in common
     * ({@link #sharedEvent}: "a ceasefire … in May" in a report of June meets the report of the ceasefire of 10 May). The
     * signals of what was done and said in the event ask this (mediation, focus, scope, denials of an act, a report called
     * false, giving in); those of what holds at the time of a report ask {@link #sameEvent}: a status, an aspect or a judgement
     * told in two reports of different dates may each hold at its date (an event's status is relative to the report's
     * creation time: TimeML, Pustejovsky et al. 2003).
     */
    boolean oneEvent() {
        return sameEvent || !sharedEvent.isEmpty();
    }

    /** Whether they share a lemma of the given list. */
    boolean shareAny(List<String> lemmas) {
        for (String l : lemmas) {
            if (shared.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
