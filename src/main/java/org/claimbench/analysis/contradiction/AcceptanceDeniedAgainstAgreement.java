package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account says a side has not agreed to or accepted a term or an agreement, the other presents the agreement as reached or the
 * term as part of it: "the dockers' union had not agreed to the 8 percent rise" against "the deal gives the dockers an 8 percent
 * rise"; "the union has not accepted a key part of the agreement" against "the two sides reached a deal on Monday".
 *
 * <p>The refusal: the claim's negation denies one of the positive answers to a proposal, the lexical units agree, accept and
 * approve of FrameNet 1.7's Respond_to_proposal and Agree_or_refuse_to_act ({@link Factuality}'s statuses: "not agree", "not
 * accept"), and what it is denied of is either a figure in the negation's scope (the term) or a noun of an agreement there
 * ("a key part of the agreement"): a noun with agreement#1 among its first senses or their direct hypernyms in WordNet 3.1
 * ("agreement", "deal", "settlement": {@link TalksDeniedAgainstAgreement#agreementReached}'s reading). The acceptance is the
 * event the agreement needs: an agreement between parties holds only when each has assented to its terms (WordNet's agreement#1,
 * "the statement (oral or written) of an exchange of promises").
 *
 * <p>The agreement: the other claim affirms an agreement (a noun of agreement not negated, in no negation's scope, not supposed
 * under a condition, or agree#2 with its complement: {@link TalksDeniedAgainstAgreement#agreementReached}), and, where the refusal
 * is of a figure, states the same figure of the same dimension (FrameNet's terms of an agreement). Two accounts of one event;
 * a figure's pair needs no likeness of meaning (the figure ties them), an agreement's the likeness a denied act needs
 * ({@link TroponymDenial#LIKENESS}).
 */
final class AcceptanceDeniedAgainstAgreement implements PairSignal {

    /** The positive answers to a proposal (FrameNet 1.7 Respond_to_proposal, Agree_or_refuse_to_act) among Factuality's statuses. */
    private static final Set<String> ASSENT = Set.of("not agree", "not accept", "not approve");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        int refusal = ClaimHolds.NEGATION | ClaimHolds.STATUS;
        return (a.holds.bits & refusal) == refusal || (b.holds.bits & refusal) == refusal;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return refused(a, b, pair).or(() -> refused(b, a, pair));
    }

    private static Optional<Signal> refused(ClaimFeatures refusing, ClaimFeatures agreeing, Pair pair) {
        String assent = assentDenied(refusing);
        if (assent == null || agreeing.openCondition) {
            return Optional.empty();
        }
        String agreed = TalksDeniedAgainstAgreement.agreementReached(agreeing);
        if (agreed == null) {
            return Optional.empty();
        }
        Quantity term = deniedTerm(refusing, agreeing);
        if (term != null) {
            return Optional.of(signal(() -> "“" + assent.replace("not ", "not … ") + " … " + term.words() + "” in one account, “"
                    + agreed + "” with the same figure in the other: one says it was never agreed to, the other gives it as agreed.",
                    "acceptance:term"));
        }
        String denied = deniedAgreement(refusing);
        if (denied != null && pair.related(TroponymDenial.LIKENESS)) {
            return Optional.of(signal(() -> "“" + assent.replace("not ", "not … ") + " … " + denied + "” in one account, “" + agreed
                    + "” in the other: one says it was not accepted, the other gives the agreement as reached.", "acceptance:agreement"));
        }
        return Optional.empty();
    }

    private static Signal signal(java.util.function.Supplier<String> reason, String pattern) {
        return new Signal("acceptance denied", ContradictionKind.POLARITY, 0.35, reason, pattern);
    }

    /** The claim's denied answer of assent ("not agree", "not accept"); null if its negation denies none, or denies a report. */
    static String assentDenied(ClaimFeatures f) {
        if (f.negationCue == null || f.negatesAReport) {
            return null;
        }
        for (ClaimFeatures.Status s : f.statuses) {
            if (s.value() == Factuality.NOT && ASSENT.contains(s.cue())) {
                return s.cue();
            }
        }
        return null;
    }

    /** A figure in the refusal's negation scope that the other claim states too (same dimension and value); null if none. */
    private static Quantity deniedTerm(ClaimFeatures refusing, ClaimFeatures agreeing) {
        for (Quantity q : refusing.quantities) {
            if (q.dimension().equals("frame") || q.dimension().equals("ordinal") || !inScope(refusing, q)) {
                continue;
            }
            for (Quantity o : agreeing.quantities) {
                if (o.dimension().equals(q.dimension()) && o.low() == q.low() && o.high() == q.high() && !inScope(agreeing, o)) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Whether a figure's words or the noun it measures lie in the claim's negation scope. */
    private static boolean inScope(ClaimFeatures f, Quantity q) {
        for (String w : (q.head() + " " + q.words()).toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty() && f.scoped.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of an agreement in the refusal's negation scope ("a key part of the agreement": agreement); null if none. */
    private static String deniedAgreement(ClaimFeatures f) {
        WordNet wn = WordNet.shared();
        for (String w : f.scoped) {
            if (f.tagOf(w).equals("NOUN") && TalksDeniedAgainstAgreement.namesAnAgreement(wn, w)) {
                return w;
            }
        }
        return null;
    }
}
