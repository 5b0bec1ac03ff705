package org.claimbench.ui.common;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.TextSpan;

/**
 * Where a phrase stands in a text, as a reader means it rather than byte for byte (offsets in UTF-16 units of the text):
 * <ul>
 *   <li>case is ignored;</li>
 *   <li>a hyphen between two letters may be there or not, and an invisible one (soft hyphen, zero-width space or joiner)
 *       is never in the way: "ceasefire" finds "cease-fire" and "cease‑fire", and "cease-fire" finds "ceasefire"
 *       (newcomer33 counted 21 places of "ceasefire" in five articles, one short);</li>
 *   <li>a run of white space (a line break, a no-break space) is one space;</li>
 *   <li>typographic apostrophes and quotation marks are the typewriter's ("Putin’s" and "Putin's" are one word).</li>
 * </ul>
 * A hit spans the text's own characters, hyphens and breaks inside it included.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** Every place of the phrase, in order, not overlapping; none for a blank phrase. */
    public static List<TextSpan> hits(String text, String phrase) {
        String q = fold(phrase == null ? "" : phrase);
        if (q.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<TextSpan> out = new ArrayList<>();
        char first = q.charAt(0);
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            if (ignorable(text, i) == 0 && same(text.charAt(i), first)) {
                end = endOfMatch(text, i, q);
            }
            if (end > i) {
                out.add(new TextSpan(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the phrase occurs in the text as {@link #hits} finds it. */
    public static boolean contains(String text, String phrase) {
        return !hits(text, phrase).isEmpty();
    }

    /**
     * Whether the phrase occurs in the text as {@link #hits} finds it, starting a word: "war" finds "war", "wars" and
     * "war-torn", not "aware" or "forward" (student45 gave a topic to three claims found inside other words). A phrase that
     * does not start with a letter or digit may start anywhere.
     */
    public static boolean containsAtWordStart(String text, String phrase) {
        for (TextSpan hit : hits(text, phrase)) {
            if (startsWord(text, hit.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word starts at i: the character there is no letter or digit, or the one before it (past joiners) is none. */
    private static boolean startsWord(String text, int i) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return true;
        }
        int before = i - 1;
        // A soft hyphen or a joiner inside a word joins its parts; a zero-width space parts two words.
        while (before >= 0 && invisible(text.charAt(before)) && text.charAt(before) != '\u200B') {
            before--;
        }
        return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
    }

    /** The end of the match of the folded phrase q starting at i, or -1. */
    private static int endOfMatch(String text, int i, String q) {
        int k = i;
        int j = 0;
        while (j < q.length()) {
            if (k >= text.length()) {
                return -1;
            }
            int skip = ignorable(text, k);
            if (skip > 0 && k > i) {
                k += skip;
                continue;
            }
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (q.charAt(j) != ' ') {
                    return -1;
                }
                while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u00A0')) {
                    k++;
                }
                j++;
                continue;
            }
            if (!same(c, q.charAt(j))) {
                return -1;
            }
            k++;
            j++;
        }
        return k;
    }

    /**
     * How many characters at i a reader does not see as part of a word: 1 for an invisible character or a hyphen between
     * two letters, else 0 (-1 where i is past the text).
     */
    private static int ignorable(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        char c = text.charAt(i);
        if (invisible(c)) {
            return 1;
        }
        if (hyphen(c) && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
            return 1;
        }
        return 0;
    }

    /** The phrase as it is matched: stripped, white space runs as one space, inner hyphens and invisible characters out. */
    static String fold(String phrase) {
        String s = phrase.strip();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ignorable(s, i) > 0) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            b.append(plain(c));
        }
        return b.toString();
    }

    private static boolean same(char textChar, char folded) {
        return plain(textChar) == folded;
    }

    /** A character lower-cased, with typographic apostrophes and quotation marks as the typewriter's. */
    private static char plain(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u201B' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    /** Hyphen-minus, hyphen, non-breaking hyphen (Unicode's Dash_Punctuation used inside words). */
    private static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte-order mark. */
    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
