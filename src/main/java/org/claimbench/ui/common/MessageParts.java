package org.claimbench.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A status message said in fewer words where the line is short: the window's messages say the essential first (what was
 * done) and then what else may help ("Ctrl+Z undoes it.", "· Next: a suggested claim of Press"), so the message is cut
 * between its parts, from the end, never inside one: the line reads whole sentences instead of losing its middle to "…".
 * A part ends at a sentence's end (". " before a capital letter or a digit, also "?" and "!", and a quotation closing its sentence) or before " · ", never
 * inside quotation marks or brackets (a quoted claim's own sentences stay together).
 */
public final class MessageParts {

    private static final String DOT = " · ";

    private MessageParts() {
    }

    /**
     * The message and its shorter phrasings, longest first: the whole, then the whole without its last part, and so on down
     * to its first part alone; a message of one part gives a list of one. Blank or null gives [""].
     */
    public static List<String> phrasings(String message) {
        if (message == null || message.isBlank()) {
            return List.of("");
        }
        List<Integer> ends = ends(message);
        List<String> out = new ArrayList<>();
        out.add(message);
        for (int i = ends.size() - 1; i >= 0; i--) {
            String shorter = message.substring(0, ends.get(i)).strip();
            if (!shorter.isEmpty() && !shorter.equals(out.get(out.size() - 1))) {
                out.add(shorter);
            }
        }
        return out;
    }

    /** Where each part but the last ends (exclusive): after a sentence's closing mark, or before " · ". */
    private static List<Integer> ends(String m) {
        List<Integer> ends = new ArrayList<>();
        int quotes = 0;
        int brackets = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '“') {
                quotes++;
            } else if (c == '”') {
                quotes = Math.max(0, quotes - 1);
                // A quotation that closes its own sentence (“… in May.” or a cut one, “… accepting a tru…”) ends the part.
                if (quotes == 0 && brackets == 0 && i > 0 && ".?!…".indexOf(m.charAt(i - 1)) >= 0 && startsSentence(m, i + 1)) {
                    ends.add(i + 1);
                }
            } else if (c == '(') {
                brackets++;
            } else if (c == ')') {
                brackets = Math.max(0, brackets - 1);
            }
            if (quotes > 0 || brackets > 0) {
                continue;
            }
            if (m.startsWith(DOT, i)) {
                ends.add(i);
            } else if ((c == '.' || c == '?' || c == '!') && startsSentence(m, i + 1) && !abbreviation(m, i)) {
                ends.add(i + 1);
            }
        }
        return ends;
    }

    /** Whether a sentence starts after {@code at}: a space, then a capital letter or a digit. */
    private static boolean startsSentence(String m, int at) {
        return at + 1 < m.length() && m.charAt(at) == ' ' && (Character.isUpperCase(m.charAt(at + 1)) || Character.isDigit(m.charAt(at + 1)));
    }

    /** A dot that ends a short word with a capital ("Mr. Lee", "U.S. officials") or an ellipsis's dots ends no sentence. */
    private static boolean abbreviation(String m, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(m.charAt(start - 1))) {
            start--;
        }
        String word = m.substring(start, dot);
        return word.isEmpty() || word.endsWith(".") || (word.length() <= 3 && Character.isUpperCase(word.charAt(0)))
                || word.contains(".");
    }
}
