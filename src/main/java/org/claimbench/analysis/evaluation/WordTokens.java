package org.claimbench.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.TextSpan;

/**
 * The word tokens of a text for the attribution metrics: runs of letters and digits ("didn't" is
 * "didn" and "t"; punctuation and quotation marks are no tokens), so a span's words do not depend
 * on where its edges fall in the punctuation around it.
 */
final class WordTokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * English pronouns (personal, possessive, reflexive, relative and demonstrative: a closed class,
     * as listed in the Universal Dependencies English guidelines for PRON), for "a pronoun source".
     */
    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
            "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
            "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "that", "this", "these", "those", "one");

    /** Function words that do not make two names the same ("the", "of"); titles and names are content. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "to", "from",
            "by", "with", "s");

    private final List<TextSpan> tokens = new ArrayList<>();

    WordTokens(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new TextSpan(m.start(), m.end()));
        }
    }

    /** The indices of the tokens overlapping any of the fragments, in order, each once. */
    int[] within(List<TextSpan> fragments) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (TextSpan f : fragments) {
            for (int i = firstEndingAfter(f.start()); i < tokens.size() && tokens.get(i).start() < f.end(); i++) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Token F1 of two sorted token index sets: 2·|a ∩ b| / (|a| + |b|); 0 when both are empty. */
    static double f1(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    /** The lower-case content words of a string (no function words). */
    static Set<String> contentWords(String s) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!FUNCTION_WORDS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Whether every word of the string is a pronoun ("he", "they", "who"): a source the metric cannot judge by its words. */
    static boolean pronoun(String s) {
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        boolean any = false;
        while (m.find()) {
            if (!PRONOUNS.contains(m.group())) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
