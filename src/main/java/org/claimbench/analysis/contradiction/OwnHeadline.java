package org.claimbench.analysis.contradiction;

/**
 * Whether a pair sets an article's headline against a claim of that article's own body. A news headline sums up the story its
 * body tells (it and the lead state the text's main topics, the body gives them in detail: van Dijk, News as Discourse, 1988,
 * ch. 2; Bell, The Language of News Media, 1991, ch. 9, the headline as an abstract of the lead). So what a headline says is said
 * again, with its source, in its body: a conflict between the headline and a body claim is either a conflict the body holds itself
 * (the headline's claim against the other side's, both in the body) or the article telling one account twice. Such a pair is not two
 * sides that the article sets side by side for its reader ({@link ContradictionSuggester#accounts}), and it ranks as a pair of two
 * articles does. Across articles a headline is one outlet's account like any other claim and is compared as usual.
 *
 * <p>A claim is on the headline when it lies on its article's first line and that line reads as one ({@link
 * ClaimFacts#onHeadline}: no full stop, colon, semicolon or comma at its end, the Paste dialog's test, docs/formats.md); a text
 * whose first line is its lede (a pasted text whose headline became its title, a page whose headline Readability left out) or
 * a text of one line has no headline here. Two claims both on the headline are compared as usual.
 */
final class OwnHeadline {

    private OwnHeadline() {
    }

    /** Whether one of two claims of one article is on its headline and the other is not. */
    static boolean setAgainstItsBody(ClaimFacts a, ClaimFacts b) {
        return a.articleId() == b.articleId() && a.headline() != b.headline();
    }

    /** The reason line a suggestion shows for such a pair. */
    static final String NOTE = "(One of the two is its article's headline, which sums up that article's own account: ranked as a"
            + " pair of two articles, not as two sides its article sets side by side.)";
}
