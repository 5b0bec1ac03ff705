package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.TextSpan;

/**
 * The quoted passages of a text: from an opening quotation mark to its closing one, across
 * sentences (a quote of several sentences is attributed once, at its end or its start). Curly
 * marks open and close; straight double quotes alternate within a paragraph.
 */
final class QuotedPassages {

    private QuotedPassages() {
    }

    static List<TextSpan> find(String text) {
        List<TextSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || c == '«') {
                open = i;
            } else if ((c == '”' || c == '»') && open >= 0) {
                add(out, open, i + 1);
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    add(out, open, i + 1);
                    open = -1;
                }
            }
        }
        return out;
    }

    private static void add(List<TextSpan> out, int start, int end) {
        if (end - start >= 3) {
            out.add(new TextSpan(start, end));
        }
    }
}
