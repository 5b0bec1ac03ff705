package org.claimbench.domain;

import java.text.Normalizer;

/**
 * The one form in which Claimbench keeps text, so that the same words are the same characters
 * wherever they came from (a file, a web page, a quote typed on the command line):
 * <ul>
 *   <li>Unicode NFC (UAX #15): "é" typed as one character and "e" + U+0301 become the same;</li>
 *   <li>line breaks are U+000A: CR LF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become one,
 *       PARAGRAPH SEPARATOR (U+2029) two; FORM FEED and VERTICAL TAB (a page or a line break in
 *       word-processor and PDF exports) become one;</li>
 *   <li>every space separator (general category Zs: NO-BREAK SPACE, THIN SPACE, NARROW NO-BREAK SPACE …)
 *       becomes U+0020, so a typed space finds them;</li>
 *   <li>removed: the other C0 and C1 control characters (TAB is kept), and the invisible characters
 *       that only mark or forbid a line break inside a word (UAX #14 classes: SOFT HYPHEN, ZERO WIDTH
 *       SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE), so "con\u200Bstructive" is "constructive".
 *       Joiners (ZWJ, ZWNJ) and direction marks change how a script is shaped or ordered and are kept;</li>
 *   <li>no blanks at the end of a line, and at most one empty line in a row.</li>
 * </ul>
 * Offsets into the result are UTF-16 units, like every offset in Claimbench.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** The text in Claimbench's form (see the class comment), blank lines at either end included. */
    public static String normalise(String s) {
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        int newlines = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char ch = nfc.charAt(i);
            int breaks = lineBreaks(ch);
            if (breaks > 0) {
                if (ch == '\r' && i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    i++;
                }
                trimBlanks(sb);
                for (int b = 0; b < breaks; b++) {
                    if (newlines < 2) {
                        sb.append('\n');
                        newlines++;
                    }
                }
                continue;
            }
            if (isRemoved(ch)) {
                continue;
            }
            if (Character.getType(ch) == Character.SPACE_SEPARATOR) {
                sb.append(' ');
            } else {
                sb.append(ch);
                if (ch != '\t') {
                    newlines = 0;
                }
            }
        }
        trimBlanks(sb);
        return sb.toString();
    }

    /** A quote as it would stand in a normalised text: normalised, without blanks at either end. */
    public static String quote(String q) {
        return normalise(q).strip();
    }

    private static int lineBreaks(char ch) {
        return switch (ch) {
            case '\n', '\r', '\f', '\u000B', '\u0085', '\u2028' -> 1;
            case '\u2029' -> 2;
            default -> 0;
        };
    }

    private static boolean isRemoved(char ch) {
        if (ch == '\t') {
            return false;
        }
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)
                || ch == '\u00AD' || ch == '\u200B' || ch == '\u2060' || ch == '\uFEFF';
    }

    /** Drops spaces and tabs at the end of the line being written. */
    private static void trimBlanks(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && (sb.charAt(n - 1) == ' ' || sb.charAt(n - 1) == '\t')) {
            n--;
        }
        sb.setLength(n);
    }
}
