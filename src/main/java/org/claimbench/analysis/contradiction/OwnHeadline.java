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
 * <p>A claim's line is read from its lead ({@link ClaimFacts#lead}: the text before it from the start of the sentence before its
 * own, which never runs across a line break): a claim whose lead is all the text before it and holds no line break is on its
 * article's first line, where an imported text keeps its headline (docs/formats.md). The headline is that line when the other
 * claim is not on it; two claims both on the first line (an article of one line, or a headline and its own second clause) are
 * compared as usual. Known limits: the first line is taken for the headline without reading it, so where a text's first line
 * is its lede (a pasted text whose headline became its title, docs/formats.md; a page whose headline Readability left out and
 * no h1 restored), that line's claims against the body are ranked as two articles' pairs; and in an article written as one line,
 * a claim of its first sentence against one of its third or later reads as a headline pair.
 */
final class OwnHeadline {

    private OwnHeadline() {
    }

    /** Whether one of two claims of one article is on its first line (its headline) and the other is not. */
    static boolean setAgainstItsBody(ClaimFacts a, ClaimFacts b) {
        return a.articleId() == b.articleId() && onFirstLine(a) != onFirstLine(b);
    }

    /** Whether a claim lies on its article's first line (see the class's note); false when its place is unknown. */
    static boolean onFirstLine(ClaimFacts c) {
        return c.start() >= 0 && c.start() == c.lead().length() && c.lead().indexOf('\n') < 0;
    }

    /** The reason line a suggestion shows for such a pair. */
    static final String NOTE = "(One of the two is its article's headline, which sums up that article's own account: ranked as a"
            + " pair of two articles, not as two sides its article sets side by side.)";
}
