package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/** The text area's style runs cut at multi-unit grapheme clusters where a range holds a supplementary character. */
class ClusterRunsTest {

    private static StyleSpans<String> one(String style, int length) {
        return new StyleSpansBuilder<String>().add(style, length).create();
    }

    private static List<String> runs(String text, int from, StyleSpans<String> spans) {
        List<String> out = new ArrayList<>();
        int at = from;
        for (StyleSpan<String> s : spans) {
            out.add(text.substring(at, at + s.getLength()) + "|" + s.getStyle());
            at += s.getLength();
        }
        return out;
    }

    @Test
    void aRunHoldingACombiningMarkAndAnEmojiIsCutAroundEachCluster() {
        String text = "Cafe\u0301 hours \uD83D\uDE42 stay.";
        StyleSpans<String> split = ClusterRuns.split(text, 0, one("s", text.length()));
        assertEquals(List.of("Caf|s", "e\u0301|s;", " hours |s", "\uD83D\uDE42|s;;", " stay.|s"), runs(text, 0, split));
        assertEquals(text.length(), split.length(), "the same units, styled as before");
    }

    @Test
    void aRangeWithNoSupplementaryCharacterKeepsItsRuns() {
        String text = "Cafe\u0301 hours stay. \uD83D\uDE42";
        StyleSpans<String> spans = one("s", 11);
        assertSame(spans, ClusterRuns.split(text, 0, spans), "the emoji lies outside the range restyled");
    }
}
