package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * "Have" the tagger read as a main verb right before a past participle: "The U.S. has/VERB asserted that …", "officials
 * had/VERB claimed …". "Have" with the -ed participle right after it is the perfect auxiliary (Quirk et al. 1985, 3.36, the
 * perfective aspect; 4.22-4.27): the main verb "have" takes an object, and its causative use ("had the files destroyed")
 * puts the object between it and the participle, so "have" directly before a participle is no main verb. Read as a main verb
 * it gave the clause two verbs, and the cue after it found no subject: the report was lost. The UD English tagger makes the
 * mistake now and then (PolNeAR dev 32 times, the dev corpora 1 and 2 and the samples 18 times), mostly after a name or an
 * abbreviation.
 *
 * <p>An adverb may stand between the auxiliary and the participle, the medial position of adverbials in the verb phrase
 * (Quirk et al. 1985, 8.20, 8.25: "has repeatedly accused", "have long complained"), and the tagger then misreads either word:
 * "have" as the main verb before the adverb ("has/VERB repeatedly/ADV accused/VERB"), or an adverb that has the form of an
 * adjective as one ("had/AUX long/ADJ insisted/VERB", Quirk et al. 1985, 7.6-7.7: "long", "early", "late" and "hard" are
 * adjectives and adverbs alike). Between a form of "have" and its participle the word is an adverb: an adjective there would
 * premodify no noun. A word tagged ADJ there counts only where WordNet 3.1 holds it as an adverb, and never a quantifier
 * ("has more elected members": "more" and its kind determine the noun after the participle, Quirk et al. 1985, 5.23-5.25).
 * Read as they were, the cue after them found no subject, and the report was the outlet's own. Read by the finder only, as
 * {@link AdverbTags} is.
 */
final class PerfectAuxiliaries {

    /** The forms of "have" (a closed class). */
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");

    /** The quantifiers that are adverbs too (Quirk et al. 1985, 5.23-5.25): before a participle they determine a noun after it. */
    private static final Set<String> QUANTIFIERS = Set.of("more", "most", "less", "least", "much", "little", "enough", "many", "few");

    /** The most adverbs read between "have" and its participle (Quirk et al. 1985, 8.20: "has also repeatedly said"). */
    private static final int MEDIAL_ADVERBS = 2;

    private PerfectAuxiliaries() {
    }

    /** The sentence with each such "have" read as the auxiliary; the same sentence when none stands in it. */
    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token x = t.get(i);
            if (!(x.is("VERB") || x.tag().equals("AUX")) || !HAVE.contains(Phrases.lower(x))) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && j - i - 1 < MEDIAL_ADVERBS && adverb(t.get(j))) {
                j++;
            }
            if (j == t.size() || !participle(t.get(j)) || x.tag().equals("AUX") && t.subList(i + 1, j).stream().allMatch(a -> a.tag().equals("ADV"))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(x.start(), x.end(), x.text(), "AUX", "have"));
            for (int k = i + 1; k < j; k++) {
                Token a = t.get(k);
                out.set(k, new Token(a.start(), a.end(), a.text(), "ADV", a.lemma()));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** An adverb as tagged, or a word tagged as an adjective that WordNet 3.1 holds as an adverb, no quantifier ("long", "early"). */
    private static boolean adverb(Token x) {
        if (x.tag().equals("ADV")) {
            return true;
        }
        String w = Phrases.lower(x);
        return x.tag().equals("ADJ") && !QUANTIFIERS.contains(w)
                && !WordNet.shared().lexicographerFile(w, WordNet.Pos.ADVERB).isEmpty();
    }

    /** A lower-case verb in -ed or -en, the regular and the commonest irregular past participle endings (Quirk et al. 1985, 3.14). */
    private static boolean participle(Token x) {
        String w = x.text();
        return x.is("VERB") && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (w.endsWith("ed") || w.endsWith("en"));
    }
}
