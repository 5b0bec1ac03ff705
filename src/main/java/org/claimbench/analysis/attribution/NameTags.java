package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Names the tagger did not know. The UD English model, trained on web text, tags some surnames
 * as adjectives or verbs ("Berg said" read as ADJ VERB, "Berg, writing …" as VERB), or as X, the tag of
 * words in no other class ("…, Sanders told reporters" read as X VERB). A capitalised
 * word tagged so, standing where a name stands (before a verb, an adverb or punctuation, or before a time phrase and its verb:
 * "Berg/VERB on Tuesday dismissed …", "Berg/ADV earlier Tuesday backed …"; not
 * before the noun an adjective would qualify: "German Chancellor"), is read as a proper noun. So is a capitalised word
 * read as an adverb that WordNet 3.1 holds as no adverb ("Scarborough/ADV also asked …", "Twitter/ADV acknowledged
 * that …"): adverbs are an open class WordNet lists; the closed class of wh-adverbs ("When asked …"), words in -ly
 * ("Preemptively", derived adverbs WordNet may lack) and a sentence-opening word before a comma ("Firstly,") are left alone.
 */
final class NameTags {

    private NameTags() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (possessive(x)) {
                // "Walsh’s" read as a verb or a preposition, "justice’s" as a number: a name or a noun and its possessive, as
                // the tagger gives "Jones’s".
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), Character.isUpperCase(x.text().charAt(0)) ? "PROPN+PART" : "NOUN+PART", x.lemma()));
            } else if (mistagged(t, i)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), "PROPN", x.text().toLowerCase(Locale.ROOT)));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /**
     * A word ending in "’s" that the tagger read as anything but a noun, a name, a pronoun or a contraction with "is"
     * ("Walsh’s" as a verb, "Obama’s" as a preposition, "justice’s" as a number), and that is no pronoun ("it’s", "that’s").
     */
    private static boolean possessive(Token x) {
        String w = x.text();
        if (w.length() < 4 || !(w.endsWith("’s") || w.endsWith("'s")) || x.tag().startsWith("PROPN") || x.tag().startsWith("NOUN")
                || x.tag().startsWith("PRON") || x.tag().contains("AUX")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 2).toLowerCase(Locale.ROOT);
        return !PRONOUNS.contains(stem) && !stem.equals("let") && !stem.equals("here");
    }

    private static boolean mistagged(List<Token> t, int i) {
        Token x = t.get(i);
        String w = x.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            // Each reading below is of a capitalised word: most tokens stop here, before any tag is compared.
            return false;
        }
        if (x.tag().equals("PRON") && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
            // "Weaver says" read as PRON VERB: a capitalised word that is no English pronoun is a name.
            return true;
        }
        if (x.is("INTJ") && i > 0 && i + 1 < t.size() && t.get(i + 1).is("PROPN")) {
            // "says Pope Ana …" read with an interjection: a capitalised word inside the sentence before a name is part of it.
            return true;
        }
        if (x.is("ADJ") && i + 2 < t.size() && Phrases.lower(t.get(i + 1)).equals("to") && t.get(i + 2).is("VERB")) {
            return nounBeforeInfinitive(t, i);
        }
        // A word in capitals, and an adverb WordNet knows, are ruled out last, once the slot says a name may stand there.
        boolean adverb = x.is("ADV");
        if (!(x.is("ADJ") || x.tag().equals("VERB") || x.tag().equals("X") || adverb)) {
            return false;
        }
        if (i + 1 >= t.size()) {
            return i > 0 && notAllCapitals(w) && (!adverb || adverbNoneKnows(t, i));
        }
        Token next = t.get(i + 1);
        boolean nameSlot = next.is("VERB") || next.is("AUX") || next.is("ADV") || next.text().equals(",") || next.text().equals(".")
                || next.text().equals(":") || next.is("PROPN") && i > 0 && t.get(i - 1).is("PROPN") || TimePhrases.beforeVerb(t, i + 1);
        // A capitalised verb opening the sentence before an adverb may be an imperative ("Listen carefully"); before a verb
        // or a comma it is a name ("Berg said", "Berg, writing …").
        return nameSlot && !(x.tag().equals("VERB") && i == 0 && next.is("ADV")) && notAllCapitals(w) && (!adverb || adverbNoneKnows(t, i));
    }

    /**
     * Whether a capitalised word the tagger read as an adjective, right before "to" and a verb, is a noun: the subject of the
     * infinitive ("for the Fed to raise rates", a headline's "… On Ortega To Expand …"). An adjective
     * takes a to-infinitive as its complement only as a predicate ("is ready to", "Ready to …" with its copula left out; Quirk
     * et al. 1985, 16.75-16.83), never after a determiner, an attributive adjective or a name's first word, where the word is
     * the head of a noun phrase ("a Republican to win", "the first American to …", "Dow Chemical to pay"). In a headline in
     * title case, or at the start of a sentence, a word WordNet 3.1 holds as no adjective is a name ("… Capitalizing On
     * Ortega To Expand …"; at the start of a sentence also as no verb: "Want to try it?" stays). A word after a form of "be",
     * or in capitals, is left alone.
     */
    private static boolean nounBeforeInfinitive(List<Token> t, int i) {
        Token x = t.get(i);
        if (!notAllCapitals(x.text())) {
            return false;
        }
        Token prev = i > 0 ? t.get(i - 1) : null;
        if (prev != null && (prev.is("AUX") || prev.hasLemma("be"))) {
            return false;
        }
        if (prev != null && (prev.is("DET") || prev.is("NUM") || prev.is("ADJ")
                || Character.isUpperCase(prev.text().charAt(0)) && !HeadlineTags.titleCase(t) && i > 1)) {
            return true;
        }
        if (prev != null && !HeadlineTags.titleCase(t)) {
            // After a verb or a preposition in running text ("asking Trump/ADJ to share …") the finder reads the object and its
            // infinitive already; read as a name there, the word moved the cue model's scores on PolNeAR train and corpus 1
            // (attribution round 36) and is left as the tagger gives it.
            return false;
        }
        String w = x.text().toLowerCase(Locale.ROOT);
        WordNet wn = WordNet.shared();
        if (!wn.lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty() || !wn.lexicographerFile(x.lemma(), WordNet.Pos.ADJECTIVE).isEmpty()) {
            return false;
        }
        return prev != null || wn.lexicographerFile(w, WordNet.Pos.VERB).isEmpty();
    }

    private static boolean notAllCapitals(String w) {
        return !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** Whether the capitalised word at token i, read as an adverb, is none WordNet 3.1 knows (the class comment). */
    private static boolean adverbNoneKnows(List<Token> t, int i) {
        String lower = t.get(i).text().toLowerCase(Locale.ROOT);
        return !lower.endsWith("ly") && !WH_ADVERBS.contains(lower) && !(i == 0 && i + 1 < t.size() && t.get(i + 1).text().equals(","))
                && WordNet.shared().lexicographerFile(lower, WordNet.Pos.ADVERB).isEmpty();
    }

    /**
     * The wh-adverbs (a closed class WordNet 3.1 does not list as adverbs: Quirk et al. 1985, 7.46, 15.7), which open a clause
     * ("When asked about …, Ruiz said"), never a name.
     */
    private static final java.util.Set<String> WH_ADVERBS = java.util.Set.of("when", "where", "why", "how", "whenever", "wherever",
            "however", "whence", "whereby", "wherein", "whereupon");

    /**
     * The English pronouns (a closed class: personal, possessive, reflexive, demonstrative, interrogative and relative,
     * indefinite and quantifying; Quirk et al., A Comprehensive Grammar of the English Language, 1985, ch. 6) and the
     * words UD English tags PRON besides ("there", "one").
     */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us",
            "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "this", "that", "these", "those", "who", "whom",
            "whose", "which", "what", "whoever", "whomever", "whatever", "whichever", "one", "ones", "oneself", "anyone", "anybody",
            "anything", "everyone", "everybody", "everything", "someone", "somebody", "something", "nobody", "nothing", "none",
            "no-one", "each", "either", "neither", "both", "all", "some", "any", "many", "few", "several", "much", "more", "most",
            "less", "least", "other", "others", "another", "such", "there", "thee", "thou", "ye", "y'all", "whatsoever");
}
