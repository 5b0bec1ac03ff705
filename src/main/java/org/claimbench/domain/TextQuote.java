package org.claimbench.domain;

/**
 * The exact quote of a span with a little context on either side, kept beside the offsets so a
 * claim can be found again when the article text changes (the way Hypothesis re-anchors).
 */
public record TextQuote(String exact, String prefix, String suffix) {

    /** Characters of context stored on each side of a quote. */
    public static final int CONTEXT = 32;

    public static TextQuote of(String text, TextSpan span) {
        if (!span.fitsIn(text.length())) {
            throw new IllegalArgumentException("span " + span + " is outside a text of " + text.length() + " characters");
        }
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(text.length(), span.end() + CONTEXT);
        // Never cut a surrogate pair in half: a lone surrogate is not valid text in any export.
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new TextQuote(text.substring(span.start(), span.end()),
                text.substring(from, span.start()), text.substring(span.end(), to));
    }
}
