package org.claimbench.analysis;

import java.util.regex.Pattern;

/** What kind of sentence a sentence of an article is: a statement, a line of its own, a line with no full stop. */
final class SentenceKinds {

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(skip to content|news|updated|home|share|previous post.*|next post.*"
            + "|stats|advertisement|read more.*|\\d+ min( read)?|by .{0,40}|[•·].*|\\d{1,2}/\\d{1,2}/\\d{2,4})$");
    static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(is|are|was|were|will|would|has|have|had|can|could|must|should|may|might"
            + "|does|did|do|been|be|went|said|told|made|took|gave|came|met|spoke|saw|knew|thought|felt|got|found|left|kept|held|began"
            + "|brought|became|ran|put|set|won|lost|think|know|want|need|see|believe|hope|agree|say|feel|expect|\\p{L}+ed|\\p{L}+s)\\b");

    private SentenceKinds() {
    }

    /** Whether anything but white space comes after the sentence (read up to the first such character, not copied). */
    static boolean textFollows(String text, Sentence s) {
        for (int i = s.end(); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that is the whole of its line. */
    static boolean aloneOnItsLine(String text, Sentence s) {
        boolean lineStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
        int end = s.end();
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return lineStart && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
    }

    /** A sentence standing alone on its line with no closing punctuation: a headline-like line. */
    static boolean unpunctuatedLine(String text, Sentence s) {
        String t = s.text().strip();
        return aloneOnItsLine(text, s) && !t.isEmpty() && ".!?\"”’»:;…)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** A sentence that states something: long enough, with a verb, not a question or web boilerplate. */
    static boolean statement(Sentence s) {
        String t = s.text().strip();
        int end = t.length();
        while (end > 0 && "\"“”'’‘»)".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && t.charAt(end - 1) == '?' || BOILERPLATE.matcher(t).matches()) {
            return false;
        }
        return Words.count(t) >= 5 && FINITE_VERB.matcher(t).find();
    }
}
