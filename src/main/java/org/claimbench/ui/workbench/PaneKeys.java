package org.claimbench.ui.workbench;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.claimbench.ui.article.ArticlePaneView;

/**
 * The pane keys pressed where the keyboard is not in a pane. The hints say "select words and press 1–5" and "click a
 * claim and press S" (or T), but after a click on the sources' legend, its + button or another button of the window the
 * keyboard stayed there and the key did nothing (newcomer33: "press 1–7" after adding a source, S after clicking a
 * source). A digit, S or T that no control took (a field, a combo box, a table and the panes themselves are left
 * alone) is handed to the pane worked in, which acts as if pressed there
 * (with words selected a digit tags them; with none, S and T ask about the claim chosen) and then takes the keyboard.
 */
final class PaneKeys {

    private PaneKeys() {
    }

    /** Hands such keys reaching {@code root} unconsumed to the pane {@code active} gives (empty: none). */
    static void forwardUnhandled(Node root, Supplier<Optional<ArticlePaneView>> active) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || e.isShortcutDown() || e.isAltDown() || !paneKey(e.getCode())
                    || !(e.getTarget() instanceof Node target) || keepsItsKeys(target) || insidePane(target)) {
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

    private static boolean paneKey(KeyCode code) {
        return code.isDigitKey() || code == KeyCode.S || code == KeyCode.T;
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
