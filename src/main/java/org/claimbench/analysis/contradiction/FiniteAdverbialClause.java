package org.claimbench.analysis.contradiction;

import java.util.Set;

/**
 * Where a negation's scope ends at a finite adverbial clause: a subordinator followed by a subject and a finite verb ("knew
 * nothing of the plan as the new budget was announced", "did not speak after the minister arrived"). Such a clause has a
 * subject and a predicate of its own and is not what the negation denies: the scope of a clause's negation runs to the end of
 * its predication and no further, and an adverbial clause is a clause of its own attached to it (Quirk et al. 1985,
 * 10.64-10.68 on the scope of negation; 15.17-15.19 and 15.25 on finite adverbial clauses and their subordinators). The
 * subordinators of Lexicons.CLAUSE_BREAKS ("while", "because", "although", "when", "since", "if") end the scope already,
 * whatever follows them; these are the ones that are also prepositions ("as a member", "after the vote", "before dawn"),
 * so only a subject and a finite verb after them tell a clause.
 */
final class FiniteAdverbialClause {

    /** Subordinators of time, reason and comparison that are also prepositions or adverbs (Quirk et al. 1985, 14.12, 15.17). */
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "until", "till", "once", "whilst", "unless",
            "whenever");
    /** Words that make "as" part of a fixed phrase, not a clause's subordinator ("such as", "as well as", "so as to"). */
    private static final Set<String> FIXED_BEFORE_AS = Set.of("such", "well", "so", "as");
    /** The longest subject read before the finite verb (a noun phrase of a headline: "$1 trillion investment" is four tokens). */
    private static final int LONGEST_SUBJECT = 8;

    private FiniteAdverbialClause() {
    }

    /** The end of a negation's scope from token {@code from}: the first finite adverbial clause before {@code end}, else {@code end}. */
    static int scopeEnd(ClaimReading r, int from, int end) {
        for (int i = from; i < end; i++) {
            if (opensAt(r, i)) {
                return i;
            }
        }
        return end;
    }

    /**
     * Adds to {@code out} the nouns, verbs and adjectives of the adverbial clause from {@code opener} to {@code end} that the
     * negation's scope from {@code scopeFrom} does not name too: the claim asserts them ("did not attend as the budget was
     * unveiled" says the budget was unveiled), so another claim that shares them shares no denied word.
     */
    static void addOwnWords(ClaimReading r, int scopeFrom, int opener, int end, java.util.List<String> out) {
        java.util.Set<String> denied = new java.util.HashSet<>();
        for (int k = scopeFrom; k < opener; k++) {
            denied.add(r.lemma(k));
        }
        for (int k = opener + 1; k < end; k++) {
            String l = r.lemma(k);
            if ((r.is(k, "NOUN") || r.is(k, "VERB") || r.is(k, "ADJ")) && !denied.contains(l) && !out.contains(l)) {
                out.add(l);
            }
        }
    }

    /**
     * Whether a subordinator at i opens a finite clause: a noun phrase (a noun, a name or a pronoun at its head, with
     * determiners, numbers, adjectives, possessives and "of" phrases) and then a verb or an auxiliary, not a to-infinitive.
     */
    static boolean opensAt(ClaimReading r, int i) {
        String l = r.lemma(i).toLowerCase(java.util.Locale.ROOT);
        if (!SUBORDINATORS.contains(l) || !(r.is(i, "SCONJ") || r.is(i, "ADP") || r.is(i, "ADV"))) {
            return false;
        }
        if (l.equals("as") && i > 0 && FIXED_BEFORE_AS.contains(r.lemma(i - 1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean head = false;
        for (int j = i + 1; j < Math.min(r.size(), i + 2 + LONGEST_SUBJECT); j++) {
            if (r.is(j, "NOUN") || r.is(j, "PROPN") || r.is(j, "PRON")) {
                head = true;
            } else if (r.is(j, "AUX") || r.is(j, "VERB")) {
                return head;
            } else if (!(r.is(j, "DET") || r.is(j, "NUM") || r.is(j, "ADJ") || r.is(j, "SYM") || r.is(j, "PART") && r.lemma(j).equals("'s")
                    || r.lemma(j).equals("of") || r.lemma(j).equals("$"))) {
                return false;
            }
        }
        return false;
    }
}
