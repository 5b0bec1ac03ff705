package org.claimbench.analysis.contradiction;

import java.util.Set;

/**
 * Where a claim asserts what its words say, by token index of its reading. Two kinds of clause
 * assert nothing: the antecedent of a conditional ("if the council approves the budget": the
 * approval is supposed, neither affirmed nor denied; a nonveridical context, Giannakidou 1998,
 * Polarity Sensitivity as (Non)veridical Dependency), and a negative imperative ("please do not
 * break it": a directive, no statement that it was not broken; Huddleston and Pullum 2002, The
 * Cambridge Grammar of the English Language, ch. 10 §2: an imperative has no subject and a plain
 * verb, its negative is formed with "do not" or "don't"). A third is uncommitted: what a report that did not happen
 * would have said ("did not confirm the agreement", "refrained from confirming any agreement", "made no reference to
 * closing the border": the agreement and the closing are neither affirmed nor denied by the writer; FactBank's value
 * Uu for the event a negated source-introducing predicate embeds, Saurí and Pustejovsky 2009, "FactBank: a corpus
 * annotated with event factuality", §3).
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

    /**
     * Source-introducing predicates of report and confirmation (FactBank's SIPs, Saurí and Pustejovsky 2009): members of
     * VerbNet 3.4 say-37.7 (say, mention, report, announce, state, declare, claim, reply, respond, reveal), lecture-37.11
     * (comment, remark), indicate-78 (confirm, indicate) and confess-37.10 (acknowledge). Not the verbs of committing
     * (promise, agree), whose complement is the commitment's own content.
     */
    private static final Set<String> REPORTING = Set.of("say", "mention", "report", "announce", "state", "declare", "claim", "reply",
            "respond", "reveal", "comment", "remark", "confirm", "indicate", "acknowledge");
    /**
     * Their nominalisations that WordNet 3.1 derives from them and "no" negates ("made no mention of", "no comment on"); "statement"
     * is WordNet's derivation of state#1 ("express in words").
     */
    private static final Set<String> REPORTING_NOUNS = Set.of("mention", "reference", "comment", "remark", "confirmation",
            "acknowledgement", "acknowledgment", "announcement", "statement");
    /**
     * Negative implicative verbs (Karttunen 1971, "Implicative verbs", Language 47: "John failed to lock the door" entails
     * that he did not): the report after them did not happen ("refrained from confirming", "declined to comment on").
     */
    private static final Set<String> NEGATIVE_IMPLICATIVES = Set.of("refrain", "fail", "decline", "avoid", "neglect");

    private Veridicality() {
    }

    /**
     * For each token, whether it stands in what a report that did not happen would have said: from a verb of report or
     * confirmation that a negator or a negative implicative governs ("did not confirm …", "refrained from confirming …",
     * "failed to mention …"), or from such a noun after "no" ("no reference to …"), to its clause's end. The report word
     * itself is marked too: it is denied (the negation's focus), but it states no status of what it is about.
     */
    static boolean[] uncommitted(ClaimReading reading, Clauses clauses) {
        boolean[] out = new boolean[reading.size()];
        for (int i = 0; i < reading.size(); i++) {
            String l = reading.lemma(i).toLowerCase(java.util.Locale.ROOT);
            boolean verb = reading.is(i, "VERB") && REPORTING.contains(l) && negatedVerb(reading, i);
            boolean noun = reading.is(i, "NOUN") && REPORTING_NOUNS.contains(l) && (afterNo(reading, i) || objectOfNegatedVerb(reading, i));
            if (verb || noun) {
                int end = clauses.clauseEnd(i + 1);
                for (int k = i; k < end; k++) {
                    out[k] = true;
                }
                i = Math.max(i, end - 1);
            }
        }
        return out;
    }

    /** Whether a negator or a negative implicative with "to" or "from" stands before the verb at i, past auxiliaries and adverbs. */
    private static boolean negatedVerb(ClaimReading reading, int i) {
        // Counted up by distance: a loop counting down to 0 traps in C2's code when it starts at its end (Clauses.agents).
        for (int back = 1; back <= i; back++) {
            int k = i - back;
            String l = reading.lemma(k).toLowerCase(java.util.Locale.ROOT);
            if (Lexicons.NEGATORS.contains(l) || l.endsWith("+not")) {
                return true;
            }
            if ((l.equals("to") || l.equals("from")) && k > 0 && NEGATIVE_IMPLICATIVES.contains(reading.lemma(k - 1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (!(reading.is(k, "AUX") || reading.is(k, "ADV") || reading.is(k, "PART"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether "no" determines the noun at i, perhaps past adjectives ("no further comment"). */
    private static boolean afterNo(ClaimReading reading, int i) {
        int k = i - 1;
        while (k >= 0 && reading.is(k, "ADJ")) {
            k--;
        }
        return k >= 0 && reading.lemma(k).equalsIgnoreCase("no");
    }

    /**
     * Whether the noun at i, after "a", "an" or "any" and perhaps adjectives, is the object of a negated verb ("has not issued an
     * official statement on", "did not make any comment on"): "not … a N" and "no N" deny alike (Quirk et al. 1985, ch. 10 on
     * clause negation and its non-assertive forms: "did not make any comment" and "made no comment").
     */
    private static boolean objectOfNegatedVerb(ClaimReading reading, int i) {
        int k = i - 1;
        while (k >= 0 && reading.is(k, "ADJ")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String det = reading.lemma(k).toLowerCase(java.util.Locale.ROOT);
        boolean indefinite = det.equals("a") || det.equals("an") || det.equals("any");
        return indefinite && reading.is(k - 1, "VERB") && negatedVerb(reading, k - 1);
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
