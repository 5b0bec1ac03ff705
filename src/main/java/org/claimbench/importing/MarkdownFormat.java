package org.claimbench.importing;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** Markdown: the text a reader sees (no #, *, link targets), title from the first heading. */
final class MarkdownFormat implements ArticleFormat {

    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().build();

    @Override
    public ArticleDraft parse(String content, String fileName) {
        Node doc = parser.parse(content);
        String text = Texts.normalise(renderer.render(doc));
        String title = null;
        for (Node n = doc.getFirstChild(); n != null && title == null; n = n.getNext()) {
            if (n instanceof Heading h) {
                title = Texts.normalise(renderer.render(h));
            }
        }
        return new ArticleDraft(ArticleMetadata.titled(title != null && !title.isBlank() ? title : Texts.titleFrom(text, fileName)), text);
    }
}
