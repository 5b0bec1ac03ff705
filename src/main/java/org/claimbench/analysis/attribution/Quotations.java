package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.TextSpan;

/**
 * The quotations of a text, marks included: from an opening quotation mark to its closing one,
 * over several sentences, and over several paragraphs by the news convention (a paragraph that
 * goes on quoting leaves its quotation open and the next one opens with a quotation mark again).
 * Curly marks (“ ” and « ») open and close, and a straight mark or an opening mark typed after a
 * word closes too ("…," he said after “…); straight double quotes alternate within a paragraph,
 * and so do two apostrophes ('') as some newspapers' systems write them (``, the TeX opening, opens).
 * Single quotation marks are left alone: they nest inside double ones and double as apostrophes.
 */
final class Quotations {

    private final List<TextSpan> spans;

    private Quotations(List<TextSpan> spans) {
        this.spans = spans;
    }

    static Quotations of(String text) {
        List<TextSpan> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (open >= 0) {
                    if (next < text.length() && opens(text, next)) {
                        // The quotation goes on in the next paragraph, which repeats the opening mark.
                        i = next + (text.startsWith("''", next) || text.startsWith("``", next) ? 2 : 1);
                        continue;
                    }
                    add(out, open, lastNonSpace(text, i));
                    open = -1;
                }
                i = next;
                continue;
            }
            // Two apostrophes or two backticks (looked for only at one: two string comparisons at every character were a
            // some 7 % of the claim suggestions' samples, docs/speed.md round 32).
            int doubled = (c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c ? 2 : 1;
            if (doubled == 2) {
                if (open < 0) {
                    open = i;
                    straight = true;
                } else if (straight && text.charAt(i) == '\'') {
                    add(out, open, i + 2);
                    open = -1;
                }
                i += 2;
                continue;
            }
            if ((c == '“' || c == '«') && open >= 0 && closesWord(text, i)) {
                // Typed with the wrong mark: “…here,“ closes (a mark right after a word, before a space, ends a quotation).
                add(out, open, i + 1);
                open = -1;
            } else if (c == '“' || c == '«') {
                if (open < 0) {
                    open = i;
                    straight = false;
                }
            } else if ((c == '”' || c == '»') && open >= 0) {
                add(out, open, i + 1);
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                    straight = true;
                } else {
                    // A straight mark closes a curly one too: “…in the world," he said.
                    add(out, open, i + 1);
                    open = -1;
                }
            }
            i++;
        }
        if (open >= 0) {
            add(out, open, lastNonSpace(text, text.length()));
        }
        return new Quotations(out);
    }

    private static boolean closesWord(String text, int i) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return afterWord && beforeSpace;
    }

    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '«' || c == '"' || text.startsWith("''", i) || text.startsWith("``", i);
    }

    private static int nextParagraphStart(String text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void add(List<TextSpan> out, int start, int end) {
        if (end - start >= 3) {
            out.add(new TextSpan(start, end));
        }
    }

    List<TextSpan> all() {
        return spans;
    }

    /** The quotation holding the offset (marks included), or null. */
    TextSpan around(int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Whether the offset lies strictly inside a quotation (not on its marks). */
    boolean inside(int offset) {
        TextSpan q = around(offset);
        return q != null && offset > q.start() && offset < q.end() - 1;
    }

    /** The quotation opening at the offset, or null. */
    TextSpan openingAt(int offset) {
        TextSpan q = around(offset);
        return q != null && q.start() == offset ? q : null;
    }

    /** The quotation whose closing mark ends at the offset (exclusive), or null. */
    TextSpan closingAt(int end) {
        TextSpan q = around(end - 1);
        return q != null && q.end() == end ? q : null;
    }
}
