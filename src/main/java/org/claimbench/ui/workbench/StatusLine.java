package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;

/**
 * The status line's message, which also tells when a message is said again in the same words: a property tells its
 * listeners only of a new value, so a message said twice kept the time of its first saying and was taken off the line as
 * stale right after the second (the reviewer of round mend62). JavaFX thread.
 */
final class StatusLine extends SimpleStringProperty {

    private final List<Runnable> onSaid = new ArrayList<>();

    StatusLine(String first) {
        super(first);
    }

    /** Runs {@code r} each time a message is set, the same words as before included. */
    void whenSaid(Runnable r) {
        onSaid.add(r);
    }

    @Override
    public void set(String message) {
        super.set(message);
        onSaid.forEach(Runnable::run);
    }
}
