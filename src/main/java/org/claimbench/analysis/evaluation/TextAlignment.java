package org.claimbench.analysis.evaluation;

import org.claimbench.domain.TextSpan;

/**
 * Offsets of an original text carried into a cleaned copy of it, where cleaning only removed
 * characters or replaced one by another of the same role: importing makes line endings Unix ones,
 * a no-break space a space, drops blanks at line ends and outer blank lines, and collapses runs of
 * empty lines. The copy is walked beside the original; a character of the original that the copy
 * does not have at that point was removed.
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
        for (int i = 0; i < original.length(); i++) {
            toCopy[i] = j;
            if (j < copy.length() && same(original.charAt(i), copy.charAt(j))) {
                j++;
            }
        }
        toCopy[original.length()] = j;
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

    private static String squeeze(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
