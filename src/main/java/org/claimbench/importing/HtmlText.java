package org.claimbench.importing;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as a browser shows it, after the HTML Standard's rendered-text
 * algorithm (the innerText getter, "rendered text collection steps"): what is not rendered is left
 * out (scripts, styles, templates, form controls, elements hidden by the hidden attribute,
 * aria-hidden or an inline display:none / visibility:hidden); blanks collapse as CSS collapses them
 * except in pre and white-space:pre; a br is a line break; a table cell is followed by a tab unless
 * it is its row's last, and each row is a line; a block is a line of its own. One departure for
 * reading and marking: paragraph-level blocks (p, headings, block quotes, pre, lists, tables,
 * figures) are set apart by an empty line, where innerText gives p alone two line breaks.
 */
final class HtmlText {

    /** Not rendered, or rendered as a control or an embedded object rather than as text. */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "head", "title", "meta", "link",
            "svg", "canvas", "iframe", "object", "embed", "video", "audio", "textarea", "select", "option", "datalist", "button",
            "input", "map", "area", "source", "track", "param", "frameset", "frame");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "listing",
            "xmp", "plaintext", "figure", "table", "ul", "ol", "dl", "menu", "dir", "hr", "address");
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "main", "header", "footer", "nav", "aside", "li",
            "dt", "dd", "tr", "caption", "figcaption", "form", "fieldset", "legend", "details", "summary", "center", "body", "html",
            "hgroup", "search", "dialog");
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "xmp", "plaintext");

    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;
    private int preformatted;

    private HtmlText() {
    }

    /** The rendered text of {@code root}: lines end in U+000A, blanks are not yet normalised (see {@link Texts#normalise}). */
    static String visibleText(Element root) {
        HtmlText t = new HtmlText();
        t.element(root);
        return t.out.toString();
    }

    /** Whether an element is left out of the text: not rendered as text, or hidden by its markup. */
    static boolean isHidden(Element e) {
        return NOT_TEXT.contains(e.normalName()) || isHiddenByMarkup(e);
    }

    /**
     * Whether the page hides an element (Readability.js _isProbablyVisible, negated): the hidden
     * attribute, aria-hidden="true", an inline display:none or visibility:hidden, a closed dialog.
     */
    static boolean isHiddenByMarkup(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        if (e.normalName().equals("dialog") && !e.hasAttr("open")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.matches("(^|.*;)display:none(!important)?(;.*|$)") || s.matches("(^|.*;)visibility:(hidden|collapse)(!important)?(;.*|$)");
    }

    private void element(Element e) {
        if (isHidden(e)) {
            return;
        }
        String name = e.normalName();
        if (name.equals("br")) {
            flushBreaks();
            out.append('\n');
            return;
        }
        int breaks = PARAGRAPHS.contains(name) ? 2 : BLOCKS.contains(name) ? 1 : 0;
        require(breaks);
        if ((name.equals("td") || name.equals("th")) && hasCellBefore(e)) {
            flushBreaks();
            out.append('\t');
        }
        boolean pre = PREFORMATTED.contains(name) || e.attr("style").replaceAll("\\s+", "").toLowerCase(Locale.ROOT).matches(".*white-space:pre.*");
        if (pre) {
            preformatted++;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text(t.getWholeText());
            } else if (child instanceof Element c) {
                element(c);
            }
        }
        if (pre) {
            preformatted--;
        }
        require(breaks);
    }

    private static boolean hasCellBefore(Element cell) {
        for (Element s = cell.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (s.normalName().equals("td") || s.normalName().equals("th")) {
                return true;
            }
        }
        return false;
    }

    private void text(String s) {
        if (preformatted > 0) {
            if (!s.isEmpty()) {
                flushBreaks();
                out.append(s);
            }
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
                // Collapsible white space (CSS Text: only these; a no-break space is not collapsed).
                if (pendingBreaks == 0 && out.length() > 0) {
                    char last = out.charAt(out.length() - 1);
                    if (last != ' ' && last != '\n' && last != '\t') {
                        out.append(' ');
                    }
                }
            } else {
                flushBreaks();
                out.append(ch);
            }
        }
    }

    private void require(int breaks) {
        pendingBreaks = Math.max(pendingBreaks, breaks);
    }

    /** Before visible content: the line breaks the blocks around it asked for, none at the very start. */
    private void flushBreaks() {
        if (pendingBreaks == 0) {
            return;
        }
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
        if (n > 0) {
            int have = 0;
            while (have < n && out.charAt(n - 1 - have) == '\n') {
                have++;
            }
            for (int i = have; i < pendingBreaks; i++) {
                out.append('\n');
            }
        }
        pendingBreaks = 0;
    }
}
