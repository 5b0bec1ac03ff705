package org.claimbench.ui.common;

/** How ViewModels tell the user something without touching a Node; the view shows dialogs and notifications. */
public interface UserMessages {

    void error(String title, String message);

    void notify(String title, String message);
}
