package org.claimbench.analysis.evaluation;

import java.text.Normalizer;

import org.claimbench.domain.TextSpan;

/**
 * Offsets of an original text carried into a cleaned copy of it, where cleaning only removed
 * characters, replaced one by another of the same role or composed a few into one (NFC): importing
 * makes line endings Unix ones, a no-break space a space, drops invisible characters, blanks at line
 * ends and outer blank lines, and collapses runs of empty lines. The copy is walked beside the
 * original; a character of the original that the copy does not have at that point was removed.
 */
public final class TextAlignment {

    private final int[] toCopy;
    private final String original;
    private final String copy;

    public TextAlignment(String original, String copy) {
        this.original = original;
        this.copy = copy;
        toCopy = new int[original.length() + 1];
        int j = 0;
        int i = 0;
        while (i < original.length()) {
            toCopy[i] = j;
            if (j < copy.length() && same(original.charAt(i), copy.charAt(j))) {
                j++;
                i++;
                continue;
            }
            // Characters composed into one by NFC ("e" and a combining accent as "é"): taken together.
            int composed = j < copy.length() ? composedLength(original, i, copy.charAt(j)) : 0;
            if (composed > 0) {
                for (int k = 1; k < composed; k++) {
                    toCopy[i + k] = j;
                }
                i += composed;
                j++;
                continue;
            }
            i++;
        }
        toCopy[original.length()] = j;
    }

    /** How many characters of the original from i NFC composes into the copy's character c (0 if none). */
    private static int composedLength(String original, int i, char c) {
        for (int k = 2; k <= 3 && i + k <= original.length(); k++) {
            String nfc = Normalizer.normalize(original.substring(i, i + k), Normalizer.Form.NFC);
            if (nfc.length() == 1 && nfc.charAt(0) == c) {
                return k;
            }
        }
        return 0;
    }

    private static boolean same(char o, char c) {
        return o == c || (o == '\u00A0' && c == ' ') || (o == '\r' && c == '\n');
    }

    /** The span of the copy that holds the original span's characters. */
    public TextSpan map(TextSpan span) {
        int start = toCopy[span.start()];
        int end = toCopy[span.end()];
        return new TextSpan(start, Math.max(start, end));
    }

    /** Whether the mapped span reads as the original did, white space aside (so the mapping can be trusted). */
    public boolean faithful(TextSpan span) {
        TextSpan m = map(span);
        return squeeze(original.substring(span.start(), span.end())).equals(squeeze(copy.substring(m.start(), m.end())));
    }

    /** The text without what an import removes or changes (invisible and control characters, composition, spacing). */
    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(c) || c == '\u00AD') {
                continue;
            }
            b.append(Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c);
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).replaceAll(" +", " ").strip();
    }
}
