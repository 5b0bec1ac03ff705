package org.claimbench.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/**
 * HTML: only the text a reader sees, with paragraphs kept; scripts, styles, navigation, headers,
 * footers, forms and asides dropped. Title, site name, author, date, URL and language come from
 * the page's metadata (Open Graph, article:*, standard meta tags) when it has them.
 */
final class HtmlFormat implements ArticleFormat {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "hr", "address");

    @Override
    public ArticleDraft parse(String content, String fileName) {
        Document doc = Jsoup.parse(content);
        ArticleMetadata metadata = metadata(doc, fileName);
        doc.select(DROPPED).remove();
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = doc.selectFirst("main");
        }
        if (body == null) {
            body = doc.body();
        }
        String text = Texts.normalise(visibleText(body));
        if (metadata.title().equals("Untitled article")) {
            metadata = metadata.withTitle(Texts.titleFrom(text, fileName));
        }
        return new ArticleDraft(metadata, text);
    }

    /** Text with a blank line between blocks and a line break at each br, as a browser lays it out. */
    private static String visibleText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(sb, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        blockBreak(sb);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    blockBreak(sb);
                }
            }
        }, root);
        return sb.toString();
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(ch);
            }
        }
    }

    private static void blockBreak(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() > 0 && !sb.toString().endsWith("\n\n")) {
            sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    private static ArticleMetadata metadata(Document doc, String fileName) {
        String title = first(meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"), doc.title());
        if (title.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        String outlet = first(meta(doc, "property", "og:site_name"), meta(doc, "name", "application-name"), meta(doc, "name", "publisher"));
        String author = first(meta(doc, "name", "author"), meta(doc, "property", "article:author"), meta(doc, "name", "byl").replaceFirst("(?i)^by\\s+", ""));
        String url = first(meta(doc, "property", "og:url"), attr(doc, "link[rel=canonical]", "href"));
        String lang = first(attr(doc, "html", "lang"), meta(doc, "property", "og:locale"));
        LocalDate published = date(first(meta(doc, "property", "article:published_time"), meta(doc, "name", "date"),
                meta(doc, "name", "publish-date"), meta(doc, "itemprop", "datePublished"), attr(doc, "time[datetime]", "datetime")));
        return new ArticleMetadata(title.isBlank() ? null : title, outlet, author, url, published, lang, "");
    }

    private static String meta(Document doc, String attribute, String value) {
        Element e = doc.selectFirst("meta[" + attribute + "=" + value + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** Accepts "2025-07-03", "2025-07-03T14:00:00Z" and "2025-07-03T14:00:00+03:00". */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
