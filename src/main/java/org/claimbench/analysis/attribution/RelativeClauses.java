package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * A restrictive relative clause between a subject and its verb: "Officials who spoke on condition of anonymity said …",
 * "A lawyer who represents the families told …", "the report that the council published found …". The clause follows
 * its head noun with no comma (a non-restrictive one, set between commas, is an aside; see {@link SourcePhrases}) and
 * opens with a relative pronoun (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 17.9–17.15); the
 * head noun is the subject of the verb after the clause.
 */
final class RelativeClauses {

    /** How far back from the verb a relative clause is looked for, in tokens. */
    private static final int REACH = 14;

    private RelativeClauses() {
    }

    /**
     * The head noun's token of a subject whose restrictive relative clause ends at token {@code j} (the token right
     * before the subject's verb), or -1 when no such clause ends there.
     */
    static int headBefore(List<Token> t, int j) {
        if (j < 2) {
            return -1;
        }
        boolean verb = false;
        for (int k = j; k >= Math.max(1, j - REACH); k--) {
            Token x = t.get(k);
            if (x.is("PUNCT") || x.is("CCONJ") && k < j) {
                return -1;
            }
            String w = Phrases.lower(x);
            if (Phrases.RELATIVES.contains(w) && k < j) {
                Token head = t.get(k - 1);
                boolean nounBefore = (head.is("NOUN") || head.is("PROPN")) && Phrases.canEnd(head);
                // "that" after a verb opens its complement ("said that …"), not a relative clause; the clause needs a verb.
                return nounBefore && verb && !addressee(t, k - 1) ? k - 1 : -1;
            }
            verb |= x.is("VERB") || x.is("AUX");
        }
        return -1;
    }

    /**
     * Whether the noun phrase ending at {@code head} is the addressee of a verb of telling right before it ("assured
     * passengers that …", "told reporters who …"): what follows is the message (VerbNet tell-37.2, promise-37.13 frames:
     * Recipient, then a that-clause or a question), and the addressee, the verb's object, is no subject of a later verb.
     */
    private static boolean addressee(List<Token> t, int head) {
        int start = Phrases.startBefore(t, head);
        if (start < 1) {
            return false;
        }
        Token verb = t.get(start - 1);
        return verb.is("VERB") && CueLexicon.standard().takesAddressee(verb.lemma());
    }
}
