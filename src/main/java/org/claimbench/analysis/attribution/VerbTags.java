package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;

/**
 * Cue verbs the tagger read as nouns. The UD English model reads many a verb in the third person singular as a
 * plural noun after a name or a noun ("Ruiz notes that …", "The survey shows …", "Berg tells the board …"), and many
 * a plural verb as a noun after a plural subject ("Tenants insist …"): a word whose lemma is a cue verb, ending in "s"
 * right after a word that can end a subject (a name, a noun or a subject pronoun; no possessive: "Ruiz’s plans"), or in
 * its own form right after a plural noun or a plural pronoun, followed neither by a verb of its own ("Voter calls flooded …" stays a
 * noun) nor by "of" ("the claims of …"), and followed by what a complement opens with ("that", an article, a pronoun,
 * a name, a colon, a comma, a quotation, "to" and a verb) or by "that" or a quotation within six words ("tells reporters on Monday that"; "drone
 * attacks on the depot" stays a noun), is read as a verb.
 */
final class VerbTags {

    private VerbTags() {
    }

    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (mistagged(t, i, cues)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), "VERB", x.lemma()));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    private static boolean mistagged(List<Token> t, int i, CueLexicon cues) {
        Token x = t.get(i);
        String w = Phrases.lower(x);
        if (!x.tag().equals("NOUN") || cues.verb(x.lemma()).isEmpty() && !phrasal(t, i, cues)) {
            return false;
        }
        Token before = t.get(i - 1);
        boolean subjectEnd;
        if (before.text().endsWith("'s") || before.text().endsWith("’s") || before.text().endsWith("s'") || before.text().endsWith("s’")
                || Phrases.possessiveEnding(before)) {
            // "Ruiz’s plans", "the tenants’ hope": a possessive opens a noun phrase.
            subjectEnd = false;
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            subjectEnd = before.is("PROPN") || before.tag().equals("NOUN") || before.is("PRON") && SUBJECTS.contains(Phrases.lower(before));
        } else {
            // The plural ("Tenants insist …", "they acknowledge that …"): the verb's own form after a plural subject.
            String b = Phrases.lower(before);
            subjectEnd = w.equals(x.lemma()) && ((before.tag().equals("NOUN") || before.is("PROPN")) && b.endsWith("s") && !b.endsWith("ss")
                    || before.is("PRON") && PLURAL_SUBJECTS.contains(b));
        }
        if (!subjectEnd || i + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(i + 1);
        // "the budget cuts hurt" and "the plans of the board" are nouns.
        if (next.is("VERB") || next.is("AUX") || Phrases.lower(next).equals("of") || Phrases.possessiveEnding(next)) {
            return false;
        }
        // What a complement opens with ("notes that", "says the", "tells him", "argues: …"), or, after an addressee or a
        // phrase of time or place, "that" or a quotation soon after ("tells reporters on Monday that"; not "attacks on its roads").
        if (next.is("SCONJ") || next.is("DET") || next.is("PRON") || next.is("PROPN") || next.is("NUM") || next.is("ADV")
                || OPENERS.contains(next.text())) {
            return true;
        }
        if (Phrases.lower(next).equals("to") && i + 2 < t.size() && t.get(i + 2).is("VERB")) {
            // "The council plans to sell the depot": an infinitive after it.
            return true;
        }
        for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX")) {
                // "Press reports last week suggested that …": the sentence's verb comes first; the noun is its subject.
                return false;
            }
            if (Phrases.lower(t.get(k)).equals("that") || QUOTES.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of(":", ",", "“", "\"", "‘");

    private static final java.util.Set<String> QUOTES = java.util.Set.of("“", "\"");

    private static boolean phrasal(List<Token> t, int i, CueLexicon cues) {
        return i + 1 < t.size() && cues.phrasal(t.get(i).lemma(), Phrases.lower(t.get(i + 1))).isPresent();
    }

    /** The subject pronouns of the plural and of the first and second person (a closed class). */
    private static final java.util.Set<String> PLURAL_SUBJECTS = java.util.Set.of("they", "we", "i", "you", "who", "others", "many", "some");

    /** The subject pronouns of the third person singular (a closed class). */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("he", "she", "it", "who", "that", "which", "one", "everyone",
            "nobody", "someone");
}
