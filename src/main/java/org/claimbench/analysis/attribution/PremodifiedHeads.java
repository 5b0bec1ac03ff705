package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A plural noun the tagger read as a cue verb between its premodifier and the clause's verb: "officials said jobless/SCONJ
 * claims/VERB fell in March", "the weekly/ADJ reports/VERB showed …". A verb in -s is not followed by a finite verb of its own
 * clause (only an auxiliary or a catenative's non-finite verb follows a verb; Quirk et al. 1985, 3.49-3.56), and a word that
 * premodifies a noun (an article, a number, an adjective; Quirk et al. 1985, 17.2-17.4) is no subject of its own: so a cue
 * verb's -s form (the lexicon's verbs) that WordNet 3.1 also holds as a plural noun, after such a premodifier and before a
 * finite verb, is the head of a noun phrase and the subject of that verb. Read as a verb it made the premodifier a speaker
 * ("jobless" "claims" …).
 * <p>
 * The premodifier is lower-case (a capitalised word may be a nationality noun or a name, a subject itself: "The American
 * claims …", {@link NationalitySubjects}) and is an article; a number; a word read as an adjective that WordNet 3.1 holds as
 * one and not as a noun of a person ("organizer/ADJ says …", "the official/ADJ claims …" may have their subject there); or a
 * word read as a noun or a subordinating conjunction ({@link ClosedClassTags} makes the latter a noun) that WordNet 3.1 holds
 * as an adjective and not as a noun ("jobless/SCONJ"; "unemployment claims" is left alone: a noun may be the subject). The
 * finite verb after it is a word read as an auxiliary or as a verb not in -ing, or a word read as a noun or an adjective whose
 * verb lemma (the lemmatizer's first reading) is another word that WordNet 3.1 holds as a verb, and that is no plural in -s
 * ("fell/NOUN", "rose/NOUN"; not "fines"). Read by the finder only, after {@link ClosedClassTags} and before {@link VerbTags},
 * as {@link PerfectAuxiliaries} is. The shape is rare: it changes no sentence of PolNeAR dev or train, of the dev corpora 1
 * and 2 or of the samples (round attr53).
 */
final class PremodifiedHeads {

    /** The articles (a closed class; Quirk et al. 1985, 5.13): a demonstrative ("this shows …") may stand alone as a subject. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private PremodifiedHeads() {
    }

    /** The sentence with each such cue verb read as a plural noun; the same sentence when none stands in it. */
    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues, English english) {
        List<Token> t = s.tokens();
        return readAsNouns(s, IntStream.range(1, t.size() - 1).filter(i -> headReadAsVerb(t, i, cues, english)).toArray());
    }

    /** The sentence with the tokens at these indices read as nouns, their lemmas kept; the same sentence when there are none. */
    static AnalysedSentence readAsNouns(AnalysedSentence s, int[] heads) {
        if (heads.length == 0) {
            return s;
        }
        List<Token> out = new ArrayList<>(s.tokens());
        for (int i : heads) {
            Token x = out.get(i);
            out.set(i, new Token(x.start(), x.end(), x.text(), "NOUN", x.lemma()));
        }
        return new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** Whether token i, read as a verb, is a cue verb's plural noun between a premodifier and a finite verb (the class comment). */
    private static boolean headReadAsVerb(List<Token> t, int i, CueLexicon cues, English english) {
        Token x = t.get(i);
        String w = x.text();
        return x.is("VERB") && w.endsWith("s") && !w.endsWith("ss") && !Character.isUpperCase(w.charAt(0))
                && cues.verb(x.lemma()).isPresent() && plural(w, x.lemma())
                && premodifier(t.get(i - 1)) && finite(t.get(i + 1), english);
    }

    /** Whether the form is the lemma's plural in -s or -es and WordNet 3.1 holds the lemma as a noun ("claims", "reports"). */
    private static boolean plural(String w, String lemma) {
        return (w.equals(lemma + "s") || w.equals(lemma + "es")) && !WordNet.shared().lexicographerFile(lemma, WordNet.Pos.NOUN).isEmpty();
    }

    private static boolean premodifier(Token p) {
        String w = p.text();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        if (p.is("DET")) {
            return ARTICLES.contains(w);
        }
        if (p.is("NUM")) {
            return true;
        }
        if (p.is("ADJ")) {
            // "organizer/ADJ says …", "the official/ADJ claims …": a noun of a person read as an adjective may be the subject.
            return !WordNet.shared().lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty()
                    && !WordNet.shared().lexicographerFiles(w, WordNet.Pos.NOUN).contains("noun.person");
        }
        return (p.is("NOUN") || p.is("SCONJ")) && !WordNet.shared().lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty()
                && WordNet.shared().lexicographerFile(w, WordNet.Pos.NOUN).isEmpty();
    }

    private static boolean finite(Token v, English english) {
        String w = v.text();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ing")) {
            return false;
        }
        if (v.is("AUX") || v.is("VERB")) {
            return true;
        }
        if (!v.is("NOUN") && !v.is("ADJ") || w.endsWith("s")) {
            return false;
        }
        String lemma = english.lemmaReadings(new Token(v.start(), v.end(), w, "VERB", w)).get(0);
        return !lemma.equals(w) && !WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB).isEmpty();
    }
}
