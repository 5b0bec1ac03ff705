package org.claimbench.domain;

/** How a line of text ends: as a sentence or a lead-in, or as a headline does. */
public final class LineEnds {

    private LineEnds() {
    }

    /**
     * Whether a line ends as a sentence or a lead-in does, in a full stop, a colon, a semicolon or a comma (perhaps inside
     * closing quotation marks or brackets): news headlines take none of these (a question's or an exclamation's mark they
     * may), so such a line is a body's, not a headline. False for a blank line.
     */
    public static boolean asSentence(String line) {
        String l = line.strip();
        int end = l.length();
        while (end > 0 && "\"'”’)]".indexOf(l.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".…:;,".indexOf(l.charAt(end - 1)) >= 0;
    }
}
