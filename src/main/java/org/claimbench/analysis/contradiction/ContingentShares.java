package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;

/**
 * A share fixed as a percentage in one account, against the same share said to depend on criteria in another ("90 percent of
 * the profits go to the taxpayers" / "the profits will be split based on contributions and risk"): a figure made contingent on
 * something still to be weighed denies that it is already fixed. The contingency is read from the lexical units of FrameNet
 * 1.7's frame Contingency (depend, dependent, contingent, hinge, function: "X depends on Y", Ruppenhofer et al., FrameNet II:
 * Extended Theory and Practice, 2016) and the participle "based on" (WordNet 3.1 base, verb, sense 1: "use as a basis for"),
 * and "in proportion to", "commensurate with" (Quirk et al. 1985, 9.64, complex prepositions of respect). The noun shared is
 * one the figure stands by (within the clause, a few words either side) and the one the contingency is said of (its subject,
 * the few words before it); the contingent claim gives no percentage of its own. Read once per claim; a pair only compares
 * two short lists. Only across two accounts of one event.
 */
final class ContingentShares {

    /** How many tokens either side of a percentage, or before a contingency, a noun may stand. */
    private static final int REACH = 6;
    private static final Set<String> PERCENT = Set.of("%", "percent", "pct", "percentage");
    /** The head of a contingency and the preposition it takes. */
    private static final Set<String> CONTINGENT_HEADS = Set.of("depend", "dependent", "contingent", "hinge", "base");

    /** The nouns of a claim a percentage stands by, and those said to depend on something; both empty for most claims. */
    record Shares(List<String> fixed, List<String> contingent) {
        static final Shares NONE = new Shares(List.of(), List.of());
    }

    private ContingentShares() {
    }

    /** What a claim fixes as a percentage and what it makes contingent, read from its tokens. */
    static Shares of(ClaimReading r) {
        List<String> fixed = new ArrayList<>(0);
        List<String> contingent = new ArrayList<>(0);
        boolean percent = false;
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            if (PERCENT.contains(l) || l.endsWith("%")) {
                percent = true;
                nouns(r, i - REACH, i + REACH, fixed);
            } else if (contingency(r, i)) {
                nouns(r, i - REACH, i, contingent);
            }
        }
        if (percent) {
            contingent.clear();
        }
        return fixed.isEmpty() && contingent.isEmpty() ? Shares.NONE : new Shares(List.copyOf(fixed), List.copyOf(contingent));
    }

    /** Whether token i opens a contingency: "depends on", "based on", "contingent upon", "in proportion to", "commensurate with". */
    private static boolean contingency(ClaimReading r, int i) {
        String next = i + 1 < r.size() ? r.lemma(i + 1) : "";
        String l = r.lemma(i);
        if (CONTINGENT_HEADS.contains(l) || (l.equals("function") && next.equals("of"))) {
            return next.equals("on") || next.equals("upon") || l.equals("function");
        }
        return (l.equals("proportion") && next.equals("to") && i > 0 && r.lemma(i - 1).equals("in"))
                || (l.equals("commensurate") && next.equals("with"));
    }

    /** The common nouns between two token positions (clipped to the claim), without a clause's punctuation between. */
    private static void nouns(ClaimReading r, int from, int to, List<String> out) {
        for (int j = Math.max(0, from); j < Math.min(r.size(), to + 1); j++) {
            if (r.is(j, "NOUN") && !PERCENT.contains(r.lemma(j)) && !out.contains(r.lemma(j))) {
                out.add(r.lemma(j));
            }
        }
    }

    /** The signal as the engine runs it: asked only of a pair where one claim fixes a share and the other makes one contingent. */
    static final PairSignal SIGNAL = new PairSignal() {
        @Override
        public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
            return ContingentShares.between(a, b, pair);
        }

        @Override
        public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
            return ClaimHolds.oneEach(a, ClaimHolds.FIXED_SHARE, b, ClaimHolds.CONTINGENT_SHARE);
        }
    };

    /** The signal when one claim fixes a share the other makes contingent, across two accounts of one event; empty otherwise. */
    static Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (a.shares == Shares.NONE || b.shares == Shares.NONE || !pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        Optional<Signal> s = fixedAgainstContingent(a, b);
        return s.isPresent() ? s : fixedAgainstContingent(b, a);
    }

    private static Optional<Signal> fixedAgainstContingent(ClaimFeatures fixing, ClaimFeatures making) {
        for (String noun : fixing.shares.fixed()) {
            if (making.shares.contingent().contains(noun)) {
                return Optional.of(new Signal("fixed or contingent", ContradictionKind.NUMERIC, 0.4,
                        () -> "The " + noun + " given as a percentage in one claim, said to depend on something in the other:"
                                + " a share already fixed against one still to be settled.", "contingent:" + noun));
            }
        }
        return Optional.empty();
    }
}
