package org.claimbench.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the elements Readability removes as "without content" before it scores a page, in one
 * pass and in bulk per parent: a div, section, header or h1–h6 whose text is blank and whose only
 * child elements are br and hr (Readability.js's _isElementWithoutContent, used by its
 * _grabArticle). Wrappers emptied this way go too, innermost first; the words a reader sees do not
 * change (only the line breaks of the br and hr removed with them).
 *
 * <p>Why here: the port removes them one at a time while it walks the page, and each removal makes
 * jsoup re-number the parent's other children. A page nested deeper than jsoup's tree depth limit
 * (512) is parsed into one parent with tens of thousands of empty children, and that walk became
 * quadratic (a page of 200,000 nested divs took about 100 s; now 5 s). This pass is linear in the elements.
 */
final class EmptyWrappers {

    private static final Set<String> REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    private EmptyWrappers() {
    }

    /**
     * Removes the empty wrappers under {@code root} (never {@code root} itself).
     *
     * @return how many elements were removed with their (blank) content
     */
    static int prune(Element root) {
        List<Element> preorder = new ArrayList<>();
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            preorder.add(e);
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                todo.push(e.child(i));
            }
        }
        Set<Element> empty = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int removed = 0;
        for (int i = preorder.size() - 1; i >= 0; i--) {
            Element e = preorder.get(i);
            List<Node> kept = new ArrayList<>(e.childNodeSize());
            for (Node n : e.childNodes()) {
                if (!(n instanceof Element child && empty.contains(child))) {
                    kept.add(n);
                }
            }
            if (kept.size() < e.childNodeSize()) {
                removed += e.childNodeSize() - kept.size();
                e.empty();
                e.appendChildren(kept);
            }
            if (e != root && REMOVABLE.contains(e.normalName()) && withoutContent(kept)) {
                empty.add(e);
            }
        }
        return removed;
    }

    /** Blank text and no child element other than br and hr. */
    private static boolean withoutContent(List<Node> children) {
        for (Node n : children) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
            if (n instanceof Element c && !c.normalName().equals("br") && !c.normalName().equals("hr")) {
                return false;
            }
        }
        return true;
    }
}
