package org.claimbench.ui.workbench;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.suggestions.SuggestionsViewModel;

/**
 * The suggestions list and the panes in step: the row chosen is shown in its article, outlined, and the status bar says
 * what it is and why it was suggested; when no row is chosen any more (the last one judged, a filter hid it), the panes
 * outline nothing and the status bar no longer describes it.
 */
final class SuggestionsInPanes {

    /** What the status bar said when it last described a suggestion; null once none is shown. */
    private String described;

    private SuggestionsInPanes() {
    }

    static void wire(SuggestionsViewModel suggestions, PaneNavigator navigator, StringProperty status,
            ObservableList<ArticlePaneViewModel> panes) {
        SuggestionsInPanes in = new SuggestionsInPanes();
        suggestions.setOnShowClaim(r -> {
            navigator.showSpan(r.suggestion().articleId(), r.suggestion().span());
            in.describe(status, "Suggested claim of " + r.source() + ": " + r.suggestion().reason());
        });
        suggestions.setOnShowContradiction(r -> navigator.showPair(r.a(), r.b(),
                where -> in.describe(status, where + ": " + r.suggestion().explanation())));
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

    private void describe(StringProperty status, String text) {
        status.set(text);
        described = text;
    }
}
