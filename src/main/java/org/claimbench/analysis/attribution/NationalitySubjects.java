package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A nationality word used as a noun, the subject of a cue verb the tagger read as a noun or an adjective: "The Belgian
 * insists/NOUN that …", "The Russian insisted/ADJ that …", "An American argues/NOUN that …". A nationality adjective after a
 * determiner heads a noun phrase of its own when it names a person ("the American", "a Belgian": Quirk et al. 1985, 7.25-7.26,
 * the nationality words whose personal noun is the adjective's form); the UD English tagger reads it as an adjective and the
 * verb after it as the noun it would modify, so the sentence had no reporting clause and its report was lost.
 * <p>
 * Read here: a determiner; a capitalised word tagged as an adjective that WordNet 3.1 also holds as a noun of persons
 * (lexicographer file noun.person: "American", "Belgian", "Russian"; not "Atlantic", "Soviet"); then a lower-case word tagged
 * as a noun or an adjective, in -s or -ed, whose verb lemma is a cue verb of the lexicon ({@link CueLexicon#verb}); then the
 * complementizer "that" followed by no verb ("claims that were …" is a noun and a relative clause) or an opening quotation
 * mark. The nationality word is then read as a noun and the cue as a verb, and the finder reads the clause as any other.
 * Read by the finder only, before {@link VerbTags}; the cue model's training reading is left as it was trained on.
 */
final class NationalitySubjects {

    private NationalitySubjects() {
    }

    /** The sentence with each such subject read as a noun and its cue as a verb; the same sentence when none stands in it. */
    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues, English english) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 1; i + 2 < t.size(); i++) {
            Token noun = t.get(i);
            Token cue = t.get(i + 1);
            if (!t.get(i - 1).is("DET") || !nationality(noun) || !(cue.is("NOUN") || cue.is("ADJ")) || !inflected(cue)
                    || !opensComplement(t, i + 2)) {
                continue;
            }
            String lemma = VerbTags.verbLemma(new Token(cue.start(), cue.end(), cue.text(), "VERB", Phrases.lower(cue)), cues, english);
            if (cues.verb(lemma).isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(noun.start(), noun.end(), noun.text(), "NOUN", noun.text()));
            out.set(i + 1, new Token(cue.start(), cue.end(), cue.text(), "VERB", lemma));
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /** A capitalised adjective that WordNet 3.1 also holds as a noun of persons among its first senses. */
    private static boolean nationality(Token x) {
        String w = x.text();
        if (!x.is("ADJ") || w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        return WordNet.shared().lexicographerFiles(w.toLowerCase(Locale.ROOT), WordNet.Pos.NOUN).contains("noun.person");
    }

    /** A lower-case word in -s (the third person singular) or -ed (the past tense). */
    private static boolean inflected(Token x) {
        String w = x.text();
        return Character.isLowerCase(w.charAt(0)) && (w.endsWith("s") || w.endsWith("ed"));
    }

    /** "that" with no verb right after it, or an opening quotation mark. */
    private static boolean opensComplement(List<Token> t, int k) {
        Token x = t.get(k);
        if (Phrases.lower(x).equals("that")) {
            return k + 1 < t.size() && !t.get(k + 1).is("VERB") && !t.get(k + 1).is("AUX");
        }
        return x.text().equals("\"") || x.text().equals("“");
    }
}
