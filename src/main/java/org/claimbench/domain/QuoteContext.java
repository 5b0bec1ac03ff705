package org.claimbench.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Where a claim's quote stands in a text by its words and their company: the exact occurrences of the quote whose
 * surroundings still hold its stored prefix and suffix (the way Hypothesis finds a TextQuoteSelector again). Offsets are
 * UTF-16 indices of the text searched. Used by {@link ReAnchoring} after an edit, by the workspace to put a claim back on
 * its words, and by the annotation import to check a given place.
 */
public final class QuoteContext {

    private QuoteContext() {
    }

    /**
     * Among the exact occurrences of a quote in a text whose context fits (see {@link #contextFits}),
     * the one whose context fits best, then the nearest to near (a UTF-16 offset). Empty when the
     * words are not there, or only in other company.
     */
    public static Optional<TextSpan> locate(String newText, TextQuote quote, int near) {
        return locate(newText, quote, near, false, -1, Integer.MAX_VALUE);
    }

    /**
     * As {@link #locate(String, TextQuote, int)}; strict: the words are ambiguous (they stand more than
     * once), so the context must fit on each side, not only on the two together; the place must
     * start after {@code after} and before {@code before}.
     */
    static Optional<TextSpan> locate(String newText, TextQuote quote, int near, boolean strict, int after, int before) {
        return locate(newText, quote, near, strict, after, before, Set.of());
    }

    /** As above, never at a start in {@code excluded} (another speaker's identical words). */
    static Optional<TextSpan> locate(String newText, TextQuote quote, int near, boolean strict, int after, int before,
                                     Set<Integer> excluded) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        TextSpan best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = newText.indexOf(exact); i >= 0; i = newText.indexOf(exact, i + 1)) {
            if (i <= after || i >= before || excluded.contains(i)) {
                continue;
            }
            int score = contextScore(newText, i, i + exact.length(), quote);
            if (!contextFits(score, quote) || (strict && !eachSideFits(newText, i, i + exact.length(), quote))) {
                continue;
            }
            int distance = Math.abs(i - near);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = new TextSpan(i, i + exact.length());
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many characters of the stored prefix and suffix stand right before and after [start, end) of text. */
    public static int contextScore(String text, int start, int end, TextQuote quote) {
        return commonSuffix(text.substring(Math.max(0, start - quote.prefix().length()), start), quote.prefix())
                + commonPrefix(text.substring(end, Math.min(text.length(), end + quote.suffix().length())), quote.suffix());
    }

    /**
     * Whether a context score shows the quote's own place: at least half of the stored context
     * (prefix and suffix together) is there. Identical words elsewhere (the same phrase said by
     * another speaker) share at most a few characters of it.
     */
    public static boolean contextFits(int score, TextQuote quote) {
        int stored = quote.prefix().length() + quote.suffix().length();
        return score * 2 >= stored;
    }

    private static boolean eachSideFits(String text, int start, int end, TextQuote quote) {
        int before = commonSuffix(text.substring(Math.max(0, start - quote.prefix().length()), start), quote.prefix());
        int after = commonPrefix(text.substring(end, Math.min(text.length(), end + quote.suffix().length())), quote.suffix());
        return before * 2 >= quote.prefix().length() && after * 2 >= quote.suffix().length();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
