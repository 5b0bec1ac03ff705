package org.claimbench.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The edits that can be undone and redone, newest first. */
final class UndoHistory {

    private static final int LIMIT = 1000;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    void done(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** How many edits lie above {@code edit} in the undo history (0: undo takes it next); -1 when it is not there. */
    int above(Object edit) {
        int i = 0;
        for (Edit e : undo) {
            if (e == edit) {
                return i;
            }
            i++;
        }
        return -1;
    }

    Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void undone() {
        redo.push(undo.pop());
    }

    void redone() {
        undo.push(redo.pop());
    }

    /**
     * Takes off the history the edits done since {@code newest} was the newest (null: since it was empty), oldest first; the
     * edits redo would have brought back stay gone, as after any edit.
     */
    java.util.List<Edit> takeSince(Edit newest) {
        java.util.LinkedList<Edit> taken = new java.util.LinkedList<>();
        while (!undo.isEmpty() && undo.peek() != newest) {
            taken.addFirst(undo.pop());
        }
        return taken;
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
