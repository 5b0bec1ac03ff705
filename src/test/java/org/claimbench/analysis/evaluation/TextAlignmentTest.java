package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

class TextAlignmentTest {

    private static TextSpan of(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    @Test
    void spansFollowTheTextThroughWhatAnImportRemovesOrComposes() {
        // Windows line endings, a zero-width space, a no-break space and "e" with a combining accent.
        String original = "Opening line\r\n\r\n\r\nThe caf\u0065\u0301 will\u200b close,\u00A0the owner said.";
        String copy = "Opening line\n\nThe caf\u00E9 will close, the owner said.";
        TextAlignment a = new TextAlignment(original, copy);
        TextSpan said = of(original, "the owner said");
        TextSpan mapped = a.map(said);
        assertEquals("the owner said", copy.substring(mapped.start(), mapped.end()));
        TextSpan close = of(original, "The caf\u0065\u0301 will\u200b close");
        assertEquals("The caf\u00E9 will close", copy.substring(a.map(close).start(), a.map(close).end()));
        assertTrue(a.faithful(close));
    }
}
