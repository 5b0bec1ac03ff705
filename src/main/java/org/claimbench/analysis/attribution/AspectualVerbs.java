package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * Verbs of beginning and continuing before another verb ("continues to believe", "began to argue", "continued pressing"):
 * VerbNet 3.4's aspectual classes begin-55.1 and continue-55.3, whose frames "NP V to VP" and "NP V VP-ing" take the
 * event they mark as their complement. Such a verb is a catenative (Huddleston and Pullum 2002, ch. 14, "aspectual
 * verbs"; Quirk et al. 1985, 16.49): the verb after it is the predicate, so a cue there ("continues to insist that …") is
 * the subject's, and the aspectual verb itself reports nothing ("Her lead continues to grow", "continued to be …"), even
 * where the lexicon holds it for its sense of speaking ("“…,” she continued": say-37.7). Thread-safe.
 */
final class AspectualVerbs {

    /** Members of VerbNet 3.4 begin-55.1 and continue-55.3 used before "to" (the classes' other members take no infinitive). */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "proceed", "resume", "commence");

    private AspectualVerbs() {
    }

    /** Whether token i is a verb of beginning or continuing. */
    static boolean at(List<Token> t, int i) {
        return i >= 0 && i < t.size() && t.get(i).is("VERB") && ASPECTUAL.contains(t.get(i).lemma());
    }

    /**
     * Whether token i is an aspectual verb with the verb it marks after it: a to-infinitive ("continues to grow") or a
     * gerund-participle ("continued pressing the board"), adverbs in -ly before either at most.
     */
    static boolean beforeItsVerb(List<Token> t, int i) {
        if (!at(t, i)) {
            return false;
        }
        int k = i + 1;
        if (k < t.size() && Phrases.lower(t.get(k)).equals("to")) {
            k++;
            while (k < t.size() && t.get(k).is("ADV") && Phrases.lower(t.get(k)).endsWith("ly")) {
                k++;
            }
            return k < t.size() && (t.get(k).is("VERB") || t.get(k).is("AUX"));
        }
        while (k < t.size() && t.get(k).is("ADV") && Phrases.lower(t.get(k)).endsWith("ly")) {
            k++;
        }
        return k < t.size() && t.get(k).is("VERB") && Phrases.lower(t.get(k)).endsWith("ing");
    }
}
