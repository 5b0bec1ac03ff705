package org.claimbench.analysis.language;

/**
 * Where a sentence is, before it is tokenised.
 *
 * @param start     UTF-16 index into the text, inclusive (no leading white space)
 * @param end       UTF-16 index, exclusive (no trailing white space)
 * @param paragraph the index of its line among the text's non-blank lines, from 0
 */
public record SentenceSpan(int start, int end, int paragraph) {
}
