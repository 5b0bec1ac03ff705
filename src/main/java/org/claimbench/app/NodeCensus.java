package org.claimbench.app;

import java.util.Map;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Counts the nodes of a scene graph by where they sit and what they are, for the start-up's phases
 * ({@code -Dclaimbench.startupPhases=true}): what the first styling and layout pass has to style,
 * skin and lay out. Read on the JavaFX thread (or before the graph is in a window that shows).
 */
final class NodeCensus {

    private NodeCensus() {
    }

    /**
     * The nodes under root, root included, by "ID/ClassName", where ID is the id of the nearest node
     * above with one (empty for none; root's own id counts for its children, not for itself) and
     * ClassName the node's simple class name (empty for an anonymous class); counted whether shown or not.
     */
    static Map<String, Integer> of(Node root) {
        Map<String, Integer> counts = new TreeMap<>();
        count(root, "", counts);
        return counts;
    }

    private static void count(Node node, String within, Map<String, Integer> counts) {
        counts.merge(within + "/" + node.getClass().getSimpleName(), 1, Integer::sum);
        if (node instanceof Parent parent) {
            String inner = node.getId() != null ? node.getId() : within;
            for (Node child : parent.getChildrenUnmodifiable()) {
                count(child, inner, counts);
            }
        }
    }
}
