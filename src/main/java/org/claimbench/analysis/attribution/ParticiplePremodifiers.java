package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * A participle, or an adverb in -ly before one, that premodifies a noun inside a noun phrase: "a leaked council memo", "the
 * newly released figures", "a widely cited study", "an analysis of newly filed port records". A participle before its noun
 * is an adjective of the phrase (Quirk et al. 1985, 17.98-17.103, participles as premodifiers; 7.15 on "-ed" participial
 * adjectives), whatever the UD tagger reads it as (it reads "leaked", "released", "filed" as verbs): the phrase goes on
 * through it. Read from part-of-speech tags alone: the participle (a verb in -ed or -en) is followed by a noun, a name or an
 * adjective, and stands where a phrase's modifiers stand, first in the phrase or after a determiner, a possessive, an
 * adjective, a number or such an adverb; "the board closed ferry routes" keeps its verb (a noun before it).
 */
final class ParticiplePremodifiers {

    private ParticiplePremodifiers() {
    }

    /**
     * Whether token k premodifies the noun after it.
     *
     * @param t    one sentence's tokens
     * @param k    the token's index
     * @param from the index at which the phrase may open (a phrase read forward from there: its first word may be the
     *             premodifier); 0 when unknown
     */
    static boolean at(List<Token> t, int k, int from) {
        if (k < 0 || k + 1 >= t.size()) {
            return false;
        }
        Token x = t.get(k);
        Token next = t.get(k + 1);
        if (participle(x)) {
            return headWord(next) && opened(t, k, from);
        }
        if (lyAdverb(x)) {
            // "newly released figures", "a widely cited study": the adverb modifies the participle or adjective after it.
            return (participle(next) || next.is("ADJ")) && k + 2 < t.size() && headWord(t.get(k + 2)) && opened(t, k, from);
        }
        return false;
    }

    /** Whether a phrase's modifiers may stand at token k: it opens the phrase or follows one of them. */
    private static boolean opened(List<Token> t, int k, int from) {
        if (k == from || k == 0) {
            return true;
        }
        Token prev = t.get(k - 1);
        return prev.is("DET") || prev.is("NUM") || prev.is("ADJ") || Phrases.possessive(prev) || Phrases.possessiveEnding(prev)
                || lyAdverb(prev) && (k - 1 == from || k - 1 == 0 || t.get(k - 2).is("DET") || Phrases.possessive(t.get(k - 2)));
    }

    /** A word the premodifier may stand before: a noun, a name or an adjective. */
    private static boolean headWord(Token x) {
        return x.is("NOUN") || x.is("PROPN") || x.is("ADJ");
    }

    /** A verb's participle in -ed or -en as the tagger gives it ("leaked", "filed", "chosen"). */
    private static boolean participle(Token x) {
        String w = Phrases.lower(x);
        return x.is("VERB") && w.length() > 3 && (w.endsWith("ed") || w.endsWith("en"));
    }

    /** An adverb of manner or degree in -ly ("newly", "widely", "recently"). */
    private static boolean lyAdverb(Token x) {
        return x.is("ADV") && Phrases.lower(x).endsWith("ly") && x.text().length() > 3;
    }
}
