package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Words the tagger put in a closed class they are no member of. Prepositions, subordinators and auxiliaries are closed
 * classes: a word the UD English model tags ADP, SCONJ or AUX that is none of them is a word it did not know ("Muslim/AUX
 * advocates hailed …", not as the sentence's first word, whose capital says nothing: "Night/AUX drone attacks …"); a
 * lower-case one read as an auxiliary is a lexical verb ("said Clinton won/AUX the primary"). A capitalised one read as a
 * preposition is a name ("Okafor also said …" read as ADP ADV VERB); a lower-case one read as a subordinator is a noun
 * ("told reporters that …" read with "reporters" as SCONJ in a line with no closing stop), and so is one read as a
 * preposition that WordNet 3.1 holds as a noun ("said officers/ADP encountered …"; an adjective where it holds no noun).
 * Read by the finder only:
 * the cue model's training reading ({@link CueModelTraining}) is the tagger's with {@link NameTags} and {@link VerbTags}.
 */
final class ClosedClassTags {

    /**
     * The English prepositions and subordinators, and the adverb particles UD English also tags ADP (closed classes: the
     * simple prepositions and the first words of complex ones, Quirk et al., A Comprehensive Grammar of the English
     * Language, 1985, 9.7 and 9.10; the subordinators, 14.12; the particles of phrasal verbs, 16.2).
     */
    static final Set<String> MEMBERS = Set.of("aboard", "about", "above", "according", "across", "after", "against", "ago", "ahead",
            "albeit", "along", "alongside", "although", "amid", "amidst", "among", "amongst", "anti", "apart", "around", "as", "aside",
            "astride", "at", "atop", "away", "back", "bar", "barring", "because", "before", "behind", "below", "beneath", "beside",
            "besides", "between", "beyond", "but", "by", "circa", "concerning", "considering", "despite", "down", "due", "during",
            "except", "excepting", "excluding", "following", "for", "forth", "from", "given", "how", "if", "in", "including", "inside",
            "instead", "into", "lest", "less", "like", "minus", "near", "nearer", "nearest", "next", "notwithstanding", "now", "of",
            "off", "on", "once", "onto", "opposite", "out", "outside", "over", "past", "pending", "per", "plus", "pro", "provided",
            "providing", "regarding", "round", "save", "since", "so", "than", "that", "then", "though", "through", "throughout",
            "till", "to", "together", "toward", "towards", "under", "underneath", "unless", "unlike", "until", "unto", "up", "upon",
            "versus", "via", "vs", "vs.", "what", "when", "whenever", "where", "whereas", "wherever", "whether", "while", "whilst",
            "why", "with", "within", "without", "worth");

    /**
     * The English auxiliaries as UD English tags them AUX (a closed class: the primary verbs be, have and do, the modals and
     * the semi-auxiliaries, Quirk et al. 1985, 3.21-3.46; "get" of the get-passive), with their clitic and negated forms.
     */
    static final Set<String> AUXILIARIES = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "have",
            "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "ought", "need", "dare", "used", "'ll", "wo", "ca", "sha", "get", "gets", "got", "gotten", "getting");

    private ClosedClassTags() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            String w = x.text();
            boolean auxiliary = x.tag().equals("AUX");
            if (!(x.is("ADP") || x.is("SCONJ") || auxiliary) || w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            // The word as written first (a member in lower case, as most are), a lower-case copy only for the rest.
            Set<String> members = auxiliary ? AUXILIARIES : MEMBERS;
            if (members.contains(w) || members.contains(w.toLowerCase(Locale.ROOT).replace('’', '\'')) || w.contains("'") || w.contains("’")) {
                continue;
            }
            String tag = Character.isUpperCase(w.charAt(0)) ? (auxiliary && i == 0 ? null : "PROPN") : x.is("SCONJ") ? "NOUN" : auxiliary ? "VERB"
                    : openClass(w.toLowerCase(Locale.ROOT), x.lemma());
            if (tag != null) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), w, tag, tag.equals("PROPN") ? w.toLowerCase(Locale.ROOT) : x.lemma()));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /**
     * The open class of a lower-case word read as a preposition that is none ("said officers/ADP encountered …", "expressed
     * astonishment/ADP at …"): a noun where WordNet 3.1 holds it or its lemma as one, else an adjective where it holds that; else null,
     * left as the tagger read it.
     */
    private static String openClass(String w, String lemma) {
        WordNet wn = WordNet.shared();
        return !wn.lexicographerFile(w, WordNet.Pos.NOUN).isEmpty() || !wn.lexicographerFile(lemma, WordNet.Pos.NOUN).isEmpty() ? "NOUN"
                : !wn.lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty() ? "ADJ" : null;
    }
}
