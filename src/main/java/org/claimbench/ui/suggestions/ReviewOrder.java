package org.claimbench.ui.suggestions;

import java.util.Comparator;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The order the suggested contradictions are listed in, as the list's words say it (the empty list's placeholder, the
 * same-event hint, the Score column's tooltip, the detail under the list): pairs of two sources' claims ("two sides'
 * accounts") first, then pairs of one source's claims with each other, each part by score, highest first. The list takes
 * this order when it is listed afresh and when it first comes into sight after that; while the user reviews it, rows keep
 * their places (issue 14), new pairs coming after them. A fact-checker's first list opened with Press against Press and
 * Kremlin against Kremlin pairs above the Kremlin–Ukraine ones, 0.08 above 0.15, under "two sides' accounts first" (stop 61):
 * the pairs found as claims were accepted one by one had come in the order they were found.
 */
final class ReviewOrder {

    /** What the order is, in the words the list's column and detail use. */
    static final String SAYS = "two sides' accounts first (claims of two sources), then one side's claims with each other, each by score, highest first";

    /** Two sides' pairs before one side's; then by score, highest first (ties keep their order: a stable sort). */
    static final Comparator<ContradictionSuggestionRow> ORDER = Comparator.comparing((ContradictionSuggestionRow r) -> !twoSides(r))
            .thenComparing(r -> -r.suggestion().score());

    private ReviewOrder() {
    }

    /** Whether the pair's claims are of two sources. */
    static boolean twoSides(ContradictionSuggestionRow r) {
        return r.a().sourceId() != r.b().sourceId();
    }

    /**
     * The Score column's header tells the list's order, and that rows keep their places under review. The tooltip is found
     * through the column's graphic, a label of the column's own title that the header shows in place of its text (claimbench.css,
     * {@code .explained-column}), and put on the header cell that holds it: a header rebuilt (the theme switched, the columns reordered, the table's skin made again)
     * shows the column's graphic again, where a tooltip installed on the header node found when the view was built was lost
     * with that node (review finding 14). The column's text stays its title, for the tables' code and for screen readers.
     */
    static void explainOn(TableColumn<ContradictionSuggestionRow, ?> score) {
        Tooltip says = new Tooltip("How strongly the signals point to a contradiction, 0 to 1. The list: " + SAYS + ". While you review,"
                + " rows keep their places (a pair scored again keeps its place with its new score) and new pairs come at the end.");
        says.setWrapText(true);
        says.setMaxWidth(420);
        Label title = new Label();
        title.textProperty().bind(score.textProperty());
        title.setId("scoreHeader");
        // Said to screen readers on the word and (explainHeaderAround) its header: a tooltip is a control's accessible help
        // only while it has it, and the word gives it up to its header, where Tooltip.install gives none (review64c 3).
        title.accessibleHelpProperty().bind(says.textProperty());
        score.setGraphic(title);
        score.getStyleClass().add("explained-column");
        // The whole header cell says it, not only its word: a user pointing at the header's empty part got nothing (issue 14,
        // stop 62). The header is found from the title each time the title comes into a scene, so that a header built again
        // (the theme, the columns moved, a new skin) is given it too; the word keeps it only while it is in no header.
        title.sceneProperty().addListener((o, was, now) -> explainHeaderAround(title, says));
        title.parentProperty().addListener((o, was, now) -> explainHeaderAround(title, says));
        explainHeaderAround(title, says);
    }

    /**
     * Installs {@code says} on the table header cell that holds {@code title}, once per header, and takes it off the word:
     * one node shows it, so the pointer going from the header's empty part onto the word is not a new node's tooltip to
     * hide and start again (review63b 8). Out of any header, the word has it.
     */
    private static void explainHeaderAround(Label title, Tooltip says) {
        for (javafx.scene.Node n = title.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader header) {
                // Our own mark of a header given it: installed twice, its mouse handlers would run twice.
                if (header.getProperties().put(EXPLAINED, Boolean.TRUE) == null) {
                    Tooltip.install(header, says);
                    header.accessibleHelpProperty().bind(says.textProperty());
                }
                title.setTooltip(null);
                return;
            }
        }
        title.setTooltip(says);
    }

    /** The key among a header's properties that says it has been given the Score's tooltip. */
    private static final String EXPLAINED = "claimbench.scoreExplained";
}
