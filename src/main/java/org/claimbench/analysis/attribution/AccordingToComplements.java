package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * Where the source after "according to" ends. "According to" is a complex preposition, and its complement is one noun phrase
 * (Quirk et al. 1985, 9.10-9.13): set at the clause's edge, it runs to the comma that closes it ("According to exit polls,
 * …") or to the sentence's end ("…, according to a tally by the Gazette."), postmodifiers and all. The noun phrase read from
 * part-of-speech tags ({@link Phrases#endAfter}) stops where the tagger reads a word of it as a verb or an adverb ("exit/VERB
 * polls", "show/VERB insiders", "a tally/ADV by …"), or at a preposition after its head ("an archived version of the
 * website from 2010"); then the whole stretch up to the comma or the end is the complement, when it is short and holds no
 * quotation, no bracket and no other punctuation. A verb right after the head ("…, according to a poll released Thursday")
 * is read as before.
 */
final class AccordingToComplements {

    /** The most words a complement so read may hold (a noun phrase with a postmodifier or two). */
    private static final int MOST_WORDS = 12;

    private AccordingToComplements() {
    }

    /**
     * The last token of the complement of "according to".
     *
     * @param t      one sentence's tokens
     * @param i      the index of "according"
     * @param tagged the end the tags give ({@link Phrases#endAfter} from i + 2), -1 when they give none
     * @return the complement's last token index, {@code tagged} when the stretch to the comma or the end is no complement
     */
    static int end(List<Token> t, int i, int tagged) {
        int start = i + 2;
        if (start >= t.size() || tagged >= 0 && tagged + 1 < t.size() && (t.get(tagged + 1).is("VERB") || t.get(tagged + 1).is("AUX")
                || t.get(tagged + 1).is("PUNCT"))) {
            return tagged;
        }
        int reach = -1;
        if (opensClause(t, i)) {
            for (int k = start; k < t.size(); k++) {
                if (t.get(k).text().equals(",")) {
                    reach = k - 1;
                    break;
                }
            }
        } else if (i >= 1 && t.get(i - 1).text().equals(",")) {
            int last = t.size() - 1;
            while (last >= start && t.get(last).is("PUNCT")) {
                last--;
            }
            reach = last;
        }
        if (reach < start || reach - start + 1 > MOST_WORDS || !t.get(reach).is("NOUN") && !t.get(reach).is("PROPN") && !t.get(reach).is("NUM")) {
            return tagged;
        }
        for (int k = start; k <= reach; k++) {
            Token x = t.get(k);
            if (x.is("PUNCT") && !x.text().equals(".") && !x.text().equals("-") || x.is("AUX") || x.is("PART") && !Phrases.possessiveEnding(x)
                    || k > tagged && tagged >= 0 && x.is("VERB") && !ParticiplePremodifiers.at(t, k, start)) {
                // No clause inside: after a head the tags found, a verb opens one ("… released Thursday", read as before).
                return tagged;
            }
        }
        return reach;
    }

    /** Whether "according to" opens its sentence (only a connective and punctuation before it: "However, according to …"). */
    private static boolean opensClause(List<Token> t, int i) {
        if (i > 3) {
            return false;
        }
        for (int m = 0; m < i; m++) {
            if (!(t.get(m).is("PUNCT") || t.get(m).is("ADV") || t.get(m).is("CCONJ"))) {
                return false;
            }
        }
        return true;
    }
}
