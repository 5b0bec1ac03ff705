package org.claimbench.ui.article;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;

/** What an article pane asks the workbench to do. */
public interface PaneActions {

    void tag(ArticlePaneViewModel pane, Source source);

    /**
     * "New source…" by a selection: adds a source of that name (the next number key) and marks the pane's selected words as
     * its claim; where either is refused, nothing is changed.
     */
    void tagAsNewSource(ArticlePaneViewModel pane, String name);

    void choose(ArticlePaneViewModel pane, Article article);

    void close(ArticlePaneViewModel pane);

    /**
     * The key that closes the pane worked in (View › Close Article Pane): Ctrl+W (⌘W) closes a tab or a document's pane in
     * browsers and editors, and no other key of the window uses it. Named in the tooltip of a pane's ×.
     */
    String CLOSE_KEY = "Shortcut+W";

    /** The user clicked a claim (to inspect it or to link it as a contradiction). */
    void picked(ArticlePaneViewModel pane, Claim claim);

    /**
     * The user clicked where no claim is; {@code offset}: the caret's place in the pane's text (UTF-16 units). A suggested
     * claim there is chosen in the suggestions' list.
     */
    default void clickedNoClaim(ArticlePaneViewModel pane, int offset) {
    }

    /** One line about a claim for the pane's info bar. */
    String describe(Claim claim);

    /** The source a new selection is tagged with at once, if sticky mode is on: the sticky tag's value. */
    default java.util.Optional<Source> stickySource() {
        return java.util.Optional.ofNullable(stickySourceProperty().get());
    }

    /** The sticky tag, observed: the line under each pane names it while it is on. */
    javafx.beans.property.ReadOnlyObjectProperty<Source> stickySourceProperty();

    /**
     * The claim of the pane's article that "Re-place at the selected words" would move: the one row
     * selected in the Claims tab, else the claim clicked last; empty if neither is of this article.
     */
    java.util.Optional<Claim> claimToReplace(ArticlePaneViewModel pane);

    /** What is done to claims as the Claims tab does it (a claim's speaker: S in the pane, and its right-click menu). */
    org.claimbench.ui.claims.ClaimCommands claimCommands();

    /** The workspace's topics: a claim's topic, T in the pane and its right-click menu, as in the Claims tab. */
    org.claimbench.ui.claims.TopicsViewModel topics();

    /** Link to…: the claim chosen in the pane is linked with one picked from a list of the others (no scrolling). */
    void linkFrom(ArticlePaneViewModel pane, Claim claim);

    /** Puts a claim on the words selected in the pane (undoable). */
    void replaceAtSelection(ArticlePaneViewModel pane, Claim claim);
}
