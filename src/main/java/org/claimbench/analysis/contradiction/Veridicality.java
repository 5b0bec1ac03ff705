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
                i = markToClauseEnd(out, i, clauses);
            }
        }
        return out;
    }

    /** Marks the tokens from i to its clause's end; returns the index the caller's scan goes on after (the clause's last token). */
    private static int markToClauseEnd(boolean[] out, int i, Clauses clauses) {
        int end = clauses.clauseEnd(i + 1);
        for (int k = i; k < end; k++) {
            out[k] = true;
        }
        return Math.max(i, end - 1);
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

    /**
     * Modals of obligation and necessity: "must", "should", "ought (to)", and the semi-modals "have to", "need to" (Quirk et al.
     * 1985, 4.49-4.56 and 3.40-3.47). Read as deontic modality (Palmer 2001, Mood and Modality, 2nd ed., ch. 3: a directive, the
     * act demanded, not reported; FactBank's Uu/PS values for an event under a modal of necessity, Saurí and Pustejovsky 2009).
     */
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
    private static final Set<String> OBLIGATION_SEMI = Set.of("have", "need");
    /** A present form of "have to" in the text ("has to", "have to", "'ve got to"): "had to" entails the act was done. */
    private static final java.util.regex.Pattern PRESENT_HAVE_TO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:has|have|'ve)\\s+(?:got\\s+)?to\\b");

    /**
     * For each token, whether it stands in a demand: from a modal of obligation ({@link #OBLIGATION}) to its clause's end. What
     * the clause says is demanded (deontic modality), neither affirmed nor denied: "the dockers must unload the ships" reports no
     * unloading, and "must not unload" no refusal. Left out: a modal before "have" and a participle ("must have unloaded"), or
     * before "be" and no participle ("must be a mistake"), which infer rather than demand (epistemic necessity, Palmer 2001,
     * ch. 2); and "had to", whose past entails the act (only a present "has to", "have to" is read, from the text).
     */
    static boolean[] demanded(ClaimReading reading, Clauses clauses, String text) {
        boolean[] out = new boolean[reading.size()];
        boolean presentHaveTo = PRESENT_HAVE_TO.matcher(text).find();
        for (int i = 0; i < reading.size(); i++) {
            String l = reading.lemma(i).toLowerCase(java.util.Locale.ROOT);
            int plus = l.indexOf('+');
            String head = plus > 0 ? l.substring(0, plus) : l;
            int next = i + 1;
            boolean modal = OBLIGATION.contains(head) && (reading.is(i, "AUX") || reading.is(i, "VERB"));
            if (modal && head.equals("ought")) {
                next = next < reading.size() && reading.lemma(next).equals("to") ? next + 1 : next;
            }
            boolean semi = OBLIGATION_SEMI.contains(head) && plus < 0 && (reading.is(i, "AUX") || reading.is(i, "VERB")) && next + 1 < reading.size() && reading.lemma(next).equals("to")
                    && reading.is(next + 1, "VERB") && (head.equals("need") || presentHaveTo);
            if (!modal && !semi) {
                continue;
            }
            int verb = semi ? next + 1 : next;
            while (verb < reading.size() && (reading.is(verb, "ADV") || reading.is(verb, "PART") || reading.lemma(verb).endsWith("+not"))) {
                verb++;
            }
            if (modal && verb + 1 < reading.size() && epistemic(reading, verb)) {
                continue;
            }
            i = markToClauseEnd(out, i, clauses);
        }
        return out;
    }

    /** Whether "have" and a participle, or "be" and no participle, follow the modal at the verb {@code at}: an inference. */
    private static boolean epistemic(ClaimReading reading, int at) {
        String v = reading.lemma(at);
        return (v.equals("have") && reading.is(at + 1, "VERB")) || (v.equals("be") && !reading.is(at + 1, "VERB"));
    }

    /** For each token, whether it stands inside a conditional's antecedent or an indirect question (from "if", "unless" or "whether" to its clause's end). */
    static boolean[] supposed(ClaimReading reading, Clauses clauses) {
        boolean[] out = new boolean[reading.size()];
        for (int i = 0; i < reading.size(); i++) {
            if (CONDITIONALS.contains(reading.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
                i = markToClauseEnd(out, i, clauses);
            }
        }
        return out;
    }

    /**
     * Commissive verbs (Searle 1976, "A classification of illocutionary acts", Language in Society 5: a commissive commits its
     * subject to a future course of action), those that take an infinitive: the members of VerbNet 3.4 promise-37.13 (promise,
     * pledge, vow, swear, guarantee, undertake) with "agree" and "commit", and "decide" and "resolve" of the same frame.
     */
    private static final Set<String> COMMISSIVES = Set.of("agree", "promise", "pledge", "vow", "swear", "guarantee", "undertake", "commit",
            "decide", "resolve");

    /**
     * For each token, whether it stands in a negative undertaking: from "not" or "never" before "to" and a verb, after a
     * commissive verb (adverbs between), to the clause's end: "the two sides agreed not to target each other", "pledged never
     * to strike". What is undertaken is a future act of the subject, neither done nor not done (FactBank: an event a
     * commitment embeds is not yet a fact, Saurí and Pustejovsky 2009), so the negation denies no report that the act was
     * done, before or since, and the act is not affirmed either.
     */
    static boolean[] undertaken(ClaimReading reading, Clauses clauses) {
        boolean[] out = new boolean[reading.size()];
        for (int i = 1; i + 2 < reading.size(); i++) {
            String cue = reading.lemma(i).toLowerCase(java.util.Locale.ROOT);
            if (!(cue.equals("not") || cue.equals("never")) || !reading.lemma(i + 1).equalsIgnoreCase("to") || !reading.is(i + 2, "VERB")) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && reading.is(k, "ADV")) {
                k--;
            }
            if (reading.is(k, "VERB") && COMMISSIVES.contains(reading.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
                i = markToClauseEnd(out, i, clauses);
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
