package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A plural noun read as a cue verb inside a coordinated list of noun phrases: "grants, loans and loan/NOUN guarantees/VERB
 * totaling $5 million", "a mix of equity, credit/NOUN guarantees/VERB, and cash". Read as a verb it made the bare noun before
 * it a speaker ("loan", "credit") and cut the sentence there.
 * <p>
 * The word is a cue verb's -s form (the lexicon's verbs) that WordNet 3.1 also holds as a plural noun, lower-case, right
 * after a bare singular common noun (a lower-case word read as a noun, in its lemma's form, that WordNet 3.1 holds as a noun
 * and not as a noun of a person): a premodifier, or a subject with no determiner of its own. It is the last conjunct's head
 * of a list in two shapes:
 * <ul>
 * <li>after "and" or "or" that follows a plural noun, or a noun set off by a list comma ("bonds and loan guarantees", "cash,
 * equity and credit guarantees", "grants and loan guarantees"), and before a word a finite reporting verb does not open its
 * complement with: a participle in -ing or -ed ("totaling", "backed"), an adjective before a number or a symbol ("worth
 * $5"), a number, a symbol, a conjunction, or the clause's end (".", ";", ":", ")"). Coordinated noun phrases as a subject take a plural verb (Quirk et al.
 * 1985, 10.35-10.36), so a verb in -s does not have them as its subject; a clause coordinated after a plural noun ("… for three
 * months and industry warns that …") has its complement after the verb: a that-clause, a noun phrase, a quotation, an adverb,
 * a preposition ("warns of …"), which the word after is not;</li>
 * <li>as a middle item of a list, set off by commas on both sides after a noun, with "and" or "or" after the second comma and
 * no verb other than an -ing form and no auxiliary after that ("equity, credit guarantees, and cash for ports."). A reporting
 * clause set off by commas ("…, industry warns, and jobs will go") is followed by a clause, with its verb, after the
 * conjunction; the list's last item has none (Quirk et al. 1985, 13.60 on lists of conjoins).</li>
 * </ul>
 * Read by the finder only, after {@link VerbTags} (which reads a cue verb's -s form read as a noun, after a noun and before a
 * comma, as a verb: the middle item above) and before {@link ReportingClauses}. The shape is rare: it changes two sentences
 * of the dev corpus 2 (both rightly) and none of PolNeAR dev or train, of the dev corpus 1 or of the samples (round attr54b).
 */
final class CoordinatedHeads {

    /** The coordinators of a list of noun phrases (a closed class; Quirk et al. 1985, 13.1). */
    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /** The punctuation that closes a clause or a parenthesis. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", ")", "!", "?");

    private CoordinatedHeads() {
    }

    /** The sentence with each such cue verb read as a plural noun; the same sentence when none stands in it. */
    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues) {
        List<Token> t = s.tokens();
        return PremodifiedHeads.readAsNouns(s, IntStream.range(3, t.size() - 1).filter(i -> cueForm(t.get(i), cues)
                && bareSingular(t.get(i - 1)) && (lastConjunct(t, i) || middleItem(t, i))).toArray());
    }

    /** Whether the token, read as a verb, is a cue verb's -s form that is also the lemma's plural noun ("guarantees"). */
    private static boolean cueForm(Token x, CueLexicon cues) {
        String w = x.text();
        String lemma = x.lemma();
        return x.is("VERB") && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0)) && cues.verb(lemma).isPresent()
                && (w.equals(lemma + "s") || w.equals(lemma + "es")) && !WordNet.shared().lexicographerFile(lemma, WordNet.Pos.NOUN).isEmpty();
    }

    private static boolean bareSingular(Token p) {
        String w = p.text();
        return p.tag().equals("NOUN") && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.equals(p.lemma())
                && !WordNet.shared().lexicographerFile(w, WordNet.Pos.NOUN).isEmpty()
                && !WordNet.shared().lexicographerFiles(w, WordNet.Pos.NOUN).contains("noun.person");
    }

    /** The first shape of the class comment: "… loans and loan guarantees totaling …". */
    private static boolean lastConjunct(List<Token> t, int i) {
        if (!coordinator(t.get(i - 2)) || !noComplement(t, i + 1)) {
            return false;
        }
        Token before = t.get(i - 3);
        if (before.text().equals(",")) {
            return i >= 4 && t.get(i - 4).tag().equals("NOUN");
        }
        return before.tag().equals("NOUN") && (pluralNoun(before) || i >= 4 && t.get(i - 4).text().equals(","));
    }

    /** The second shape of the class comment: "… equity, credit guarantees, and cash …". */
    private static boolean middleItem(List<Token> t, int i) {
        if (!t.get(i - 2).text().equals(",") || !t.get(i - 3).tag().equals("NOUN") || i + 2 >= t.size()
                || !t.get(i + 1).text().equals(",") || !coordinator(t.get(i + 2))) {
            return false;
        }
        for (int k = i + 3; k < t.size(); k++) {
            Token v = t.get(k);
            if (v.is("AUX") || v.is("VERB") && !Phrases.lower(v).endsWith("ing")) {
                return false;
            }
        }
        return true;
    }

    private static boolean coordinator(Token c) {
        return c.is("CCONJ") && COORDINATORS.contains(Phrases.lower(c));
    }

    private static boolean pluralNoun(Token n) {
        String w = Phrases.lower(n);
        return w.endsWith("s") && !w.endsWith("ss") && !w.equals(n.lemma());
    }

    /** Whether the word cannot open a finite reporting verb's complement (the first shape of the class comment). */
    private static boolean noComplement(List<Token> t, int k) {
        Token f = t.get(k);
        String w = Phrases.lower(f);
        if (f.is("VERB")) {
            return w.endsWith("ing") || w.endsWith("ed");
        }
        if (f.is("ADJ")) {
            // "worth $5 million": an adjective with a measure after it; an adjective before a noun may open a clause's subject.
            return k + 1 < t.size() && (t.get(k + 1).is("NUM") || t.get(k + 1).is("SYM"));
        }
        return f.is("NUM") || f.is("SYM") || f.is("CCONJ") || f.is("PUNCT") && CLAUSE_ENDS.contains(w);
    }
}
