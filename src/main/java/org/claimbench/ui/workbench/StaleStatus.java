package org.claimbench.ui.workbench;

import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A status message belongs to the action that made it: when the user starts another action — a dialog opens over the
 * window (Paste Article, Help, the search across articles, …) or the keyboard goes into a search or find field — a message
 * older than {@link #STALE_AFTER_NANOS} is taken off the line. A message just set is left: the action that opens the dialog
 * or the field may have said it ("Grouping the 6 claims…" before its dialog). walk62 read "No group found among the 6
 * claims" under the paste dialog and Help, and "Suggested claim of Press…" after a search; the new action's own message, when
 * it has one, replaces the old as before.
 */
final class StaleStatus {

    /** Older than this, a message is no longer about what the user is doing (one reading of a long status line). */
    static final long STALE_AFTER_NANOS = 5_000_000_000L;

    private final StringProperty status;
    private final LongSupplier clock;
    private final long staleAfter;
    private long setAt;

    StaleStatus(StringProperty status, LongSupplier clock, long staleAfter) {
        this.status = status;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.setAt = clock.getAsLong();
        if (status instanceof StatusLine line) {
            line.whenSaid(this::said);
        } else {
            status.addListener((o, was, now) -> said());
        }
    }

    /** A message is said (again, perhaps, in the same words): its time starts now; one said over the cleared one replaces it. */
    private void said() {
        setAt = clock.getAsLong();
        String now = status.get();
        if (now != null && !now.isEmpty()) {
            cleared.set("");
        }
    }

    /** The message last taken off the line, until another is said: the status bar's tooltip keeps it ("Earlier: …"). */
    private final StringProperty cleared = new SimpleStringProperty("");

    ReadOnlyStringProperty clearedProperty() {
        return cleared;
    }

    /** The tooltip of an empty line: the message last taken off it, if any. */
    static String earlier(String cleared) {
        return cleared == null || cleared.isEmpty() ? "" : "Earlier: " + cleared;
    }

    /** A new action starts: a message older than the limit goes. */
    void actionStarted() {
        String now = status.get();
        if (now != null && !now.isEmpty() && clock.getAsLong() - setAt > staleAfter) {
            status.set("");
            cleared.set(now);
        }
    }

    /**
     * The style class of the fields whose focus starts an action (the Claims search, the find bar): a field the keyboard goes
     * into to type a claim's words or a verdict is part of the action the message is about.
     */
    static final String STARTS_AN_ACTION = "starts-an-action";

    /**
     * Watches the window that {@code inWindow} comes to be shown in: a dialog it owns opening, and the keyboard going into a
     * search or find field (style class {@link #STARTS_AN_ACTION}; not the articles' panes: clicking into one is reading, and
     * a mark says its own line; not a field of the action under way, a claim's wording or a verdict), start an action.
     * Drop-down lists, menus and tooltips are pop-ups, not dialogs: they leave the message.
     */
    void watch(Node inWindow) {
        inWindow.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                watchFocus(scene);
            }
        });
        if (inWindow.getScene() != null) {
            watchFocus(inWindow.getScene());
        }
        windowsOpened = c -> {
            while (c.next()) {
                Window main = inWindow.getScene() == null ? null : inWindow.getScene().getWindow();
                if (main != null && c.getAddedSubList().stream().anyMatch(w -> ownedBy(w, main))) {
                    actionStarted();
                }
            }
        };
        // Weakly: the list of windows lives as long as the app, the window watched (a test's, a closed one) may not.
        Window.getWindows().addListener(new javafx.collections.WeakListChangeListener<>(windowsOpened));
    }

    /** Held here, for as long as the status bar holds this: the list of windows holds it only weakly. */
    private ListChangeListener<Window> windowsOpened;

    private void watchFocus(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now instanceof TextInputControl && now.getStyleClass().contains(STARTS_AN_ACTION) && was != now) {
                actionStarted();
            }
        });
    }

    private static boolean ownedBy(Window w, Window main) {
        if (!(w instanceof Stage stage) || w instanceof PopupWindow) {
            return false;
        }
        Window owner = stage.getOwner();
        while (owner != null) {
            if (owner == main) {
                return true;
            }
            owner = owner instanceof Stage s ? s.getOwner() : owner instanceof PopupWindow p ? p.getOwnerWindow() : null;
        }
        return false;
    }
}
