package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.junit.jupiter.api.Test;

/** The lead of one claim of a long text, read from the lines before it only, is the lead read from the whole text's sentences. */
class ClaimLeadTest {

    private static final String[] SENTENCES = {
        "The ferry board met on Monday.", "Its chair, Dr. Ines Vale, said the crossing would open again soon.",
        "“We are not there yet,” she said.", "and the union agreed.", "Mr. Okafor of the harbour authority said the pier was safe.",
        "A long report followed, with figures for each of the twelve months of the year and a note on the weather in each.",
        "U.S. inspectors visited twice.", "Nothing was decided.",
        "The minutes listed " + "the pier, the gate, the ramp, ".repeat(90) + "and the old crane."};

    @Test
    void theLeadFromTheLinesBeforeTheClaimIsTheLeadFromTheWholeText() {
        Random random = new Random(5);
        StringBuilder b = new StringBuilder();
        while (b.length() < 3 * ClaimFacts.LONG_TEXT) {
            b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            int gap = random.nextInt(12);
            // Sentences run on, break lines, leave blank lines, and now and then a paragraph runs for thousands of characters.
            b.append(gap == 0 ? "\n" : gap == 1 ? "\n\n" : " ");
        }
        String text = b.toString();
        List<SentenceSpan> all = English.shared().sentences(text);
        int longLeads = 0;
        for (int i = 0; i < 400; i++) {
            int start = all.get(random.nextInt(all.size())).start() + (i % 3 == 0 ? random.nextInt(20) : 0);
            String whole = ClaimFacts.lead(text, all, start);
            assertEquals(whole, ClaimFacts.lead(text, start), "the claim at " + start);
            longLeads += whole.length() == 2000 ? 1 : 0;
        }
        // Claims right after a blank line, at the text's start, and past paragraphs of over 2,000 characters were all met.
        assertTrue(longLeads > 0, "some leads reach the 2,000-character limit");
        // A claim 2,000 characters into a long sentence that opens after a blank line: its lead starts in the blank line.
        int afterBlank = 0;
        for (SentenceSpan s : all) {
            if (s.end() - s.start() > 2100 && s.start() >= 2 && text.startsWith("\n\n", s.start() - 2)) {
                int start = s.start() - 1 + 2000;
                assertEquals(ClaimFacts.lead(text, all, start), ClaimFacts.lead(text, start), "the claim at " + start);
                afterBlank++;
            }
        }
        assertTrue(afterBlank > 0, "long sentences open after blank lines");
    }
}
