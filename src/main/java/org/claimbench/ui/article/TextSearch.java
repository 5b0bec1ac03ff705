package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.domain.TextSpan;

/** Where a phrase stands in a text, ignoring case (offsets in UTF-16 units of the text). */
public final class TextSearch {

    private TextSearch() {
    }

    /** Every place of the phrase, in order, not overlapping; none for a blank phrase. */
    public static List<TextSpan> hits(String text, String phrase) {
        String q = phrase == null ? "" : phrase.strip();
        if (q.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        // Lower-casing keeps the length of nearly every text (a few letters, like the Turkish dotted İ, do not): then search the text as it is.
        String t = text.toLowerCase(Locale.ROOT);
        String p = q.toLowerCase(Locale.ROOT);
        boolean sameLength = t.length() == text.length() && p.length() == q.length();
        List<TextSpan> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int i = sameLength ? t.indexOf(p, at) : indexIgnoringCase(text, q, at);
            if (i < 0) {
                return out;
            }
            out.add(new TextSpan(i, i + q.length()));
            at = i + q.length();
        }
    }

    private static int indexIgnoringCase(String text, String q, int from) {
        for (int i = from; i + q.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, q, 0, q.length())) {
                return i;
            }
        }
        return -1;
    }
}
