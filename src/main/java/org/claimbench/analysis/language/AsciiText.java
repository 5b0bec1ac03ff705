package org.claimbench.analysis.language;

/**
 * Cheap tests run before a regular expression over a text: a pattern compiled with {@code (?i)} alone folds only
 * US-ASCII letters, so a text that, with its ASCII letters lowered, holds none of the words a pattern needs cannot
 * match it. The readers that run on every claim (dates, quantities) skip their patterns so (most claims name neither).
 */
public final class AsciiText {

    private AsciiText() {
    }

    /** The text with A-Z lowered to a-z and every other character as it is (same length, UTF-16 units). */
    public static String lower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = text.toCharArray();
                for (int j = i; j < out.length; j++) {
                    char d = out[j];
                    if (d >= 'A' && d <= 'Z') {
                        out[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(out);
            }
        }
        return text;
    }

    /** Whether a text holds any of the words (as substrings, compared as they are). */
    public static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text holds an ASCII digit 0-9 (what {@code \d} matches without UNICODE_CHARACTER_CLASS). */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
