package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * A kind of act denied as a whole in one account, an act of that kind affirmed in the other: "there has been no
 * communication with Washington" against "the rebels have announced to us that …" (to announce is to inform, to inform is to
 * communicate: WordNet's troponymy, {@link WordNet#kindWithin}). A negative determiner before a noun of an act denies every
 * act of its kind (Quirk et al. 1985, 10.59), and a troponym entails its superordinate (Fellbaum 1990), so the two cannot
 * both hold: the contradictories of the square of opposition, "no S is P" against "some S is P" (Horn 1989, 1.1). The denied
 * acts are the verbs WordNet derives the nouns in a negation's scope from ({@link SenseKeys#deniedActs}); the affirmed verbs
 * those no negation, report called false or condition holds ({@link SenseKeys#affirmed}). Two accounts of one event only;
 * the same verb, or a synonym, is {@link NegationSignal}'s. Such denials are short and say little else, so the claims need
 * be alike in meaning only as a denied status is ({@link #LIKENESS}).
 */
final class TroponymDenial implements PairSignal {

    /** The cosine the two claims need, as {@link NegationSignal} asks of a status denied by another source. */
    static final double LIKENESS = 0.2;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.oneEach(a, ClaimHolds.DENIED_ACT, b, ClaimHolds.AFFIRMS_A_VERB);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(LIKENESS)) {
            return Optional.empty();
        }
        return denied(a, b).or(() -> denied(b, a));
    }

    private static Optional<Signal> denied(ClaimFeatures denying, ClaimFeatures affirming) {
        if (denying.deniedActs.isEmpty() || affirming.openCondition) {
            return Optional.empty();
        }
        WordNet wn = WordNet.shared();
        for (String act : denying.deniedActs) {
            String noun = nounOf(denying, act);
            for (String verb : affirming.affirmedVerbs) {
                if (!verb.equals(act) && wn.kindWithin(verb, act, WordNet.Pos.VERB)
                        && (!withParticipant(denying.reading, noun) || addressed(affirming.reading, verb))) {
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + denying.negationCue + " … " + noun + "” in one claim, “" + verb + "” in the other: to " + verb + " is to "
                                    + act + ", which the other account says never happened.",
                            "denial:" + act));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the denied noun names the other party of the act, "with" after it ("no communication with Washington"): then only
     * an act addressed to someone denies it, not one made in public ("announced on Tuesday that …", "officials point out
     * that …"; Quirk et al. 1985, 9.30-9.31, "with" of accompaniment, and 10.20, the indirect object).
     */
    private static boolean withParticipant(ClaimReading r, String noun) {
        for (int i = 0; i + 1 < r.size(); i++) {
            if (r.lemma(i).equals(noun) && r.lemma(i + 1).equals("with")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb is addressed to someone: an indirect object right after it ("told us", "told Washington"), or "to" and a
     * pronoun or a name ("announced to us", "wrote to the minister" too: a determiner and a noun); an adverb or a particle
     * may come between, and a day's name is none.
     */
    private static boolean addressed(ClaimReading r, String verb) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.lemma(i).equals(verb)) {
                continue;
            }
            int k = i + 1;
            while (k < r.size() && (r.is(k, "ADV") || r.is(k, "PART")) && !r.lemma(k).equals("to")) {
                k++;
            }
            // A day's name is a time adjunct, no addressee ("announced Tuesday that …"; WordNet files it under noun.time).
            if (k < r.size() && (r.is(k, "PRON") || r.is(k, "PROPN")) && !r.lemma(k).equals("that")
                    && !WordNet.shared().lexicographerFile(r.lemma(k).toLowerCase(java.util.Locale.ROOT), WordNet.Pos.NOUN).equals("noun.time")) {
                return true;
            }
            if (k + 1 < r.size() && r.lemma(k).equals("to") && (r.is(k + 1, "PRON") || r.is(k + 1, "PROPN") || r.is(k + 1, "DET"))) {
                return true;
            }
        }
        return false;
    }

    /** The noun in the denying claim's negation scope whose verb the act is (the verb itself if none is found). */
    private static String nounOf(ClaimFeatures denying, String act) {
        for (String w : denying.scoped) {
            if (WordForms.derivedVerbs(w).contains(act)) {
                return w;
            }
        }
        return act;
    }
}
