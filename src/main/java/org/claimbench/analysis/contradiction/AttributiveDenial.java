package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A denial verb used as a participial adjective before its noun ("clashes over disputed border areas", "the rejected
 * budget"): it names a contested thing and denies nothing of the clause around it. Quirk et al. (1985, 7.15–7.16) set such
 * participles in attributive position apart from the verb phrase; FactBank marks polarity on the predicates that
 * introduce a source's statement (Saurí and Pustejovsky 2009), which an attributive participle is not. Read per token from
 * the tags (a determiner, adposition, adjective, numeral or possessive before it, a noun or adjective after it) and
 * checked against the text (the "-ed" form stands there right before a word), since the tagger gives gerunds
 * ("after rejecting proposals") the same tag.
 */
final class AttributiveDenial {

    /** The past participles of the denial verbs ({@link Lexicons#DENIALS}), by lemma. */
    private static final Map<String, String> PARTICIPLES = Map.of("deny", "denied", "refute", "refuted", "dismiss", "dismissed",
            "reject", "rejected", "rebut", "rebutted", "dispute", "disputed");

    /** The possessive determiners (Quirk et al. 1985, 6.29). */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "your", "his", "its", "our", "their");

    private AttributiveDenial() {
    }

    /** Whether the denial verb at token i of the reading stands as an attributive participle in the text. */
    static boolean at(ClaimReading r, int i, String text) {
        String participle = PARTICIPLES.get(r.lemma(i));
        if (participle == null || i == 0 || i + 1 >= r.size()) {
            return false;
        }
        // A pronoun before it only as a possessive determiner ("its disputed claim"): "he denied reports" is the verb phrase.
        boolean before = r.is(i - 1, "DET") || r.is(i - 1, "ADP") || r.is(i - 1, "ADJ") || r.is(i - 1, "NUM")
                || POSSESSIVES.contains(r.lemma(i - 1).toLowerCase(Locale.ROOT)) || r.lemma(i - 1).equals("'s");
        boolean after = r.is(i + 1, "NOUN") || r.is(i + 1, "PROPN") || r.is(i + 1, "ADJ");
        return before && after && Pattern.compile("(?i)\\b" + participle + "\\s+[a-z]").matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
