package org.claimbench.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text as a multiset of its words, the unit content-extraction benchmarks compare (e.g. the
 * CleanEval and Mozilla Readability comparisons score bag-of-words precision and recall). A word is
 * a run of letters, digits and combining marks, lower-cased after NFC; a Han, kana or Thai
 * character is a word of its own, since those scripts write no spaces between words.
 */
public record BagOfWords(Map<String, Integer> counts, int size) {

    public static BagOfWords of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        int size = 0;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int len = Character.charCount(cp);
            if (!isWordChar(cp)) {
                i += len;
                continue;
            }
            int end = i + len;
            if (!isOwnWord(cp)) {
                while (end < t.length()) {
                    int next = t.codePointAt(end);
                    if (!isWordChar(next) || isOwnWord(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                }
            }
            counts.merge(t.substring(i, end), 1, Integer::sum);
            size++;
            i = end;
        }
        return new BagOfWords(Map.copyOf(counts), size);
    }

    /** Words both bags hold, counted as often as the smaller count. */
    public int overlap(BagOfWords other) {
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            n += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    /** Precision, recall and F1 of this (extracted) text against the expected one; two empty texts agree fully. */
    public Score against(BagOfWords expected) {
        if (size == 0 && expected.size == 0) {
            return new Score(1, 1, 1);
        }
        int common = overlap(expected);
        double p = size == 0 ? 0 : (double) common / size;
        double r = expected.size == 0 ? 0 : (double) common / expected.size;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public record Score(double precision, double recall, double f1) {
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isOwnWord(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
