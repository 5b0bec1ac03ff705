package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;

/**
 * The anticipatory "it" of an extraposed subject clause, which refers to nothing and so names no source: "It is understood
 * that the contract was delayed", "It was reported that …", "It remains unclear whether …" (Quirk et al. 1985, 18.33-18.34:
 * "it" + a predicate + the postponed that-clause or wh-clause that is the real subject). Read where "it" alone is the source
 * phrase and its predicate is a passive participle after a form of "be" (auxiliaries and adverbs between; the tagger may read the participle as an adjective,
 * "is understood"), or a linking verb
 * ("be", "remain", "seem", "appear", "become"; Quirk et al. 1985, 16.21) with an adjective after it, and the next word opens a
 * that-clause or a wh-clause. "It said that …", "It insisted …" (an active verb: "it" stands for an organisation named
 * before) and "It is expected to …" (raising: no clause follows) are left to {@link Antecedents}. Where such an attribution
 * is dropped, no one but the outlet asserts the clause. Thread-safe.
 */
final class ExtraposedSubjects {

    /** Linking verbs that take an adjective complement (Quirk et al. 1985, 16.21, the "current" copulas). */
    private static final Set<String> LINKING = Set.of("be", "remain", "seem", "appear", "become");

    /** Words that open a subject clause: the subordinator "that", "whether", "if" and the wh-words (Quirk et al. 1985, 15.3). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when", "where", "who", "which");

    private ExtraposedSubjects() {
    }

    /** Whether the attribution, found in the sentence, has an anticipatory "it" as its source. */
    static boolean at(AnalysedSentence s, Attribution a) {
        if (a.source().isEmpty()) {
            return false;
        }
        List<Token> t = s.tokens();
        int src = s.tokenAt(a.source().get().start());
        int cue = s.tokenAt(a.cue().start());
        int cueEnd = s.tokenAt(a.cue().end() - 1);
        if (src < 0 || cue <= src || cueEnd < cue || t.get(src).end() != a.source().get().end()
                || !Phrases.lower(t.get(src)).equals("it")) {
            return false;
        }
        boolean be = false;
        for (int k = src + 1; k < cueEnd; k++) {
            Token x = t.get(k);
            if (!(x.is("AUX") || x.is("ADV") || x.is("PART"))) {
                return false;
            }
            be |= x.hasLemma("be");
        }
        int next = cueEnd + 1;
        Token verb = t.get(cueEnd);
        if (LINKING.contains(verb.lemma())) {
            while (next < t.size() && t.get(next).is("ADV")) {
                next++;
            }
            if (next >= t.size() || !t.get(next).is("ADJ")) {
                return false;
            }
            next++;
        } else if (!be || !(verb.is("VERB") || verb.is("ADJ")) || verb.text().equalsIgnoreCase(verb.lemma()) || Phrases.lower(verb).endsWith("ing")) {
            // Not passive: "it" + an active verb is an organisation speaking ("It said the ferry would run").
            return false;
        }
        return next < t.size() && CLAUSE_OPENERS.contains(Phrases.lower(t.get(next)));
    }
}
