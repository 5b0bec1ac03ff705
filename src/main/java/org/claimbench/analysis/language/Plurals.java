package org.claimbench.analysis.language;

/**
 * The singular of a regular English plural, by its spelling alone: "-ies" after a consonant gives "-y" ("deputies" →
 * "deputy"), a final "-s" goes ("clerks" → "clerk"), "-ss" stays ("press"); words of three letters or fewer stay as they
 * are (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 5.80). No irregular plural ("men") and no
 * check that the result is a word: for look-ups in a lexicon that says so itself.
 */
public final class Plurals {

    private Plurals() {
    }

    /** The singular of a lower-case word, or the word itself when it is no regular plural. */
    public static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
