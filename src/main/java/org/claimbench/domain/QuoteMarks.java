package org.claimbench.domain;

/**
 * Quotation marks around quoted words, once: a claim that is itself a quotation (its words begin
 * and end with quotation marks) is shown as it is, not as ““…””.
 */
public final class QuoteMarks {

    /** Opening marks: English curly and straight, single and double; guillemets; low-9 (German, Polish). */
    private static final String OPENING = "“\"‘'«»„‚";
    /** Closing marks, likewise. */
    private static final String CLOSING = "”\"’'»«“‘";

    private QuoteMarks() {
    }

    /** The words in curly double quotation marks, unless they stand in quotation marks already. */
    public static String quoted(String words) {
        return quoted(words, Integer.MAX_VALUE);
    }

    /**
     * The same, on one line and with at most max characters (UTF-16 units) inside the marks: longer
     * words are cut with "…" inside them, so the closing mark stays.
     */
    public static String quoted(String words, int max) {
        String s = words == null ? "" : words.strip().replace('\n', ' ');
        boolean already = s.length() >= 2 && OPENING.indexOf(s.charAt(0)) >= 0 && CLOSING.indexOf(s.charAt(s.length() - 1)) >= 0;
        String open = already ? s.substring(0, 1) : "“";
        String close = already ? s.substring(s.length() - 1) : "”";
        String inside = already ? s.substring(1, s.length() - 1) : s;
        if (inside.length() > max) {
            inside = inside.substring(0, Math.max(0, max - 1)) + "…";
        }
        return open + inside + close;
    }
}
