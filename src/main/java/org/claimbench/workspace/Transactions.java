package org.claimbench.workspace;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.claimbench.workspace.sqlite.Database;

/**
 * How edits reach the file: each runs in one transaction, its in-memory changes are applied once
 * it committed, it is recorded for undo and redo, and the listeners hear what changed. Callers
 * hold the Workspace's monitor.
 */
final class Transactions {

    @FunctionalInterface
    interface TxWork<T> {
        T run(Tx tx) throws SQLException;
    }

    private final Database db;
    private final Tx.Repositories repos;
    private final WorkspaceState state;
    private final java.util.function.LongFunction<String> texts;
    private final UndoHistory history = new UndoHistory();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    Transactions(Database db, Tx.Repositories repos, WorkspaceState state, java.util.function.LongFunction<String> texts) {
        this.db = db;
        this.repos = repos;
        this.state = state;
        this.texts = texts;
    }

    void addListener(WorkspaceListener l) {
        listeners.add(l);
    }

    void removeListener(WorkspaceListener l) {
        listeners.remove(l);
    }

    void clearListeners() {
        listeners.clear();
    }

    /** Applies an edit in one transaction and records it for undo. */
    void perform(Edit edit) {
        write(tx -> {
            edit.apply(tx);
            return null;
        });
        history.done(edit);
        fire(List.of(new WorkspaceEvent.HistoryChanged()));
    }

    /** Runs work in one transaction; the state follows only if it committed. */
    <T> T write(TxWork<T> work) {
        Tx[] holder = new Tx[1];
        T result = db.inTransaction(c -> {
            holder[0] = new Tx(c, repos, state, texts);
            return work.run(holder[0]);
        });
        fire(holder[0].commit());
        return result;
    }

    /**
     * Runs work whose edits are one undo step, labelled so. Where the work throws, the edits it made are reverted (in one
     * transaction) and dropped before the exception goes on: a failed action changes nothing.
     */
    <T> T asOneStep(String label, java.util.function.Supplier<T> work) {
        Edit newest = history.nextUndo().orElse(null);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException failed) {
            List<Edit> made = history.takeSince(newest);
            if (!made.isEmpty()) {
                write(tx -> {
                    Edit.steps("", made).revert(tx);
                    return null;
                });
                fire(List.of(new WorkspaceEvent.HistoryChanged()));
            }
            throw failed;
        }
        List<Edit> made = history.takeSince(newest);
        if (!made.isEmpty()) {
            history.done(Edit.steps(label, made));
            fire(List.of(new WorkspaceEvent.HistoryChanged()));
        }
        return result;
    }

    Optional<String> undoLabel() {
        return history.nextUndo().map(Edit::label);
    }

    Optional<String> redoLabel() {
        return history.nextRedo().map(Edit::label);
    }

    Optional<Object> undoMark() {
        return history.nextUndo().map(e -> e);
    }

    Optional<Object> redoMark() {
        return history.nextRedo().map(e -> e);
    }

    int stepsAbove(Object mark) {
        return history.above(mark);
    }

    Optional<String> undo() {
        Optional<Edit> edit = history.nextUndo();
        edit.ifPresent(e -> {
            write(tx -> {
                e.revert(tx);
                return null;
            });
            history.undone();
            fire(List.of(new WorkspaceEvent.HistoryChanged()));
        });
        return edit.map(Edit::label);
    }

    Optional<String> redo() {
        Optional<Edit> edit = history.nextRedo();
        edit.ifPresent(e -> {
            write(tx -> {
                e.apply(tx);
                return null;
            });
            history.redone();
            fire(List.of(new WorkspaceEvent.HistoryChanged()));
        });
        return edit.map(Edit::label);
    }

    void fire(List<WorkspaceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (WorkspaceListener l : listeners) {
            l.changed(events);
        }
    }
}
