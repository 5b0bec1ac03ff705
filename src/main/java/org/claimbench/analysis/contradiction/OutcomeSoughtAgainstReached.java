package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account tells an outcome as still sought, the other as already reached: "the council wants talks to reach a settlement"
 * against "the mayor thanked the council for its approval of the lease". The sought outcome is a noun of an
 * outcome (agreement#1 or a direct kind of it, "deal", "settlement"; solution#2, "a statement that solves a problem"; WordNet
 * 3.1, its first senses) that is the object of a verb of attainment (achieve#1 {achieve, accomplish, attain, reach}, reach#1,
 * secure#1 "get by special effort"; lead#3 "tend to or result in" and result#1 with the "to" or "in" they take) in a context that
 * does not state it as fact: the verb is an infinitive after "to", or a modal or a predicate of volition or intention stands
 * in its verb group (FactBank's non-factual contexts: modals, and the source-introducing predicates of wanting, hoping
 * and intending; Saurí and Pustejovsky 2009, Language Resources and Evaluation 43(3), and De Facto, Computational Linguistics
 * 38(2), 2012). The reached outcome is such a noun, or approval#1 ("the formal act of approving"), affirmed outside a negation,
 * a condition and such a context, or agree#2 with its complement ({@link TalksDeniedAgainstAgreement#agreementReached}).
 *
 * <p>An outcome sought with a topic ("a settlement of the pension dispute") is sought of that topic only: the other claim must
 * name its nouns in a row (as {@link TalksDeniedAgainstAgreement#ofTheirTopic}). Two accounts of one event ({@link Pair#oneEvent});
 * what it reads is the status of an outcome each account presupposes, so it weighs as a denied presupposition (0.3, as
 * {@link TalksDeniedAgainstAgreement}). Per claim it needs the outcome sought ({@link ClaimHolds#seeksOutcome}).
 */
final class OutcomeSoughtAgainstReached implements PairSignal {

    /** Modals (Quirk et al. 1985, 3.40) and predicates of volition and intention (FactBank's non-factual SIPs), by lemma. */
    private static final Set<String> NON_FACTUAL = Set.of("will", "would", "could", "can", "may", "might", "should", "must", "shall",
            "hope", "want", "wish", "seek", "aim", "intend", "try", "strive", "welcome", "expect", "plan", "propose");

    /** The verbs of attainment by lemma: the members of achieve#1 in WordNet 3.1, and secure (secure#1, "get by special effort"). */
    private static final Set<String> ATTAIN = Set.of("reach", "achieve", "attain", "accomplish", "secure");
    /** The verbs of result, each with the preposition of its complement (lead to, result in). */
    private static final java.util.Map<String, String> RESULT = java.util.Map.of("lead", "to", "result", "in");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return a.holds.seeksOutcome || b.holds.seeksOutcome;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return sought(a, b).or(() -> sought(b, a));
    }

    private static Optional<Signal> sought(ClaimFeatures seeking, ClaimFeatures reaching) {
        if (!seeking.holds.seeksOutcome || reaching.openCondition) {
            return Optional.empty();
        }
        int at = soughtAt(seeking.reading);
        String reached = reached(reaching);
        if (at < 0 || reached == null || reached(seeking) != null) {
            return Optional.empty();
        }
        String outcome = seeking.reading.lemma(at).toLowerCase(Locale.ROOT);
        if (!TalksDeniedAgainstAgreement.ofTheirTopic(seeking.reading, outcome, reaching.reading)) {
            return Optional.empty();
        }
        return Optional.of(new Signal("outcome sought", ContradictionKind.POLARITY, 0.3,
                () -> "“" + outcome + "” still sought in one claim, “" + reached + "” in the other: one account tells the outcome as "
                        + "still to be reached, the other as already reached.", "status:outcome-sought"));
    }

    /** Whether the claim seeks an outcome (see the class comment): read once per claim for {@link ClaimHolds}. */
    static boolean seeks(ClaimFeatures f) {
        return soughtAt(f.reading) >= 0;
    }

    /** Where the noun of an outcome sought stands among the reading's tokens; -1 if none. */
    static int soughtAt(ClaimReading r) {
        for (int v = 0; v < r.size(); v++) {
            String verb = r.lemma(v).toLowerCase(Locale.ROOT);
            boolean attain = ATTAIN.contains(verb);
            if (!r.is(v, "VERB") || !attain && !RESULT.containsKey(verb) || !nonFactual(r, v)) {
                continue;
            }
            int k = v + 1;
            if (!attain) {
                if (k >= r.size() || !r.lemma(k).toLowerCase(Locale.ROOT).equals(RESULT.get(verb))) {
                    continue;
                }
                k++;
            }
            // The object's noun group: determiners, adjectives and nouns ("a lasting ceasefire agreement").
            for (; k < r.size() && (r.is(k, "DET") || r.is(k, "ADJ") || r.is(k, "NOUN") || r.is(k, "PROPN")); k++) {
                if (r.is(k, "NOUN") && outcome(r.lemma(k).toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the verb at v is an infinitive after "to" (an adverb between allowed), or a modal or a predicate of volition stands
     * in its verb group, within {@link #NEAR} tokens before it ("would soon reach", "hope they reach"): a word further back is in
     * another clause ("talks aimed at calm have resulted in a deal" states the deal).
     */
    private static boolean nonFactual(ClaimReading r, int v) {
        if (v > 0 && r.lemma(v - 1).equals("to") || v > 1 && r.is(v - 1, "ADV") && r.lemma(v - 2).equals("to")) {
            return true;
        }
        for (int i = Math.max(0, v - NEAR); i < v; i++) {
            if (nonFactualWord(r, i)) {
                return true;
            }
        }
        return false;
    }

    /** A modal auxiliary, or a verb or adjective of volition ("will" the noun, "the will of the crews", is neither). */
    private static boolean nonFactualWord(ClaimReading r, int i) {
        return NON_FACTUAL.contains(r.lemma(i).toLowerCase(Locale.ROOT)) && (r.is(i, "AUX") || r.is(i, "VERB") || r.is(i, "ADJ"));
    }

    /** The claim's word of an outcome reached, affirmed and stated as fact; null if none. */
    static String reached(ClaimFeatures f) {
        ClaimReading r = f.reading;
        int sought = soughtAt(r);
        WordNet wn = WordNet.shared();
        for (int i = 0; i < r.size(); i++) {
            String w = r.lemma(i).toLowerCase(Locale.ROOT);
            if (i == sought || !r.is(i, "NOUN") || f.negated.contains(w) || f.scoped.contains(w) || f.supposed.contains(w)
                    || nonFactualNear(r, i)) {
                continue;
            }
            if (outcome(w) || has(wn.senses(w, WordNet.Pos.NOUN), Senses.APPROVAL)) {
                return w;
            }
        }
        String agreed = TalksDeniedAgainstAgreement.agreementReached(f);
        for (int i = 0; agreed != null && i < r.size(); i++) {
            if (r.is(i, "VERB") && r.lemma(i).toLowerCase(Locale.ROOT).equals(agreed) && !nonFactualNear(r, i)) {
                return agreed;
            }
        }
        return null;
    }

    /**
     * Whether a modal, a predicate of volition or an infinitive's "to" stands within {@link #NEAR} tokens either side of a word
     * ("a deal could be signed", "hope for a deal", "to sign a deal"): its own clause does not state it as fact.
     */
    private static boolean nonFactualNear(ClaimReading r, int i) {
        for (int k = Math.max(0, i - NEAR); k <= Math.min(r.size() - 1, i + NEAR); k++) {
            String l = r.lemma(k).toLowerCase(Locale.ROOT);
            if (k != i && (nonFactualWord(r, k) || l.equals("to") && k + 1 < r.size() && r.is(k + 1, "VERB"))) {
                return true;
            }
        }
        return false;
    }

    /** The window of {@link #nonFactualNear}: a noun group and its verb group (Quirk et al. 1985, 3.54, up to four auxiliaries). */
    private static final int NEAR = 4;

    /** Whether a noun names an outcome: agreement#1 or solution#2 among its first senses, or agreement#1 as their direct hypernym. */
    static boolean outcome(String noun) {
        WordNet wn = WordNet.shared();
        long[] senses = wn.senses(noun, WordNet.Pos.NOUN);
        return has(senses, Senses.AGREEMENT) || has(senses, Senses.SOLUTION) || has(wn.hypernyms(noun, WordNet.Pos.NOUN), Senses.AGREEMENT);
    }

    private static boolean has(long[] in, long s) {
        for (long x : in) {
            if (x == s) {
                return true;
            }
        }
        return false;
    }

    /** The synsets named above, each by a member and its sense number in WordNet 3.1, looked up once when first used. */
    private static final class Senses {
        static final long AGREEMENT = sense("agreement", 1, WordNet.Pos.NOUN);
        static final long SOLUTION = sense("solution", 2, WordNet.Pos.NOUN);
        static final long APPROVAL = sense("approval", 1, WordNet.Pos.NOUN);

        private static long sense(String word, int n, WordNet.Pos pos) {
            long[] senses = WordNet.shared().senses(word, pos);
            return n - 1 < senses.length ? senses[n - 1] : -1;
        }
    }
}
