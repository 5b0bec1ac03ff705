package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;

class StyledTextsTest {

    @Test
    void spansAcrossParagraphsLandWhereTheEditableDocumentPutsThem() {
        String text = "First paragraph here.\n\nSecond, after an empty line.\nThird\n";
        StyleSpans<String> spans = new StyleSpansBuilder<String>()
                .add("", 6).add("a", 20).add("", 2).add("b", 30).add("", text.length() - 58).create();
        assertSame(StyledTexts.slowly(text, spans), StyledTexts.document(text, spans));
    }

    @Test
    void randomTextsAndSpansGiveTheSameDocumentBothWays() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(12) == 0 ? '\n' : (char) ('a' + random.nextInt(26)));
            }
            StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
            int at = 0;
            while (at < length) {
                int n = Math.min(length - at, 1 + random.nextInt(40));
                b.add(random.nextBoolean() ? "" : "s" + random.nextInt(3), n);
                at += n;
            }
            if (length == 0) {
                b.add("", 0);
            }
            StyleSpans<String> spans = b.create();
            assertSame(StyledTexts.slowly(text.toString(), spans), StyledTexts.document(text.toString(), spans));
        }
    }

    /** Same text, paragraph by paragraph, and the same style on every character. */
    private static void assertSame(StyledDocument<String, String, String> expected, StyledDocument<String, String, String> actual) {
        assertEquals(expected.getText(), actual.getText());
        assertEquals(expected.getParagraphs().size(), actual.getParagraphs().size());
        for (int p = 0; p < expected.getParagraphs().size(); p++) {
            assertEquals(styles(expected.getParagraphs().get(p)), styles(actual.getParagraphs().get(p)), "paragraph " + p);
        }
    }

    private static List<String> styles(Paragraph<String, String, String> paragraph) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<String> s : paragraph.getStyleSpans()) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }
}
