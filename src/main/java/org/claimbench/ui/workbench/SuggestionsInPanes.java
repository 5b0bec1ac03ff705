package org.claimbench.ui.workbench;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.suggestions.SuggestionsViewModel;

/**
 * The review lists and the panes in step: the suggestion chosen is shown in its article, outlined, and the status bar
 * says what it is and why it was suggested; a contradiction chosen in the Contradictions tab is shown side by side, and
 * the status bar says what it is. The first time a review puts other articles in the user's panes, the status bar also
 * says how to have theirs back. When no row is chosen any more in either list (the last one judged or deleted, a filter
 * hid it), the panes mark nothing and the status bar no longer describes it.
 */
final class SuggestionsInPanes {

    /**
     * Said once when a review first puts other articles in the user's panes, after what the row is and where: the line is
     * cut from its end where it is short, and said first it left a student at 1024 × 700 (stop 59) reading "Ctrl+Shift+B puts
     * your own panes back …" and never which claim was in which pane. Short: with the row's description it is one line at
     * 1280 px (audit r57).
     */
    static final String PANES_CHANGED = " · Ctrl+Shift+B puts your own panes back";

    private final PaneNavigator navigator;
    private final StringProperty status;
    /** What the status bar said when it last described a suggestion; null once none is shown. */
    private String described;
    /** What the action just done said (accept, dismiss, assign), until the events of this pulse are handled; else null. */
    private String acted;
    /** Whether the status bar has said that the review changed the user's panes (said once per review). */
    private boolean toldPanesChanged;

    private SuggestionsInPanes(PaneNavigator navigator, StringProperty status) {
        this.navigator = navigator;
        this.status = status;
    }

    /** Keeps the suggestions list and the panes in step; the result shows the Contradictions tab's rows the same way. */
    static SuggestionsInPanes wire(SuggestionsViewModel suggestions, PaneNavigator navigator, StringProperty status,
            ObservableList<ArticlePaneViewModel> panes) {
        SuggestionsInPanes in = new SuggestionsInPanes(navigator, status);
        suggestions.setOnShowClaim(r -> {
            boolean moves = in.moves(r.suggestion().articleId());
            navigator.showSpan(r.suggestion().articleId(), r.suggestion().span());
            in.describe("Suggested claim of " + r.source() + ": " + r.suggestion().reason(), "a suggested claim of " + r.source(), moves);
        });
        // What the pair is and where, as the Contradictions tab says it; its reason is whole in the box beside the list ("Why:
        // …"), and the line that repeated it (two signals' reasons, 250 characters) was cut at 1280 px.
        // Where A and B are comes first: the line is cut from its end, and which claim is in which pane is what the user needs
        // to judge the pair (at 1024 px a student read the sources and never the panes, stop 59).
        suggestions.setOnShowContradiction(r -> in.showPair(r.a(), r.b(), where -> where + " · Suggested "
                + r.suggestion().signals().get(0).kind().label().toLowerCase(java.util.Locale.ROOT) + " contradiction: " + r.sourceA()
                + " against " + r.sourceB()));
        suggestions.setOnShowNothing(in::showNothing);
        suggestions.setOnStatus(in::acted);
        suggestions.setOnSuggestedSpansChanged(changed -> panes.forEach(p -> p.article()
                .map(a -> changed.getOrDefault(a.id(), List.of())).ifPresent(p::restyle)));
        return in;
    }

    /**
     * Shows two claims side by side (a suggested contradiction, or one of the Contradictions tab), the status bar saying
     * what {@code says} makes of where they are ("A left, B right · … against …"; where first, as the line is cut from its end).
     */
    void showPair(Claim a, Claim b, java.util.function.UnaryOperator<String> says) {
        boolean moves = moves(a.articleId(), b.articleId());
        navigator.showPair(a, b, where -> describe(says.apply(where), where, moves));
    }

    /**
     * No row of a review list is chosen any more (the last judged or deleted, a filter hid it): the panes mark nothing and
     * the status bar no longer describes it.
     */
    void showNothing() {
        navigator.unmarkAll();
        if (described != null && described.equals(status.get())) {
            status.set("");
        }
        described = null;
    }

    /** Whether showing the articles puts one of them in a pane that shows another (asked before the panes are changed). */
    private boolean moves(long... articleIds) {
        if (!navigator.taken()) {
            // A new review: the panes are the user's own again (put back, or chosen since).
            toldPanesChanged = false;
        }
        return java.util.Arrays.stream(articleIds).anyMatch(id -> !navigator.shows(id));
    }

    /**
     * An action on a row said what it did; the row the review goes on to, described in the same pulse, is named after it
     * ("Marked a claim of … · Next: a suggested claim of …"). It replaced it before, so the status bar described the next
     * suggestion and never what was accepted (newcomer33). The Contradictions tab's C and D say it the same way (newcomer37).
     */
    void acted(String message) {
        status.set(message);
        acted = message;
        javafx.application.Platform.runLater(() -> acted = null);
    }

    /**
     * Says what the row shown is: {@code text} in full, or, after an action said what it did, the action and the row's
     * short name {@code next} ("Marked … Ctrl+Z undoes it. · Next: a suggested claim of Press"). Joined in full, the two
     * were longer than the bar, and its cut in the middle read as one false sentence: a Press claim "…speech); Vladimir
     * Putin speaks for Kremlin readout" (newcomer34).
     */
    private void describe(String text, String next, boolean moves) {
        String said = acted != null ? acted + " · Next: " + next : text;
        acted = null;
        if (!toldPanesChanged && moves) {
            // The user's own articles left a pane: say once how to have them back, last (the first thing cut where the line
            // is short; the tooltip has it whole).
            said = said + PANES_CHANGED;
            toldPanesChanged = true;
        }
        status.set(said);
        described = said;
    }
}
