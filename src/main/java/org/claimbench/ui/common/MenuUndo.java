package org.claimbench.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The main window's Edit › Undo and Redo ({@code Ctrl+Z}, {@code Ctrl+Shift+Z}) run from where those keys would not reach
 * its menu: a text box that would undo its own typing, a dialog of the window that says "Ctrl+Z undoes it". The menu's own
 * accelerator runs, so the status line says what was undone, as from the menu.
 */
public final class MenuUndo {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private MenuUndo() {
    }

    /**
     * If {@code e} (a key press) is Ctrl+Z or Ctrl+Shift+Z and {@code menuScene} (the main window's scene) has that
     * accelerator, runs it and consumes {@code e}. Returns whether it ran. Call on the JavaFX thread.
     */
    public static boolean run(Scene menuScene, KeyEvent e) {
        if (menuScene == null || e.getCode() != KeyCode.Z || !e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        Runnable menu = menuScene.getAccelerators().get(e.isShiftDown() ? REDO : UNDO);
        if (menu == null) {
            return false;
        }
        e.consume();
        menu.run();
        return true;
    }
}
