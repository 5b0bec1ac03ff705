package org.claimbench.domain;

import java.util.Optional;

/**
 * Finds a quote in a text, e.g. for `claimbench claim add --quote`: as given, else in the form an
 * imported text has ({@link TextNormaliser#quote}), so a quote copied from a CRLF file, with no-break
 * spaces or decomposed accents, finds the words of the article.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /** The span of the n-th (1-based) occurrence of quote in text. */
    public static Optional<TextSpan> find(String text, String quote, int occurrence) {
        Optional<TextSpan> exact = findExactly(text, quote, occurrence);
        return exact.isPresent() || countExactly(text, quote) > 0 ? exact : findExactly(text, TextNormaliser.quote(quote), occurrence);
    }

    /** How many times the quote occurs: as given if it occurs at all, else in its normalised form. */
    public static int count(String text, String quote) {
        int n = countExactly(text, quote);
        return n > 0 ? n : countExactly(text, TextNormaliser.quote(quote));
    }

    private static Optional<TextSpan> findExactly(String text, String quote, int occurrence) {
        if (quote.isEmpty() || occurrence < 1) {
            return Optional.empty();
        }
        int from = 0;
        int found = -1;
        for (int i = 0; i < occurrence; i++) {
            found = text.indexOf(quote, from);
            if (found < 0) {
                return Optional.empty();
            }
            from = found + 1;
        }
        return Optional.of(new TextSpan(found, found + quote.length()));
    }

    private static int countExactly(String text, String quote) {
        if (quote.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            n++;
        }
        return n;
    }
}
