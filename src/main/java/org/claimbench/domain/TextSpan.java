package org.claimbench.domain;

/** A half-open range [start, end) of UTF-16 indices into an article's text. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /**
     * Whether the two spans mark mostly the same words: they overlap by half the longer one or more.
     * A short claim inside a long one (the outlet's aside in someone's statement) is another claim.
     */
    public boolean marksMostlyTheSameAs(TextSpan other) {
        int overlap = Math.min(end, other.end) - Math.max(start, other.start);
        return overlap > 0 && overlap * 2 >= Math.max(length(), other.length());
    }

    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    /**
     * The span widened to whole characters of the text: a start or end between the two UTF-16 units
     * of a character outside the Basic Multilingual Plane (an emoji, 𝔗) moves outwards, so a quote
     * never holds half a character.
     */
    public TextSpan wholeCharactersOf(String text) {
        int s = start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start;
        int e = end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
        return s == start && e == end ? this : new TextSpan(s, e);
    }
}
