package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Plurals;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A noun after "to" that the tagger read as an infinitive. The UD English model tags "to" before a word it does not know
 * as the infinitive marker and the word as a verb ("said to reporters that …" read as "to report"). A to-infinitive's verb
 * is in its base form (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 3.54), so a word WordNet 3.1
 * holds as a noun, in its form or its singular, and not as a verb is the object of the preposition "to": the word becomes
 * a noun and "to" a preposition. So does a capitalised word in a sentence not written in title case ("insisted to Okafor
 * that …", "to Hale that …" though "hale" is a verb too): English capitalises a name, not a verb, inside a sentence;
 * such a word the model tagged as anything else (punctuation, as it did "wrote to Okafor that …") is a name too. A "to"
 * tagged as the marker before a noun, a proper noun, a determiner or a number is the preposition: the marker comes
 * before a verb (or an adverb or "not" splitting it from the verb).
 * Read by the finder only, as {@link ClosedClassTags}.
 */
final class InfinitiveTags {

    /** Tags that open a noun phrase: the infinitive marker is never before one, so "to" there is the preposition. */
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "DET", "NUM");
    /** Tags the model gives a capitalised word after "to" that no name inside a sentence can have: a verb, punctuation, other. */
    private static final Set<String> MISREAD_NAME = Set.of("VERB", "PUNCT", "X", "SYM");

    private InfinitiveTags() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        boolean titleCase = HeadlineTags.titleCase(t);
        for (int i = 0; i + 1 < t.size(); i++) {
            Token to = t.get(i);
            Token x = t.get(i + 1);
            if (!to.tag().equals("PART") || !Phrases.lower(to).equals("to")) {
                continue;
            }
            boolean capitalised = !titleCase && Character.isUpperCase(x.text().charAt(0)) && Character.isLetter(x.text().charAt(0));
            boolean name = capitalised && MISREAD_NAME.contains(x.tag());
            boolean noun = x.tag().equals("VERB") && !name && nounOnly(x.text());
            if (!name && !noun && !NOMINAL.contains(x.tag())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(to.start(), to.end(), to.text(), "ADP", to.lemma()));
            String w = x.text().toLowerCase(Locale.ROOT);
            if (name) {
                out.set(i + 1, new Token(x.start(), x.end(), x.text(), "PROPN", w));
            } else if (noun) {
                out.set(i + 1, new Token(x.start(), x.end(), x.text(), "NOUN", Plurals.singular(w)));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** Whether WordNet holds the word, or its singular, as a noun and the word as no verb. */
    private static boolean nounOnly(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!Character.isLetter(w.charAt(0))) {
            return false;
        }
        WordNet wn = WordNet.shared();
        if (!wn.lexicographerFile(w, WordNet.Pos.VERB).isEmpty()) {
            return false;
        }
        return !wn.lexicographerFile(w, WordNet.Pos.NOUN).isEmpty() || !wn.lexicographerFile(Plurals.singular(w), WordNet.Pos.NOUN).isEmpty();
    }
}
