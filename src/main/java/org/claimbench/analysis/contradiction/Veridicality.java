package org.claimbench.analysis.contradiction;

import java.util.Set;

/**
 * Where a claim asserts what its words say, by token index of its reading. Two kinds of clause
 * assert nothing: the antecedent of a conditional ("if the council approves the budget": the
 * approval is supposed, neither affirmed nor denied; a nonveridical context, Giannakidou 1998,
 * Polarity Sensitivity as (Non)veridical Dependency), and a negative imperative ("please do not
 * break it": a directive, no statement that it was not broken; Huddleston and Pullum 2002, The
 * Cambridge Grammar of the English Language, ch. 10 §2: an imperative has no subject and a plain
 * verb, its negative is formed with "do not" or "don't").
 */
final class Veridicality {

    /**
     * Subordinators that open a conditional's antecedent (Quirk et al. 1985, 15.33-15.35: "if", "unless") or an indirect
     * yes-no question ("asked whether the ferry sank"; 15.5: "whether" and "if"), which supposes and asks, a nonveridical
     * context as well (Giannakidou 1998).
     */
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
    /** What may stand before an imperative's "do not" in its sentence (a politeness marker, a coordinator, a comma after either). */
    private static final Set<String> BEFORE_IMPERATIVE = Set.of("please", "and", "so", "but", ",");

    private Veridicality() {
    }

    /** For each token, whether it stands inside a conditional's antecedent or an indirect question (from "if", "unless" or "whether" to its clause's end). */
    static boolean[] supposed(ClaimReading reading, Clauses clauses) {
        boolean[] out = new boolean[reading.size()];
        for (int i = 0; i < reading.size(); i++) {
            if (CONDITIONALS.contains(reading.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
                int end = clauses.clauseEnd(i + 1);
                for (int k = i; k < end; k++) {
                    out[k] = true;
                }
                i = Math.max(i, end - 1);
            }
        }
        return out;
    }

    /**
     * Whether the negator at i makes a negative imperative: "not" after a sentence-initial "do" (or "don't" itself at the
     * start), with nothing but "please" or a coordinator before it, so no subject.
     */
    static boolean imperative(ClaimReading reading, int i) {
        String cue = reading.lemma(i).toLowerCase(java.util.Locale.ROOT);
        int before = i - 1;
        if (cue.equals("not") || cue.equals("n't")) {
            if (before < 0 || !reading.lemma(before).equalsIgnoreCase("do")) {
                return false;
            }
            before--;
        } else if (!cue.equals("do+not")) {
            return false;
        }
        for (int k = before; k >= 0; k--) {
            String l = reading.lemma(k).toLowerCase(java.util.Locale.ROOT);
            if (l.equals(".") || l.equals("!") || l.equals("?") || l.equals(":") || l.equals(";")) {
                return true;
            }
            if (!BEFORE_IMPERATIVE.contains(l) && !Clauses.QUOTES.contains(l)) {
                return false;
            }
        }
        return true;
    }
}
