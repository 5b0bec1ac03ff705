package org.claimbench.ui.common;

/** How ViewModels tell the user something without touching a Node; the view shows dialogs and notifications. */
public interface UserMessages {

    void error(String title, String message);

    void notify(String title, String message);

    /**
     * Asks the user to choose one of a few things to do (without blocking); onChoice is told the
     * index of the choice taken, or -1 if they cancelled. Where no one can be asked, the first
     * choice is taken.
     */
    default void ask(String title, String message, java.util.List<String> choices, java.util.function.IntConsumer onChoice) {
        onChoice.accept(0);
    }
}
