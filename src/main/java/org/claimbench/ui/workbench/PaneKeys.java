package org.claimbench.ui.workbench;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.claimbench.ui.article.ArticlePaneView;

/**
 * The pane keys pressed where the keyboard is not in a pane. The hints say "select words and press 1–5", but after a
 * click on the sources' legend, its + button or another button of the window the keyboard stayed there and the digit did
 * nothing (newcomer33: "press 1–7" after adding a source). A digit that no control took (a field, a combo box, a table and
 * the panes themselves are left alone) is handed to the pane worked in, which tags the words selected there and then
 * takes the keyboard. The letters that act on a claim (S its speaker, T its topic) act only where that claim is chosen,
 * a pane or the Claims table: handed on from elsewhere, "UN observers" typed after a click in the sources list set the
 * speaker of the claim chosen in a pane to "vers" (newcomer37). Such a letter that no control took says on the status
 * line where it works.
 */
final class PaneKeys {

    private PaneKeys() {
    }

    /**
     * Hands digits reaching {@code root} unconsumed to the pane {@code active} gives (empty: none); S and T reaching it
     * unconsumed tell {@code status} where they work.
     */
    static void forwardUnhandled(Node root, Supplier<Optional<ArticlePaneView>> active, Consumer<String> status) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || e.isShortcutDown() || e.isAltDown() || !(e.getTarget() instanceof Node target)
                    || keepsItsKeys(target) || insidePane(target)) {
                return;
            }
            if (e.getCode() == KeyCode.S || e.getCode() == KeyCode.T) {
                status.accept((e.getCode() == KeyCode.S ? "S asks who said" : "T asks the topic of")
                        + " the claim chosen: click the claim in a pane or in the Claims tab, then press it.");
                return;
            }
            if (!e.getCode().isDigitKey()) {
                return;
            }
            active.get().ifPresent(pane -> {
                pane.keyPressed(e);
                if (e.isConsumed()) {
                    pane.focusText();
                }
            });
        });
    }

    /** A field typed into, a combo box, or a table (its rows are what its keys act on: a digit there is no pane's). */
    private static boolean keepsItsKeys(Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof TableView) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePane(Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ArticlePaneView) {
                return true;
            }
        }
        return false;
    }
}
