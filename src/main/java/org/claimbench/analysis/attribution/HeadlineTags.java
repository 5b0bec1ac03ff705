package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Cue verbs of a headline written in title case, which the tagger reads as part of a name ("Harbour Chief Says Fares Will
 * Rise", "Fares Will Rise, Harbour Chief Says": "Says" read as a proper noun). Headline style capitalises every word but short
 * function words (The Associated Press Stylebook, "headlines"; The Chicago Manual of Style, 17th ed., 8.159): in a line whose
 * words of four letters or more are nearly all capitalised, the capital says nothing of a word's class. There, a capitalised
 * word read as a name or a noun is read as a verb when its lower-case form is an inflected form of a verb of the cue lexicon
 * ({@code says}, {@code warned}; the base form is left, as it is also the noun: "Trust", "Plan") and a name or a noun stands
 * before it as its subject; in title case, a verb's third person singular ({@link #thirdPerson}) as well. Read by the finder only: the cue model's training reading ({@link CueModelTraining}) is the
 * tagger's with {@link NameTags} and {@link VerbTags} (retrained with this reading, the model was worse on PolNeAR dev;
 * docs/suggestions.md, attribution round 11).
 */
final class HeadlineTags {

    /** The share of a line's words of four letters or more that must be capitalised for it to be in title case. */
    private static final double TITLE_CASE_SHARE = 0.8;

    /** The fewest words of four letters or more a title-case line has (a name alone, "Ana Ruiz", says nothing). */
    private static final int TITLE_CASE_WORDS = 3;

    private HeadlineTags() {
    }

    /**
     * The sentence with its headline verbs read as verbs.
     *
     * @param headline whether the sentence is the text's headline (its first line, a sentence alone on it): there, the first
     *                 word after a name or a noun, before any verb, that is an inflected lexicon verb is the headline's verb
     *                 whatever its case ("Mayor Ruiz urges tenants to …", "Harbour board warns of …": headline grammar
     *                 drops the articles and auxiliaries that tell the tagger a verb comes; Mårdh, Headlinese, 1980)
     */
    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues, English english, boolean headline) {
        List<Token> t = s.tokens();
        boolean title = titleCase(t);
        if (!title && !headline) {
            return s;
        }
        List<Token> out = null;
        boolean verbSeen = false;
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            Token before = t.get(i - 1);
            boolean firstVerb = headline && !verbSeen;
            verbSeen |= x.is("VERB") || x.is("AUX");
            boolean byTitle = title && Character.isUpperCase(x.text().charAt(0)) && Character.isUpperCase(before.text().charAt(0));
            // In title case the verb after it is the reported clause's ("… Says Fares Will Rise"); in a headline in sentence
            // case, a verb after a noun phrase is the sentence's own ("Harbour reports last week suggested …").
            if (!(x.is("PROPN") || x.tag().equals("NOUN")) || !(before.is("PROPN") || before.tag().equals("NOUN")) || possessive(before)
                    || !(byTitle || firstVerb && !verbAhead(t, i))) {
                continue;
            }
            String lower = x.text().toLowerCase(Locale.ROOT);
            List<String> readings = english.lemmaReadings(new Token(x.start(), x.end(), lower, "VERB", lower));
            String lemma = readings.isEmpty() ? lower : readings.get(0);
            if (!lemma.equals(lower) && (cues.verb(lemma).isPresent() || byTitle && thirdPerson(lower, lemma))) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), "VERB", lemma));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /**
     * Whether a title-case word after a name or a noun is a verb's third person singular ("Harbour Chief Speaks …", "One
     * Letter Sums Up …"), which the cue model then weighs as a verb, not a noun with no clause after it (never weighed): its
     * lemma a verb in WordNet 3.1 and the word its lemma and "s" or "es" (Quirk et al. 1985, 3.5). A plural noun of the same
     * form ("Ferry Tickets") is read as a verb too; it gives an attribution only where the model finds it a cue and the
     * rules a source and a content.
     */
    private static boolean thirdPerson(String lower, String lemma) {
        return (lower.equals(lemma + "s") || lower.equals(lemma + "es"))
                && !WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB).isEmpty();
    }

    /** Whether the word is a possessive ("Ruiz’s plans", "the rebels' attacks": a noun phrase goes on after it). */
    private static boolean possessive(Token x) {
        String w = x.text();
        return x.tag().contains("PART") || w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’");
    }

    /**
     * Whether the sentence's own verb comes after the word at i with only a noun phrase's words or a time between
     * ("Harbour reports last week suggested …": the word heads the subject), not after "to" (an infinitive).
     */
    static boolean verbAhead(List<Token> t, int i) {
        for (int k = i + 1; k < t.size(); k++) {
            Token y = t.get(k);
            if (y.is("VERB") || y.is("AUX")) {
                return true;
            }
            if (!(y.is("NOUN") || y.is("PROPN") || y.is("ADJ") || y.is("DET") || y.is("NUM") || y.is("ADV"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words of four letters or more are nearly all capitalised ({@link #TITLE_CASE_SHARE}). */
    static boolean titleCase(List<Token> t) {
        int words = 0;
        int capitalised = 0;
        for (Token x : t) {
            String w = x.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
    }
}
