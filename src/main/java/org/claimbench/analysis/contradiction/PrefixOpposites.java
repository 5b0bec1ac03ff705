package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;

/**
 * When a word with a negative prefix ("incomplete", "unsigned", "disagree") is the opposite of its base in another claim
 * ({@link NegationSignal}): only where WordNet 3.1 lists the two as antonyms, either way, in one of their first senses, since a
 * prefix-like start is often no negation ("intense" is no "not tense", "invaluable" no "not valuable", "inflammable" is
 * "flammable"); and the Latinate prefix only against its base as an adjective or an adverb, or as a passive participle used
 * predicatively ("the deal was completed" against "incomplete"; "the deal was signed" against "unsigned"), a participle after a
 * form of "be" that names the state its act leaves (Quirk et al. 1985, 3.74-3.78 on the statal passive; 7.15-7.17 on
 * participial adjectives).
 */
final class PrefixOpposites {

    /**
     * A form of "be" (or "remain") and, after at most one adverb in -ly, the word that follows it: a participle, if it is one;
     * not one an agent's by-phrase follows ("were mediated by the league"): the agent makes the passive verbal, the report of an
     * act, not of the state it leaves (Quirk et al. 1985, 3.74-3.76 on central passives and statal ones).
     */
    private static final Pattern AFTER_BE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|being|remains?|remained)\\s+(?:\\p{L}+ly\\s+)?(\\p{L}+)\\b(?!\\s+by\\b)");

    private PrefixOpposites() {
    }

    /**
     * The lemma the other claim writes for a prefixed word's base when the base is a participle ("signed" of "unsigned") that
     * the other claim uses as a predicative participle ("was signed": "sign"); the base itself otherwise.
     */
    static String participleBase(String base, ClaimFeatures y) {
        if (base.endsWith("ed") || base.endsWith("en")) {
            for (String verb : WordForms.verbBaseForms(base)) {
                if (y.has(verb) && predicativeParticiple(y, verb)) {
                    return verb;
                }
            }
        }
        return base;
    }

    /**
     * Whether the prefixed word ({@code word}, whose base is {@code prefixed}) is the opposite of {@code base} as the other claim
     * uses it: antonyms in WordNet, and for the Latinate prefix (in-, im-, il-, ir-: class-maintaining on adjectives, Quirk et
     * al. 1985, App. I.21 and I.34) the base an adjective, an adverb or a predicative participle there ("immediate" is no
     * opposite of the verb in "the league mediated the truce").
     */
    static boolean opposed(String word, String prefixed, ClaimFeatures y, String base) {
        if (!antonyms(word, prefixed) && !antonyms(word, base)) {
            return false;
        }
        boolean latinate = word.length() == prefixed.length() + 2
                && (word.startsWith("in") || word.startsWith("im") || word.startsWith("il") || word.startsWith("ir"));
        int k = y.words.indexOf(base);
        String tag = k < 0 ? "" : y.wordTags.get(k);
        return !latinate || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("VERB") && predicativeParticiple(y, base);
    }

    /**
     * Whether a claim's prefixed word denies what the other claim's negation denies: its base, or the base's verb for a
     * participle ("unsigned" and "was not signed"; un- on a participle is "not", Quirk et al. 1985, App. I.21): the two say no
     * alike.
     */
    static boolean deniesTheSame(ClaimFeatures prefixing, ClaimFeatures denying) {
        for (String base : prefixing.oppositesByPrefix) {
            if (denying.negated.contains(base)) {
                return true;
            }
            for (String verb : base.endsWith("ed") || base.endsWith("en") ? WordForms.verbBaseForms(base) : List.<String>of()) {
                if (denying.negated.contains(verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether WordNet gives the two words as antonyms, either way, in any part of speech; an adverb in -ly by its adjective too. */
    static boolean antonyms(String word, String base) {
        WordNet wn = WordNet.shared();
        for (String w : forms(word)) {
            for (String b : forms(base)) {
                for (WordNet.Pos pos : WordNet.Pos.values()) {
                    if (wn.antonyms(w, pos).contains(b) || wn.antonyms(b, pos).contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A word and, for an adverb in -ly, its adjective ("indirectly": "indirect"). */
    private static List<String> forms(String w) {
        return w.endsWith("ly") && w.length() > 4 ? List.of(w, w.substring(0, w.length() - 2)) : List.of(w);
    }

    /**
     * Whether the claim has the verb as a participle after a form of "be" ("was completed", "is fully signed"): a word there
     * that WordNet's morphology takes to the verb, not the verb itself and not its -ing form (a progressive names no state).
     */
    static boolean predicativeParticiple(ClaimFeatures y, String verb) {
        for (Matcher m = AFTER_BE.matcher(y.facts.text()); m.find(); ) {
            String form = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!form.equals(verb) && !form.endsWith("ing") && WordForms.verbBaseForms(form).contains(verb)) {
                return true;
            }
        }
        return false;
    }
}
