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
     * Whether a claim marked on these words settles a suggested claim on {@code suggested} (it is then listed no more, as
     * when its very words are marked): the claim covers at least half of the suggestion's words (UTF-16 units; most of
     * them, so what is left of the suggestion is no more than what the user chose), or lies wholly inside them, the part
     * of the statement the user judged worth checking. A claim over a few words at the edge of a suggestion, mostly
     * outside it, leaves it listed: that is another statement beside it.
     */
    public boolean settles(TextSpan suggested) {
        int overlap = Math.min(end, suggested.end) - Math.max(start, suggested.start);
        return overlap > 0 && (overlap * 2 >= suggested.length() || start >= suggested.start && end <= suggested.end);
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
