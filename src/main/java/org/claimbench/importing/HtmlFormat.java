package org.claimbench.importing;

import java.util.Optional;

import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML: the page's article ({@link MainContent}, as Mozilla's Readability finds it) as a browser
 * shows its text ({@link HtmlText}), with the page's metadata ({@link PageMetadata}). When the
 * article's own header holds its headline and Readability left it out, the headline leads the text.
 * A page Readability finds no article in (a fragment, a bare list) gives all its visible text.
 */
final class HtmlFormat implements ArticleFormat {

    @Override
    public ArticleDraft parse(String content, String fileName) {
        return parse(content, fileName, "");
    }

    /** A page fetched from {@code url} (blank for a file): links and the metadata's URL resolve against it. */
    ArticleDraft parse(String content, String fileName, String url) {
        Document doc = Jsoup.parse(content, url);
        ArticleMetadata metadata = PageMetadata.read(doc, url);
        // MainContent scores copies of the page; the page itself only loses what it hides.
        Optional<Element> article = MainContent.of(doc);
        String text = article.map(a -> Texts.normalise(HtmlText.visibleText(a))).orElse("");
        if (text.isEmpty()) {
            text = Texts.normalise(HtmlText.visibleText(doc.body()));
        }
        text = withHeadline(text, metadata.title(), doc);
        if (metadata.title().equals("Untitled article")) {
            metadata = metadata.withTitle(Texts.titleFrom(text, fileName));
        }
        return new ArticleDraft(metadata, text);
    }

    /**
     * The text led by the article's headline when the page marks it as one (an h1 whose text is the
     * title) and the text does not hold it already: a reader sees it above the article.
     */
    private static String withHeadline(String text, String title, Document page) {
        if (text.isEmpty() || text.contains(title)) {
            return text;
        }
        for (Element h1 : page.select("h1")) {
            String headline = Texts.normalise(HtmlText.visibleText(h1));
            if (headline.equals(title)) {
                return headline + "\n\n" + text;
            }
        }
        return text;
    }
}
