package org.claimbench.ui.article;

import java.util.List;

import org.claimbench.domain.Claim;

/**
 * Builds, off the JavaFX thread, what a pane shows for a text and its claims: the view supplies
 * it (a styled document), so switching to a long article does not parse and style its text on
 * the JavaFX thread.
 */
@FunctionalInterface
public interface TextPreparer {
    Object prepare(String text, List<Claim> claims, HighlightStyles.Look look);
}
