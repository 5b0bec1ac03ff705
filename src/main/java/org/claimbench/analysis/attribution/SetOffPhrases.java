package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * A phrase set off by commas right after the subject's head, before the clause's verb: a noun phrase in apposition ("Ana
 * Ruiz, a harbour pilot, notes that …"; non-restrictive apposition, Quirk et al. 1985, 17.65-17.72), a non-restrictive
 * relative clause ("The board, which met on Monday, says …"; 17.22) or a participle clause postmodifying the head ("The
 * fee, set by the council in May, allows …"; 17.53). The verb after the closing comma is the clause's finite verb, so a
 * cue verb's -s form the tagger read there as a plural noun is the verb ({@link VerbTags}).
 */
final class SetOffPhrases {

    /** The farthest the opening comma is looked for before the closing one (tokens). */
    private static final int MOST = 16;

    /** The relative pronouns that open a non-restrictive relative clause (Quirk et al. 1985, 17.13; "that" opens none). */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /** What an appositive noun phrase opens with (Universal Dependencies tags): a determiner, an adjective, a name, a number. */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("DET", "ADJ", "PROPN", "NUM");

    private SetOffPhrases() {
    }

    /**
     * Whether the comma at token c closes a phrase set off after the subject's head (the class comment): an opening comma
     * within {@value #MOST} tokens before it, a name or a noun right before that comma, and between the two an appositive
     * noun phrase with no verb, a relative clause opened by who, whom, whose or which, or a clause opened by a participle in
     * -ed or -en. Shapes: t is a sentence's tokens, c an index into it holding ",".
     */
    static boolean closesAfterSubject(List<Token> t, int c) {
        int open = -1;
        for (int j = c - 1; j >= Math.max(1, c - MOST); j--) {
            if (t.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 1 || open + 1 >= c || !(t.get(open - 1).is("PROPN") || t.get(open - 1).is("NOUN"))) {
            return false;
        }
        Token first = t.get(open + 1);
        if (RELATIVES.contains(Phrases.lower(first))) {
            return true;
        }
        if (first.is("VERB")) {
            String w = Phrases.lower(first);
            return w.endsWith("ed") || w.endsWith("en");
        }
        if (!APPOSITIVE_OPENERS.contains(first.tag())) {
            return false;
        }
        for (int k = open + 1; k < c; k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX") || t.get(k).is("CCONJ")) {
                return false;
            }
        }
        return true;
    }
}
