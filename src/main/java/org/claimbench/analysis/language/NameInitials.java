package org.claimbench.analysis.language;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the sentence detector ends a sentence at a middle initial ("… said FBI Director Ana B. | Ruiz, who …"). A personal
 * name's initial is a capital letter with a full stop between a given name and a surname (Chicago Manual of Style, 17th ed.,
 * 10.12: initials in personal names; AP Stylebook, "middle initials"); OpenNLP's sentence model ends many a sentence there, which
 * cuts the name in two and the sentence with it. So a stretch that ends in a capitalised word, a space and one capital letter with
 * its full stop goes on into the next one when that one opens with a capitalised word that opens no clause (a surname; not one
 * of {@link AcronymSentenceEnds}' clause openers). "I" is left out: after a word it is a Roman numeral, a regnal or ordinal
 * number that may end a sentence ("… after World War I. Berg …").
 */
final class NameInitials {

    /** A capitalised word, a space, and a single capital letter with its full stop, at the end of a stretch. */
    private static final Pattern INITIAL_END = Pattern.compile("(?<![\\p{L}.])[A-Z][A-Za-z'’-]+ ([A-HJ-Z])\\.$");

    /** The capitalised word a stretch opens with (a surname's shapes: "Ruiz", "McKay", "O'Neill"). */
    private static final Pattern NEXT_WORD = Pattern.compile("([A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*)\\b");

    private NameInitials() {
    }

    /**
     * Whether a stretch the detector ended, from {@code previousStart} up to {@code start}, ends at a middle initial and the
     * stretch from {@code start} goes on the name: its first word is capitalised and opens no clause.
     */
    static boolean goesOn(String text, int previousStart, int start, Set<String> openers) {
        int end = start;
        while (end > previousStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || !INITIAL_END.matcher(text).region(previousStart, end).find()) {
            return false;
        }
        Matcher w = NEXT_WORD.matcher(text).region(start, text.length());
        return w.lookingAt() && !openers.contains(w.group(1));
    }
}
