package org.claimbench.ui.workbench;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.suggestions.SuggestionsViewModel;

/**
 * The suggestions list and the panes in step: the row chosen is shown in its article, outlined, and the status bar says
 * what it is and why it was suggested (the first time a review puts other articles in the user's panes, also how to
 * have theirs back); when no row is chosen any more (the last one judged, a filter hid it), the panes
 * outline nothing and the status bar no longer describes it.
 */
final class SuggestionsInPanes {

    /** Said once when a review first puts other articles in the user's panes. */
    static final String PANES_CHANGED = "The review changed your panes (Ctrl+Shift+B puts them back) · ";

    private final PaneNavigator navigator;
    /** What the status bar said when it last described a suggestion; null once none is shown. */
    private String described;
    /** Whether the status bar has said that the review changed the user's panes (said once per review). */
    private boolean toldPanesChanged;

    private SuggestionsInPanes(PaneNavigator navigator) {
        this.navigator = navigator;
    }

    static void wire(SuggestionsViewModel suggestions, PaneNavigator navigator, StringProperty status,
            ObservableList<ArticlePaneViewModel> panes) {
        SuggestionsInPanes in = new SuggestionsInPanes(navigator);
        suggestions.setOnShowClaim(r -> {
            boolean moves = in.moves(r.suggestion().articleId());
            navigator.showSpan(r.suggestion().articleId(), r.suggestion().span());
            in.describe(status, "Suggested claim of " + r.source() + ": " + r.suggestion().reason(), moves);
        });
        suggestions.setOnShowContradiction(r -> {
            boolean moves = in.moves(r.a().articleId(), r.b().articleId());
            navigator.showPair(r.a(), r.b(), where -> in.describe(status, where + ": " + r.suggestion().explanation(), moves));
        });
        suggestions.setOnShowNothing(() -> {
            navigator.unmarkAll();
            if (in.described != null && in.described.equals(status.get())) {
                status.set("");
            }
            in.described = null;
        });
        suggestions.setOnStatus(status::set);
        suggestions.setOnSuggestedSpansChanged(changed -> panes.forEach(p -> p.article()
                .map(a -> changed.getOrDefault(a.id(), List.of())).ifPresent(p::restyle)));
    }

    /** Whether showing the articles puts one of them in a pane that shows another (asked before the panes are changed). */
    private boolean moves(long... articleIds) {
        if (!navigator.taken()) {
            // A new review: the panes are the user's own again (put back, or chosen since).
            toldPanesChanged = false;
        }
        return java.util.Arrays.stream(articleIds).anyMatch(id -> !navigator.shows(id));
    }

    private void describe(StringProperty status, String text, boolean moves) {
        String said = text;
        if (!toldPanesChanged && moves) {
            // The user's own articles left a pane: say once how to have them back.
            said = PANES_CHANGED + text;
            toldPanesChanged = true;
        }
        status.set(said);
        described = said;
    }
}
