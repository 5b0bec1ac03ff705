package org.claimbench.importing;

import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/**
 * Markdown (CommonMark with GitHub's tables): the text a reader sees in the rendered page and
 * nothing more. Link text without its target, an image by its alt text, code without backticks
 * or quotes, block quotes without marks, a soft line break as the space a browser shows, each
 * table row a line with its cells apart, inline HTML as the text it shows. Title: the first heading.
 */
final class MarkdownFormat implements ArticleFormat {

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Override
    public ArticleDraft parse(String content, String fileName) {
        Node doc = parser.parse(content);
        String text = Texts.normalise(readerText(doc));
        String title = null;
        for (Node n = doc.getFirstChild(); n != null && title == null; n = n.getNext()) {
            if (n instanceof Heading h) {
                title = Texts.normalise(readerText(h));
            }
        }
        return new ArticleDraft(ArticleMetadata.titled(title != null && !title.isBlank() ? title : Texts.titleFrom(text, fileName)), text);
    }

    private static String readerText(Node root) {
        ReaderText visitor = new ReaderText();
        root.accept(visitor);
        return visitor.out.toString();
    }

    /** Writes the visible text of each node: blocks apart by a blank line, list items and table rows by a line break. */
    private static final class ReaderText extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlInline html) {
            if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
                out.append('\n');
            }
        }

        @Override
        public void visit(HtmlBlock html) {
            block(() -> out.append(HtmlText.visibleText(org.jsoup.Jsoup.parseBodyFragment(html.getLiteral()).body())));
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(() -> visitChildren(paragraph));
        }

        @Override
        public void visit(Heading heading) {
            block(() -> visitChildren(heading));
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            block(() -> visitChildren(blockQuote));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(() -> out.append(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(() -> out.append(code.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            block(() -> { });
        }

        @Override
        public void visit(ListItem item) {
            // A tight list's items are paragraphs too; one line each.
            line();
            for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Paragraph p) {
                    visitChildren(p);
                    line();
                } else {
                    n.accept(this);
                }
            }
            line();
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                block(() -> visitChildren(block));
            } else {
                visitChildren(block);
            }
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow) {
                line();
                visitChildren(node);
                line();
            } else if (node instanceof TableCell cell) {
                if (cell.getPrevious() != null) {
                    out.append('\t');
                }
                visitChildren(cell);
            } else {
                visitChildren(node);
            }
        }

        private void block(Runnable content) {
            blankLine();
            content.run();
            blankLine();
        }

        private void line() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void blankLine() {
            line();
            if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
        }
    }
}
