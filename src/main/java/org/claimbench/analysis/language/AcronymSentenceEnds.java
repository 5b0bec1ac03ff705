package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence ends at a dotted acronym the sentence detector reads as going on ("… more routes to the U.S. They
 * hope …"). The full stop of an abbreviation also ends the sentence when the abbreviation is its last word (Chicago Manual
 * of Style 6.118, AP Stylebook "abbreviations and acronyms": no second period), so what follows decides: a capitalised word
 * that cannot go on a noun phrase ending in the acronym opens a new sentence.
 *
 * <p>Such a word is one of the closed classes that open a clause (Quirk et al., A Comprehensive Grammar of the English
 * Language, 1985: the subject pronouns, 6.3; the articles and demonstratives, 5.12 and 6.40; the coordinators and
 * subordinators, 13.1 and 14.12; existential "there", 18.44), or a plural common noun naming persons or groups (WordNet
 * 3.1: first sense under noun.person or noun.group; "Analysts", "Officials") followed by a small letter, as a subject
 * followed by its verb; a name goes on the phrase ("the U.S. Embassy", "U.S. Marshals Service").
 * Either way the words after it must hold a small letter (a title-case headline does not split: "Ferry Line Tells U.S. The
 * Deal Is Off").
 */
final class AcronymSentenceEnds {

    /** A dotted acronym of two or more capitals ("U.S.", "D.C.", "U.K."), then a space and a capitalised word. */
    private static final Pattern ACRONYM_THEN_WORD = Pattern.compile("\\b(?:[A-Z]\\.){2,}\\s+([A-Z][a-z]*)\\b");

    /** Clause openers from closed classes (see the class comment), capitalised as they open a sentence. */
    static final Set<String> OPENERS = Set.of("I", "He", "She", "It", "We", "They", "The", "A", "An", "This", "These",
            "Those", "That", "But", "And", "Yet", "Or", "If", "When", "While", "Although", "Though", "Because", "Since", "After",
            "Before", "There");

    private AcronymSentenceEnds() {
    }

    /**
     * The starts (UTF-16 offsets into {@code text}) of the sentences that open inside {@code [start, end)} after a dotted acronym,
     * in order; empty when none.
     */
    static List<Integer> splits(String text, int start, int end) {
        List<Integer> out = new ArrayList<>();
        Matcher m = ACRONYM_THEN_WORD.matcher(text).region(start, end);
        while (m.find()) {
            String word = m.group(1);
            int wordEnd = m.end(1);
            if (m.start() == start || !smallLetterAhead(text, wordEnd, end)) {
                continue;
            }
            if (OPENERS.contains(word) || pluralOfPersons(word) && nextWordLowerCase(text, wordEnd, end)) {
                out.add(m.start(1));
            }
        }
        return out;
    }

    /**
     * Whether a sentence the detector ended at a dotted acronym, from {@code previousStart}, goes on into the one it began at
     * {@code start}: the acronym is the last word before it and the next word is capitalised and opens no clause (not one of
     * {@link #OPENERS}, nor a plural of persons before a small letter): "U.S. Senator", "U.K. Treasury". The caller checks
     * that the words before hold no verb, so that they make no sentence of their own (attribution round 39).
     */
    static boolean goesOn(String text, int previousStart, int start) {
        int end = start;
        while (end > previousStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Matcher m = ACRONYM_END.matcher(text).region(previousStart, end);
        if (!m.find()) {
            return false;
        }
        Matcher w = NEXT_WORD.matcher(text).region(start, text.length());
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group(1);
        return !OPENERS.contains(word) && !(pluralOfPersons(word) && nextWordLowerCase(text, w.end(1), text.length()));
    }

    /** A dotted acronym of two or more capitals at the end of a stretch, after a space. */
    private static final Pattern ACRONYM_END = Pattern.compile("(?<=\\s)(?:[A-Z]\\.){2,}$");

    /** The capitalised word a stretch opens with. */
    private static final Pattern NEXT_WORD = Pattern.compile("([A-Z][a-z]+)\\b");

    private static boolean pluralOfPersons(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String singular = Plurals.singular(lower);
        if (singular.equals(lower)) {
            return false;
        }
        String file = WordNet.shared().lexicographerFile(singular, WordNet.Pos.NOUN);
        return file.equals("noun.person") || file.equals("noun.group");
    }

    private static boolean nextWordLowerCase(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i > from && i < end && Character.isLowerCase(text.charAt(i));
    }

    /** Whether one of the next three words after {@code from} starts with a small letter. */
    private static boolean smallLetterAhead(String text, int from, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < end && words <= 3; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !inWord) {
                inWord = true;
                words++;
                if (Character.isLowerCase(c)) {
                    return true;
                }
            } else if (!Character.isLetterOrDigit(c) && c != '\'' && c != '’') {
                inWord = false;
            }
        }
        return false;
    }
}
