package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.claims.ClaimRow;
import org.junit.jupiter.api.Test;

/** Link to…'s list: another source's claims before the chosen claim's own source's, then by the words they share. */
class LinkPartnersOrderTest {

    private static ClaimRow row(long id, long article, long source, String words) {
        TextSpan span = new TextSpan(0, words.length());
        Claim c = new Claim(id, article, span, TextQuote.of(words, span), source, "", null, "", Instant.EPOCH, Instant.EPOCH);
        return new ClaimRow(c, "source " + source, "#000", "article " + article, "", 0, "", false);
    }

    @Test
    void anotherSourcesClaimComesBeforeTheSameSourcesEvenWithFewerWordsShared() {
        ClaimRow chosen = row(1, 1, 7, "The harbour board will keep two ferry crossings a day all winter");
        ClaimRow sameSide = row(2, 2, 7, "The harbour board keeps two ferry crossings a day this winter");
        ClaimRow otherSide = row(3, 2, 8, "Only one crossing a day will run from November, the union said");
        ClaimRow otherSideMoreWords = row(4, 3, 8, "Two ferry crossings a day are planned by the harbour board");
        List<ClaimRow> partners = LinkPartners.of(chosen.claim(), List.of(sameSide, otherSide, otherSideMoreWords));
        assertEquals(List.of(4L, 3L, 2L), partners.stream().map(ClaimRow::id).toList());
    }

    @Test
    void typingFindsWordsByTheirStartAsTheClaimsSearchDoes() {
        ClaimRow ready = row(1, 1, 7, "The ferry crews are ready to sail on Monday");
        ClaimRow already = row(2, 1, 8, "The board has already sold the old pier");
        assertEquals(true, LinkPartners.matches(ready, "ready"));
        assertEquals(false, LinkPartners.matches(already, "ready"), "\"ready\" inside \"already\" is no match");
        assertEquals(true, LinkPartners.matches(ready, "READY crew"), "case ignored, every word typed, each at a word's start");
        assertEquals(false, LinkPartners.matches(ready, "ready pier"));
        assertEquals(true, LinkPartners.matches(already, "source 8"), "its source's name too");
    }
}
