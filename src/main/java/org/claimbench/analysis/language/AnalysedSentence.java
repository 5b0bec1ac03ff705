package org.claimbench.analysis.language;

import java.util.List;

/**
 * A sentence with its tokens.
 *
 * @param start     where the sentence starts in the analysed text (UTF-16 index, inclusive; no leading white space)
 * @param end       where it ends (UTF-16 index, exclusive; no trailing white space)
 * @param paragraph which paragraph of the text it is in: the index of its line among the text's non-blank lines, from 0
 * @param text      the sentence's characters, exactly as in the text
 * @param tokens    its tokens in order, offsets into the whole text (not into the sentence)
 */
public record AnalysedSentence(int start, int end, int paragraph, String text, List<Token> tokens) {

    public AnalysedSentence {
        tokens = List.copyOf(tokens);
    }

    /** The token covering the offset (a UTF-16 index into the whole text), or -1 when the offset falls between tokens. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
