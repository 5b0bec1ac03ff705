package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessagePartsTest {

    @Test
    void aMessageIsShortenedFromItsEndBetweenSentencesAndBeforeTheDot() {
        assertEquals(List.of("Marked a claim of Harbour board: “fees rise”. Ctrl+Z undoes it. · Next: a suggested claim of Press",
                        "Marked a claim of Harbour board: “fees rise”. Ctrl+Z undoes it.",
                        "Marked a claim of Harbour board: “fees rise”."),
                MessageParts.phrasings("Marked a claim of Harbour board: “fees rise”. Ctrl+Z undoes it. · Next: a suggested claim of Press"));
    }

    @Test
    void quotedSentencesBracketsAbbreviationsAndPathsAreNeverSplit() {
        assertEquals(List.of("Marked a claim of Press: “The pier shut. It opens in May.” Ctrl+Z undoes it.",
                        "Marked a claim of Press: “The pier shut. It opens in May.”"),
                MessageParts.phrasings("Marked a claim of Press: “The pier shut. It opens in May.” Ctrl+Z undoes it."));
        assertEquals(List.of("Linked (a note. Of two sentences) and more"), MessageParts.phrasings("Linked (a note. Of two sentences) and more"));
        assertEquals(List.of("Speaker: Mr. Lee of the U.S. Navy"), MessageParts.phrasings("Speaker: Mr. Lee of the U.S. Navy"));
        assertEquals(List.of("No browser opened the report: it is at /home/ana/v.2. Reports/a.html"),
                MessageParts.phrasings("No browser opened the report: it is at /home/ana/v.2. Reports/a.html"));
    }

    @Test
    void aCountAfterASentenceStartsANewPartAndABlankMessageHasOnePhrasing() {
        assertEquals(List.of("Marked 9 claims. 3 wait.", "Marked 9 claims."), MessageParts.phrasings("Marked 9 claims. 3 wait."));
        assertEquals(List.of(""), MessageParts.phrasings(null));
        assertEquals(List.of(""), MessageParts.phrasings("  "));
    }
}
