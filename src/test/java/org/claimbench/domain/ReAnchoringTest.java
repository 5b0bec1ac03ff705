package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReAnchoringTest {

    static final String TEXT = "The Kremlin said the call lasted two and a half hours. "
            + "Trump wrote that the meeting was a fine start.\n\nZelensky said Kyiv was not consulted. "
            + "Peskov said the talks were useful. Later Peskov said the talks were useful again.";

    private static Claim claim(String text, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(quote, at + 1);
        }
        TextSpan span = new TextSpan(at, at + quote.length());
        return new Claim(1, 1, span, TextQuote.of(text, span), 1, "", null, "", Instant.EPOCH, Instant.EPOCH);
    }

    private static String at(String text, ReAnchoring.Result r) {
        TextSpan s = r.span().orElseThrow();
        return text.substring(s.start(), s.end());
    }

    @Test
    void anEditBeforeTheClaimShiftsIt() {
        Claim c = claim(TEXT, "the meeting was a fine start", 1);
        String edited = TEXT.replace("The Kremlin said", "According to its readout, the Kremlin said");
        ReAnchoring.Result r = new ReAnchoring(TEXT, edited).reanchor(c);
        assertEquals(ReAnchoring.How.POSITION, r.how());
        assertEquals("the meeting was a fine start", at(edited, r));
    }

    @Test
    void anEditAfterTheClaimLeavesItInPlace() {
        Claim c = claim(TEXT, "the call lasted two and a half hours", 1);
        String edited = TEXT.replace("Kyiv was not consulted", "Kyiv had not been consulted at all");
        ReAnchoring.Result r = new ReAnchoring(TEXT, edited).reanchor(c);
        assertEquals(ReAnchoring.How.POSITION, r.how());
        assertEquals(c.span(), r.span().orElseThrow());
    }

    @Test
    void anEditInsideTheClaimIsFollowedFuzzily() {
        Claim c = claim(TEXT, "the call lasted two and a half hours", 1);
        String edited = TEXT.replace("the call lasted two and a half hours", "the call lasted nearly two and a half hours");
        ReAnchoring.Result r = new ReAnchoring(TEXT, edited).reanchor(c);
        assertEquals(ReAnchoring.How.FUZZY, r.how());
        assertEquals("the call lasted nearly two and a half hours", at(edited, r));
        assertEquals("the call lasted nearly two and a half hours", r.quote().orElseThrow().exact());
    }

    @Test
    void aTypoFixedInsideTheQuoteIsFollowed() {
        String typo = TEXT.replace("consulted", "consultde");
        Claim c = claim(typo, "Kyiv was not consultde", 1);
        ReAnchoring.Result r = new ReAnchoring(typo, TEXT).reanchor(c);
        assertEquals(ReAnchoring.How.FUZZY, r.how());
        assertEquals("Kyiv was not consulted", at(TEXT, r));
    }

    @Test
    void aDeletedPassageLeavesAnOrphan() {
        Claim c = claim(TEXT, "Zelensky said Kyiv was not consulted.", 1);
        String edited = TEXT.replace("Zelensky said Kyiv was not consulted. ", "");
        ReAnchoring.Result r = new ReAnchoring(TEXT, edited).reanchor(c);
        assertEquals(ReAnchoring.How.ORPHAN, r.how());
        assertTrue(r.span().isEmpty());
        assertEquals(c, r.claim(), "the orphan keeps its quote to be re-placed or deleted");
    }

    @Test
    void aMovedParagraphIsFoundByItsQuote() {
        Claim c = claim(TEXT, "Trump wrote that the meeting was a fine start.", 1);
        String first = TEXT.substring(0, TEXT.indexOf("\n\n"));
        String second = TEXT.substring(TEXT.indexOf("\n\n") + 2);
        String moved = second + "\n\n" + first;
        ReAnchoring.Result r = new ReAnchoring(TEXT, moved).reanchor(c);
        assertTrue(r.how() == ReAnchoring.How.QUOTE || r.how() == ReAnchoring.How.POSITION, r.how().toString());
        assertEquals("Trump wrote that the meeting was a fine start.", at(moved, r));
    }

    @Test
    void theSameQuoteTwiceKeepsTheRightOne() {
        Claim second = claim(TEXT, "Peskov said the talks were useful", 2);
        String edited = "Update: " + TEXT.replace("Zelensky said", "Zelensky told reporters");
        ReAnchoring.Result r = new ReAnchoring(TEXT, edited).reanchor(second);
        assertEquals(edited.lastIndexOf("Peskov said the talks were useful"), r.span().orElseThrow().start());
        String swapped = TEXT.replace("Later Peskov said the talks were useful again.", "Later, again: Peskov said the talks were useful again.");
        ReAnchoring.Result q = new ReAnchoring(TEXT, swapped).reanchor(second);
        assertEquals(swapped.lastIndexOf("Peskov said the talks were useful"), q.span().orElseThrow().start(), q.how().toString());
    }
}
