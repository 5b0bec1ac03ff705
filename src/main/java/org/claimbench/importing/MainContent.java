package org.claimbench.importing;

import java.util.Optional;

import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main content of a web page, found as Mozilla's Readability finds it (Readability4J, its port
 * on jsoup), with the parts of today's Readability.js the port predates:
 * <ul>
 *   <li>nodes that are not probably visible are removed first (Readability's _isProbablyVisible:
 *       inline display:none or visibility:hidden, the hidden attribute, aria-hidden="true");</li>
 *   <li>a form that frames the page is unwrapped, not removed (the port removes every form, so a
 *       page whose body sits in one, as ASP.NET pages do, had no text);</li>
 *   <li>elements whose role is unlikely to be the article's (Readability.js's UNLIKELY_ROLES,
 *       the role given by an attribute or, for aside and nav, by the element) are dropped with the
 *       other unlikely candidates, and asides inside the article (pull quotes, "most read" teasers)
 *       are removed, as Readability.js's _prepArticle does.</li>
 * </ul>
 */
final class MainContent {

    private MainContent() {
    }

    /*
     * The class and id patterns of today's Readability.js (REGEXPS), where the port's are older: MathJax
     * and "content" are likely candidates (a MathJax formula's classes name its context menu), and
     * "foot", "footnote" and "tool" are no longer signs of clutter.
     */
    private static final String UNLIKELY_CANDIDATES = "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
            + "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
            + "ad-break|agegate|pagination|pager|popup|yom-remote";
    private static final String OK_MAYBE_ITS_A_CANDIDATE = "and|article|body|column|content|main|mathjax|shadow";
    private static final String NEGATIVE = "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
            + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    /** Readability.js's default charThreshold: an article shorter than this (in characters) is looked for again with fewer rules. */
    private static final int CHAR_THRESHOLD = 500;

    /**
     * The article element of a page, or empty when the page has no content Readability can score.
     * Readability's sieve: the content is looked for with all its rules, then without stripping
     * unlikely candidates, without class weights, without conditional cleaning; the first article
     * of {@link #CHAR_THRESHOLD} characters or more is taken, else the longest found. (The port runs
     * this sieve itself but keeps the shortest, and restores the page from the whole document's
     * HTML between tries; it is run here with its threshold at zero, once per set of rules, each on
     * a copy of the page.) The page itself only loses the nodes it hides and the empty
     * wrappers Readability drops anyway ({@link EmptyWrappers}).
     */
    static Optional<Element> of(Document page) {
        for (Element e : page.getAllElements()) {
            if (e != page && e.parent() != null && HtmlText.isHiddenByMarkup(e)) {
                e.remove();
            }
        }
        EmptyWrappers.prune(page);
        boolean[][] sieve = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        Element longest = null;
        int longestLength = -1;
        for (boolean[] rules : sieve) {
            Document doc = page.clone();
            Element content;
            try {
                content = grab(doc, new ArticleGrabberOptions(rules[0], rules[1], rules[2]));
            } catch (RuntimeException e) {
                // The port fails on some shapes of page (e.g. a top candidate without a parent): no article with these rules.
                content = null;
            }
            int length = content == null ? 0 : content.text().length();
            if (length >= CHAR_THRESHOLD) {
                return Optional.of(content);
            }
            if (content != null && length > longestLength) {
                longest = content;
                longestLength = length;
            }
        }
        return longestLength > 0 ? Optional.of(longest) : Optional.empty();
    }

    private static Element grab(Document doc, ArticleGrabberOptions rules) {
        RegExUtil regEx = new RegExUtil(UNLIKELY_CANDIDATES, OK_MAYBE_ITS_A_CANDIDATE,
                RegExUtil.PositiveDefaultPattern, NEGATIVE, RegExUtil.ExtraneousDefaultPattern,
                RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
                RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
                RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
        ReadabilityOptions options = new ReadabilityOptions(0, ReadabilityOptions.DEFAULT_N_TOP_CANDIDATES, 0, java.util.List.of());
        Readability4J readability = new Readability4J(doc.location(), doc, options, regEx, new FormsKept(regEx),
                new MetadataParser(regEx), new AsidesRemoved(options, regEx, rules), new TextOnly());
        return readability.parse().getArticleContent();
    }

    /**
     * Readability4J's preparation, except for forms: a form that holds most of the page's text is
     * the page's frame (ASP.NET Web Forms put the whole body in one), so it is unwrapped and its
     * content scored like any other; other forms (search, newsletter, comment forms) are removed as
     * Readability4J removes them.
     */
    private static final class FormsKept extends Preprocessor {

        FormsKept(RegExUtil regEx) {
            super(regEx);
        }

        @Override
        protected void removeForms(Document document) {
            int page = document.body() == null ? 0 : document.body().text().length();
            for (Element form : document.select("form")) {
                if (form.parent() == null) {
                    continue;
                }
                if (form.text().length() * 2 >= page) {
                    form.unwrap();
                } else {
                    form.remove();
                }
            }
        }
    }

    /** Only the text is kept, so links and classes need no post-processing (which also logs an error for a page without a URL). */
    private static final class TextOnly extends Postprocessor {

        @Override
        public void postProcessContent(Document originalDocument, Element articleContent, String articleUri,
                                       java.util.Collection<String> additionalClassesToPreserve) {
            // nothing to do for text
        }
    }

    /** Readability's article clean-up, with asides removed as Readability.js does. */
    private static final class AsidesRemoved extends ArticleGrabber {

        private final ArticleGrabberOptions rules;

        AsidesRemoved(ReadabilityOptions options, RegExUtil regEx, ArticleGrabberOptions rules) {
            super(options, regEx);
            this.rules = rules;
        }

        @Override
        public Element grabArticle(Document doc, net.dankito.readability4j.model.ArticleMetadata metadata,
                                   ArticleGrabberOptions ignored, Element pageElement) {
            if (rules.getStripUnlikelyCandidates()) {
                // Readability.js's UNLIKELY_ROLES, given explicitly or by the element (HTML-AAM: aside is
                // complementary, nav is navigation).
                doc.select("[role~=^(menu|menubar|complementary|navigation|alert|alertdialog|dialog)$], aside, nav").remove();
            }
            return super.grabArticle(doc, metadata, rules, pageElement);
        }

        @Override
        protected void prepArticle(Element articleContent, ArticleGrabberOptions options,
                                   net.dankito.readability4j.model.ArticleMetadata metadata) {
            articleContent.select("aside").remove();
            super.prepArticle(articleContent, options, metadata);
        }
    }
}
