package org.claimbench.analysis.attribution;

import org.claimbench.domain.TextSpan;

/** Span edges as a claim is marked: no outer white space, quotation marks or closing punctuation. */
final class Spans {

    private static final String OPENING = "\"“‘«'([";
    private static final String CLOSING = "\"”’»',;:.!?)]";

    private Spans() {
    }

    /** [start, end) without outer white space, quotation marks and end punctuation; null when nothing is left. */
    static TextSpan trimmed(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || OPENING.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || CLOSING.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        int marker = referenceMarker(text, start, end);
        if (marker >= 0) {
            return trimmed(text, start, marker);
        }
        if (end > start && !balanced(text, start, end)) {
            // A quotation opened inside keeps its closing mark: «he called it “a farce.”» ends on the mark.
            int e = end;
            while (e < text.length() && e < end + 3 && "\"”.,".indexOf(text.charAt(e)) >= 0) {
                if (text.charAt(e) == '”' || text.charAt(e) == '"') {
                    end = e + 1;
                    break;
                }
                e++;
            }
        }
        return end > start ? new TextSpan(start, end) : null;
    }

    /**
     * Where a reference marker that ends [start, end) begins: a bracket and one to three digits ("[2", its closing bracket
     * trimmed already), as text copied from a web page keeps its footnote and citation markers ("… would flow to taxpayers [2]."):
     * no word of the claim. -1 when the range ends otherwise.
     */
    private static int referenceMarker(String text, int start, int end) {
        int i = end;
        while (i > start && end - i < 3 && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        return i < end && i > start && text.charAt(i - 1) == '[' ? i - 1 : -1;
    }

    /** Whether the range [start, end) is a line of its own: a line break (or the text's edge) on each side. */
    static boolean aloneOnLine(String text, int start, int end) {
        return (start == 0 || text.charAt(start - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
    }

    private static boolean opensParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j >= 0 && text.charAt(j) == '\n';
    }

    private static boolean balanced(String text, int start, int end) {
        int straight = 0;
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '“') && opensParagraph(text, i)) {
                // A quotation going on in a new paragraph repeats its opening mark and closes once, at its end.
                continue;
            }
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            }
        }
        return straight % 2 == 0 && open == 0;
    }
}
