package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * A claim's words end before a reference marker that text copied from a web page keeps ("… both towns [1]."): the marker is
 * the page's footnote, no word of what was said (analyst54 accepted a claim ending in "[2"). Brackets with words stay.
 */
class ReferenceMarkersTest {

    @Test
    void aFootnoteMarkerAtTheEndIsNoPartOfTheClaim() {
        String text = "The port authority said that the new fees would be shared by both towns [1]. Next.";
        int start = text.indexOf("the new");
        int end = text.indexOf(" Next");
        assertEquals("the new fees would be shared by both towns", quote(text, Spans.trimmed(text, start, end)));
        String two = "The council said the fees would fall on the ferry line alone [12][13]";
        assertEquals("the fees would fall on the ferry line alone", quote(two, Spans.trimmed(two, two.indexOf("the fees"), two.length())));
    }

    @Test
    void bracketsThatHoldWordsOrAYearStay() {
        String words = "The council said the fees [on freight] would fall";
        assertEquals("the fees [on freight] would fall", quote(words, Spans.trimmed(words, words.indexOf("the fees"), words.length())));
        String year = "The council said the levy dates from [1998]";
        assertEquals("the levy dates from [1998", quote(year, Spans.trimmed(year, year.indexOf("the levy"), year.length())),
                "four digits are no footnote marker (its closing bracket is trimmed as closing punctuation, as before)");
    }

    private static String quote(String text, TextSpan s) {
        return text.substring(s.start(), s.end());
    }
}
