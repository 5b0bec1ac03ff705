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
     * words are cut with "…" inside them, so the closing mark stays; the cut never splits a character of two units.
     */
    public static String quoted(String words, int max) {
        String s = words == null ? "" : words.strip().replace('\n', ' ');
        boolean already = s.length() >= 2 && OPENING.indexOf(s.charAt(0)) >= 0 && CLOSING.indexOf(s.charAt(s.length() - 1)) >= 0;
        String open = already ? s.substring(0, 1) : "“";
        String close = already ? s.substring(s.length() - 1) : "”";
        String inside = already ? s.substring(1, s.length() - 1) : s;
        inside = withoutLoneEdgeMark(inside);
        if (inside.length() > max) {
            int cut = Math.max(0, max - 1);
            // Never between the two units of one character (an emoji, a rare script's letter): half of it shows as a box.
            if (cut > 0 && Character.isHighSurrogate(inside.charAt(cut - 1))) {
                cut--;
            }
            inside = inside.substring(0, cut) + "…";
        }
        return open + inside + close;
    }

    /**
     * The words quoted as {@link #quoted(String, int)} does, closing a sentence: a full stop after the closing mark unless
     * the words end with their own (".", "!", "?", "…" before the mark: “… surrender.” not “… surrender.”.).
     */
    public static String endingSentence(String words, int max) {
        String q = quoted(words, max);
        char last = q.length() >= 2 ? q.charAt(q.length() - 2) : ' ';
        return q + (".!?…".indexOf(last) >= 0 ? "" : ".");
    }

    /** Double quotation marks, straight and curly, counted together for balance. */
    private static final String DOUBLE = "\"“”";

    /**
     * Words cut out of a quotation may hold one of its marks whose partner lies outside them ("… are reached\"", "that
     * \"the pier …"): shown inside our own marks they read unbalanced. A lone double mark at either end is left out of the
     * shown form; one inside is matched at the far end (the quotation goes on past the words). The claim's words
     * themselves are not changed.
     */
    private static String withoutLoneEdgeMark(String inside) {
        long marks = inside.chars().filter(c -> DOUBLE.indexOf(c) >= 0).count();
        if (marks % 2 == 0 || inside.length() < 2) {
            return inside;
        }
        if (DOUBLE.indexOf(inside.charAt(inside.length() - 1)) >= 0) {
            return inside.substring(0, inside.length() - 1).stripTrailing();
        }
        if (DOUBLE.indexOf(inside.charAt(0)) >= 0) {
            return inside.substring(1).stripLeading();
        }
        if (marks == 1) {
            int at = indexOfAny(inside);
            char m = inside.charAt(at);
            boolean opening = m == '“' || m == '"' && Character.isWhitespace(inside.charAt(at - 1));
            return opening ? inside + (m == '“' ? "”" : "\"") : (m == '”' ? "“" : "\"") + inside;
        }
        return inside;
    }

    private static int indexOfAny(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DOUBLE.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
