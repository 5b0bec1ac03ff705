package org.claimbench.domain;

import java.util.Optional;

/** Finds an exact quote in a text, e.g. for `claimbench claim add --quote`. */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /** The span of the n-th (1-based) occurrence of quote in text. */
    public static Optional<TextSpan> find(String text, String quote, int occurrence) {
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

    public static int count(String text, String quote) {
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
