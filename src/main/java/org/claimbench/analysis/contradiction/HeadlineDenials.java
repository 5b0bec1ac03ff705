package org.claimbench.analysis.contradiction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.claimbench.analysis.language.DenialVerbs;
import org.claimbench.analysis.language.WordNet;

/**
 * The forms of the verbs of denial that can only be verbs, read as verbs whatever the tagger says. A headline's capitals
 * ("Iran Denies", "Tehran denies breach": headlinese drops articles and auxiliaries and capitalizes content words, Mårdh
 * 1980, "Headlinese: On the Grammar of English Front Page Headlines") lead OpenNLP's tagger to read such a verb as a name or a
 * noun, so the claim's denial went unread and two accounts that both report it were paired as a denial against an
 * affirmation. Only verbs of {@link DenialVerbs} with no noun sense in WordNet count ("deny", "refute", "rebut", "dismiss";
 * not "reject" or "dispute", which are nouns too), in their regular forms (base, -s, -ed, -ing; Quirk et al. 1985, 3.5-3.8,
 * "deny": "denies", "denied"; a final consonant doubled after a short stressed vowel, "rebutted"). Thread-safe: the table is
 * built once.
 */
final class HeadlineDenials {

    private HeadlineDenials() {
    }

    /** Lower-case form → lemma. */
    private static final Map<String, String> FORMS = forms();

    /** The lemma of a verb of denial a token is a form of, when the tagger read it as a noun or a name; empty otherwise. */
    static Optional<String> verbOf(String text, String tag) {
        if (!(tag.equals("NOUN") || tag.equals("PROPN"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(text.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> forms() {
        Map<String, String> out = new HashMap<>();
        for (String lemma : DenialVerbs.LEMMAS) {
            if (WordNet.shared().senses(lemma, WordNet.Pos.NOUN).length > 0) {
                continue;
            }
            String stem = lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) + "i" : lemma;
            boolean doubled = lemma.matches(".*[^aeiou][aeiou][bdgmnprt]") && !lemma.endsWith("en");
            String past = lemma.endsWith("e") ? lemma + "d" : doubled ? lemma + lemma.charAt(lemma.length() - 1) + "ed" : stem + "ed";
            String third = lemma.matches(".*(s|sh|ch|x|z)") ? lemma + "es" : lemma.endsWith("y") ? stem + "es" : lemma + "s";
            String ing = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) + "ing"
                    : doubled ? lemma + lemma.charAt(lemma.length() - 1) + "ing" : lemma + "ing";
            for (String f : new String[] {lemma, third, past, ing}) {
                out.put(f, lemma);
            }
        }
        return Map.copyOf(out);
    }
}
