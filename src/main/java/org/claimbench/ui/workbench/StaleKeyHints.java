package org.claimbench.ui.workbench;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * A status message's key hint stays true while it is shown: once there is nothing left to redo (a new edit after
 * Ctrl+Z clears what Ctrl+Shift+Z would redo), a sentence of the status line naming Ctrl+Shift+Z is dropped, and once
 * there is nothing left to undo, one naming Ctrl+Z. newcomer37: "Undid: … Ctrl+Shift+Z redoes it." stayed on the line
 * after a source was added, and Ctrl+Shift+Z then said "Nothing to redo."
 */
final class StaleKeyHints {

    static final String REDO = "Ctrl+Shift+Z";
    static final String UNDO = "Ctrl+Z";

    private StaleKeyHints() {
    }

    /** Watches what Undo and Redo would do ("" for nothing: {@code undoText}, {@code redoText}) and mends {@code status}. */
    static void keepTrue(StringProperty status, ObservableStringValue undoText, ObservableStringValue redoText) {
        redoText.addListener((o, was, now) -> {
            if (now == null || now.isEmpty()) {
                status.set(without(status.get(), REDO));
            }
        });
        undoText.addListener((o, was, now) -> {
            if (now == null || now.isEmpty()) {
                status.set(without(status.get(), UNDO));
            }
        });
    }

    /**
     * The message less each sentence that names {@code key} as a key of its own (not inside a longer key name: "Ctrl+Z"
     * is not found in "Ctrl+Shift+Z"). A sentence ends with ". ", "." at the end, or " · " (the status line's parts).
     */
    static String without(String message, String key) {
        if (message == null) {
            return null;
        }
        String out = message;
        int at;
        while ((at = keyAt(out, key)) >= 0) {
            int start = Math.max(out.lastIndexOf(". ", at) + 2, out.lastIndexOf(" · ", at) + 3);
            start = Math.max(start, 0);
            int dot = out.indexOf(". ", at);
            int part = out.indexOf(" · ", at);
            int end = dot < 0 && part < 0 ? out.length() : dot < 0 ? part : part < 0 ? dot + 2 : Math.min(dot + 2, part);
            if (end == out.length() && out.endsWith(".") && start > 0) {
                end = out.length();
            }
            out = (out.substring(0, start) + out.substring(end)).strip();
            out = out.replaceAll("^· ", "").replaceAll(" ·$", "");
        }
        return out;
    }

    private static int keyAt(String s, String key) {
        int from = 0;
        int at;
        while ((at = s.indexOf(key, from)) >= 0) {
            int after = at + key.length();
            boolean whole = (at == 0 || s.charAt(at - 1) == ' ' || s.charAt(at - 1) == '(')
                    && (after == s.length() || !Character.isLetterOrDigit(s.charAt(after)) && s.charAt(after) != '+');
            if (whole) {
                return at;
            }
            from = after;
        }
        return -1;
    }
}
