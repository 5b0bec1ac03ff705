package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Round 46 (stop 54): an article's headline against a claim of its own body ranks as a pair of two articles, not as two sides
 * the article sets side by side ({@link OwnHeadline}), and says so in its reason; two sides in the body keep their place, and a
 * headline against another article's claim is compared as any claim. Sentences of our own: a harbour council and a dredging
 * lease.
 */
class OwnHeadlineTest {

    private static final ContradictionSuggester SUGGESTER = new ContradictionSuggester();
    private static final String EVENT = "the council's vote";
    private static final String DENIAL = "The harbour council has not approved the dredging lease";

    /** The port's account, in the body of article 1 (a line of its own after the headline and a first paragraph). */
    private static final ClaimFacts APPROVED = new ClaimFacts(10, 1, 140, 187, "The harbour council approved the dredging lease",
            "Ferry crews waited at the quay all morning.\n", "Port", EVENT);

    private static ContradictionSuggestion scored(ClaimFacts a, ClaimFacts b) {
        return SUGGESTER.score(a, b).orElseThrow(() -> new AssertionError("no conflict found"));
    }

    /** The outlet's denial in article {@code article}, at {@code start} after {@code lead}; on the headline when it starts the text. */
    private static ClaimFacts denial(long id, long article, int start, String lead) {
        return new ClaimFacts(id, article, start, start + DENIAL.length(), DENIAL, lead, "Press", EVENT).withHeadline(start == 0);
    }

    @Test
    void aHeadlineAgainstItsOwnBodyRanksAsTwoArticlesDoAndSaysWhy() {
        ContradictionSuggestion headline = scored(denial(1, 1, 0, ""), APPROVED);
        ContradictionSuggestion inBody = scored(denial(2, 1, 60, "Fishermen met on Monday. "), APPROVED);
        assertEquals(inBody.score() * ContradictionSuggester.TWO_ARTICLES / ContradictionSuggester.SIDE_BY_SIDE, headline.score(), 1e-9);
        assertTrue(headline.explanation().endsWith(OwnHeadline.NOTE), headline.explanation());
        assertFalse(inBody.explanation().contains(OwnHeadline.NOTE), inBody.explanation());
    }

    @Test
    void twoSidesInTheBodyAndAHeadlineAgainstAnotherArticleAreComparedAsBefore() {
        double inBody = scored(denial(2, 1, 60, "Fishermen met on Monday. "), APPROVED).score();
        double bodyElsewhere = scored(denial(3, 2, 60, "Fishermen met on Monday. "), APPROVED).score();
        ContradictionSuggestion headlineElsewhere = scored(denial(4, 2, 0, ""), APPROVED);
        assertEquals(inBody * ContradictionSuggester.TWO_ARTICLES / ContradictionSuggester.SIDE_BY_SIDE, bodyElsewhere, 1e-9);
        assertEquals(bodyElsewhere, headlineElsewhere.score(), 1e-9);
        assertFalse(headlineElsewhere.explanation().contains(OwnHeadline.NOTE));
    }

    @Test
    void aFirstLineIsAHeadlineOnlyWhenItReadsAsOneAndABodyFollows() {
        String headline = "Harbour council has not approved the dredging lease\nThe harbour council approved the dredging lease, the port said.";
        String lede = "The harbour council has not approved the dredging lease, fishermen said.\nThe port said it had.";
        String oneLine = "The harbour council has not approved the dredging lease. The port said it had.";
        assertTrue(ClaimFacts.onHeadline(headline, 0, 20), "a first line with no full stop, a body below it");
        assertFalse(ClaimFacts.onHeadline(headline, 60, 80), "a claim of the body");
        assertFalse(ClaimFacts.onHeadline(lede, 0, 20), "a first line that ends in a full stop is the lede (a pasted text's title left it)");
        assertFalse(ClaimFacts.onHeadline(oneLine, 0, 20), "a text of one line has no headline above a body");
        assertTrue(ClaimFacts.onHeadline("Has the council approved the lease?\nNo, the port said.", 0, 10), "a question may be a headline");

        // Two claims of an article whose first line is its lede are compared as two sides in one article.
        ClaimFacts onTheLede = denial(5, 3, 0, "").withHeadline(false);
        double inBody = scored(denial(2, 1, 60, "Fishermen met on Monday. "), APPROVED).score();
        ContradictionSuggestion both = scored(onTheLede, new ClaimFacts(11, 3, 140, 187, "The harbour council approved the dredging lease",
                "Ferry crews waited at the quay all morning.\n", "Port", EVENT));
        assertFalse(OwnHeadline.setAgainstItsBody(onTheLede, APPROVED));
        assertFalse(both.explanation().contains(OwnHeadline.NOTE));
        assertEquals(inBody, both.score(), 1e-9);
    }
}
