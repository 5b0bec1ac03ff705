package org.claimbench.ui.common;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Lets a judging key act once per press. A key held down repeats its press (the system's auto-repeat: about 25 presses a
 * second after half a second), with no release between; in a review list each press judges the chosen row and chooses
 * the next, so a key held a moment judged row after row that was never shown (audit r57: D held one second dismissed
 * twelve suggested contradictions, never to be suggested again). Arrows and other keys still repeat.
 *
 * <p>A press counts as a repeat while the same key was pressed on the node and not released since. The node forgets what
 * is held when it loses the keyboard (the release then goes elsewhere, e.g. to a dialog the press opened), so the next
 * real press is never taken for a repeat. JavaFX thread only.
 */
public final class HeldKeys {

    private final Set<KeyCode> held = new HashSet<>();
    private final Predicate<KeyCode> guarded;

    private HeldKeys(Predicate<KeyCode> guarded) {
        this.guarded = guarded;
    }

    /**
     * Wraps {@code handler}, a KEY_PRESSED filter or handler meant for {@code node}: a repeated press of a key
     * {@code guarded} accepts is consumed and does not reach it; every other press does (and any with Ctrl, ⌘ or Alt). Adds its own KEY_RELEASED
     * filter and focus listener to {@code node}.
     *
     * @return the handler to register on {@code node} in place of {@code handler}
     */
    public static EventHandler<KeyEvent> oncePerPress(Node node, Predicate<KeyCode> guarded, EventHandler<KeyEvent> handler) {
        HeldKeys keys = new HeldKeys(guarded);
        node.addEventFilter(KeyEvent.KEY_RELEASED, e -> keys.held.remove(e.getCode()));
        node.focusedProperty().addListener((o, was, now) -> keys.held.clear());
        return e -> {
            KeyCode code = e.getCode();
            if (e.isShortcutDown() || e.isAltDown() || !keys.guarded.test(code)) {
                // Ctrl+Z held undoes step after step, as everywhere else.
                handler.handle(e);
            } else if (!keys.held.add(code)) {
                e.consume();
            } else {
                handler.handle(e);
            }
        };
    }

    /** The keys that judge a row in a review list: letters and digits (A, C, D, 1–9 …) and Delete. */
    public static boolean judging(KeyCode code) {
        return code.isLetterKey() || code.isDigitKey() || code == KeyCode.DELETE;
    }
}
