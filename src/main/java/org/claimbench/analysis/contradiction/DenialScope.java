package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a denial and an affirmation of one predicate are said of different participants, so that both can hold: of other
 * parties (the doers named before each verb) or of other objects (each verb's direct object). A clause's negation denies its
 * predicate with that predicate's complements (Quirk et al. 1985, 10.64). Split from {@link NegationSignal}, which asks it.
 */
final class DenialScope {

    private DenialScope() {
    }

    /**
     * Whether the denied word and the affirmed one are said of two parties, each named before its word in its clause ("Eastport
     * has not approved the budget" / "Westport approved the budget": both can hold), as the statuses' parties are compared (see
     * FactualitySignal). A verb of denial names the denier, not the doer ("Iran denied launching" / "Tehran launched"), so
     * it is left alone.
     */
    static boolean otherParties(ClaimFeatures denying, String lemma, ClaimFeatures affirming, String affirmed) {
        if (Lexicons.DENIALS.contains(denying.negationCue)) {
            return false;
        }
        List<String> denied = agentsOf(denying, lemma, Math.max(0, denying.negationAt));
        // A left-out predicate is denied of the parties of the negator's own clause ("the union is willing, but the board is not").
        if (denied.isEmpty() && denying.negationAt > 0) {
            Clauses clauses = new Clauses(denying.reading);
            int left = clauses.elided(denying.negationAt, clauses.clauseEnd(denying.negationAt + 1));
            if (left >= 0 && denying.reading.lemma(left).equals(lemma)) {
                denied = ClauseParties.partiesBefore(denying.reading, denying.negationAt);
            }
        }
        List<String> said = agentsOf(affirming, affirmed, 0);
        return !denied.isEmpty() && !said.isEmpty() && denied.stream().noneMatch(said::contains);
    }

    /**
     * The names before the first token of a lemma (from token {@code from} on) in its clause; none if it is not there, if it
     * is a passive, or if they are coordinated ("Westport and Eastport agreed"): a joint act may be denied by any of its
     * parties, named as it likes.
     */
    private static List<String> agentsOf(ClaimFeatures f, String lemma, int from) {
        boolean[] supposed = null;
        for (int i = from; i < f.reading.size(); i++) {
            if (f.reading.lemma(i).equals(lemma)) {
                // What a conditional only supposes ("if you are willing, we are willing") is not said of anyone.
                supposed = supposed == null ? Veridicality.supposed(f.reading, new Clauses(f.reading)) : supposed;
                if (supposed[i]) {
                    continue;
                }
                // A passive's subject is not its doer ("the depot was struck by Northland"): the parties are not known.
                if (i > 0 && f.reading.is(i, "VERB") && f.reading.is(i - 1, "AUX") && f.reading.lemma(i - 1).equals("be")) {
                    return List.of();
                }
                List<String> names = ClauseParties.agents(f.reading, i);
                // Counted up by distance (see Clauses.agents).
                for (int back = 1; back <= i && !names.isEmpty(); back++) {
                    int k = i - back;
                    if (f.reading.is(k, "PUNCT")) {
                        break;
                    }
                    if (f.reading.is(k, "CCONJ") && k > 0 && f.reading.is(k - 1, "PROPN")) {
                        return List.of();
                    }
                }
                return names;
            }
        }
        return List.of();
    }

    /**
     * Whether the denied verb and the affirmed one each take a direct object and the two objects are different things: not one
     * noun, not WordNet synonyms, neither a kind of the other (Miller 1990's hyponymy, three steps). A clause's negation
     * denies its predicate with the predicate's complements (the clause is its scope, Quirk et al. 1985, 10.64), so "never
     * accept night shifts" denies accepting night shifts, not accepting pay terms. A verb with no object on either side
     * ("was not approved by the board", "accepted") is compared as before.
     */
    static boolean otherObjects(ClaimFeatures denying, String lemma, ClaimFeatures affirming, String affirmed) {
        List<String> xs = objectsOf(denying.reading, lemma);
        List<String> ys = xs.isEmpty() ? List.of() : objectsOf(affirming.reading, affirmed);
        if (ys.isEmpty()) {
            return false;
        }
        for (String x : xs) {
            for (String y : ys) {
                if (sameThing(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether two nouns may name one thing: one lemma, one root, WordNet synonyms, or one a kind of the other within three steps. */
    static boolean sameThing(String x, String y) {
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        org.claimbench.analysis.language.WordNet.Pos noun = org.claimbench.analysis.language.WordNet.Pos.NOUN;
        return x.equals(y) || Lexicons.sameRoot(x, y) || WordSenses.same(x, y, "NOUN") || wn.kindWithin(x, y, noun) || wn.kindWithin(y, x, noun);
    }

    /**
     * The direct object of the first verb with this lemma: the nouns or the name right after it, past determiners, numbers and
     * adjectives ("the new pay terms": pay, term), and the nouns of an "of" phrase after them, which a head of
     * quantity or kind leaves as the thing meant ("a fresh barrage of missiles", "a wave of strikes": Quirk et al. 1985, 5.6-5.8
     * on partitives); none when the verb is not a verb there, or when a preposition, a clause or anything else comes first.
     */
    private static List<String> objectsOf(ClaimReading r, String lemma) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.lemma(i).equals(lemma)) {
                continue;
            }
            if (!r.is(i, "VERB")) {
                return List.of();
            }
            List<String> out = new ArrayList<>(3);
            int j = i + 1;
            for (; j < r.size(); j++) {
                // Every noun of the run is kept, not its last alone: a noun after the object can be an adjunct the tagger
                // reads as a noun ("fire any missiles post-ceasefire"). A name is an object of one word: in a headline's
                // capitals every word is tagged a name ("Fired Missiles After Ceasefire Began").
                if (r.is(j, "NOUN") && (out.isEmpty() || !r.is(j - 1, "PROPN")) || r.is(j, "PROPN") && out.isEmpty()) {
                    out.add(r.lemma(j).toLowerCase(java.util.Locale.ROOT));
                } else if (!out.isEmpty() || !(r.is(j, "DET") || r.is(j, "NUM") || r.is(j, "ADJ"))) {
                    break;
                }
            }
            int before = out.size();
            if (before > 0 && j < r.size() && r.lemma(j).equals("of")) {
                for (int k = j + 1; k < r.size(); k++) {
                    if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                        out.add(r.lemma(k).toLowerCase(java.util.Locale.ROOT));
                    } else if (out.size() > before || !(r.is(k, "DET") || r.is(k, "NUM") || r.is(k, "ADJ"))) {
                        break;
                    }
                }
            }
            return out;
        }
        return List.of();
    }
}
