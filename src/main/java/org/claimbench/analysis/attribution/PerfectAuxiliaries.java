package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;

/**
 * "Have" the tagger read as a main verb right before a past participle: "The U.S. has/VERB asserted that …", "officials
 * had/VERB claimed …". "Have" with the -ed participle right after it is the perfect auxiliary (Quirk et al. 1985, 3.36, the
 * perfective aspect; 4.22-4.27): the main verb "have" takes an object, and its causative use ("had the files destroyed")
 * puts the object between it and the participle, so "have" directly before a participle is no main verb. Read as a main verb
 * it gave the clause two verbs, and the cue after it found no subject: the report was lost. The UD English tagger makes the
 * mistake now and then (PolNeAR dev 32 times, the dev corpora 1 and 2 and the samples 18 times), mostly after a name or an
 * abbreviation. Read by the finder only, as {@link AdverbTags} is.
 */
final class PerfectAuxiliaries {

    /** The forms of "have" (a closed class). */
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");

    private PerfectAuxiliaries() {
    }

    /** The sentence with each such "have" read as the auxiliary; the same sentence when none stands in it. */
    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token x = t.get(i);
            if (!x.is("VERB") || !HAVE.contains(Phrases.lower(x)) || !participle(t.get(i + 1))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(x.start(), x.end(), x.text(), "AUX", "have"));
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** A lower-case verb in -ed or -en, the regular and the commonest irregular past participle endings (Quirk et al. 1985, 3.14). */
    private static boolean participle(Token x) {
        String w = x.text();
        return x.is("VERB") && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (w.endsWith("ed") || w.endsWith("en"));
    }
}
