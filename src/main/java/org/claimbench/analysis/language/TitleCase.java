package org.claimbench.analysis.language;

import java.util.List;

/**
 * Whether a line is written in headline style, where every word but short function words is capitalised (The Associated
 * Press Stylebook, "headlines"; The Chicago Manual of Style, 17th ed., 8.159), or all in capitals: there a word's capital
 * says nothing of its class (a name, a verb, an adjective alike). Read from the tokens' text (UTF-16, as written).
 */
public final class TitleCase {

    /** The share of a line's words of four letters or more that must be capitalised for it to be in title case. */
    static final double SHARE = 0.8;

    /** The fewest words of four letters or more a title-case line has (a name alone, "Ana Ruiz", says nothing). */
    static final int WORDS = 3;

    private TitleCase() {
    }

    /** Whether the words of four letters or more are at least three and nearly all capitalised ({@link #SHARE}). */
    public static boolean of(List<Token> t) {
        int words = 0;
        int capitalised = 0;
        for (Token x : t) {
            String w = x.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= WORDS && capitalised >= SHARE * words;
    }
}
