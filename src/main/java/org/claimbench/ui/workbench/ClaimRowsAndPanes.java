package org.claimbench.ui.workbench;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Claim;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.ui.claims.ClaimsTableViewModel;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * The Claims table and the panes follow each other: a claim clicked in an article chooses its row; a row chosen alone
 * (a click, the arrow keys) has its claim outlined and scrolled into view in the pane that shows its article, the
 * keyboard staying in the table. A row whose article no pane shows changes no pane (a mere choice swaps nothing): the
 * status line says how to open it. Enter and a double-click show the claim (in the current pane if need be).
 */
final class ClaimRowsAndPanes {

    private final WorkspaceModel model;
    private final ClaimsTableViewModel claims;
    private final PaneNavigator navigator;
    private final StringProperty status;

    ClaimRowsAndPanes(WorkspaceModel model, ClaimsTableViewModel claims, PaneNavigator navigator, StringProperty status) {
        this.model = model;
        this.claims = claims;
        this.navigator = navigator;
        this.status = status;
        claims.setOnChoose(this::rowChosen);
        // The outline marks the one row chosen: none chosen, or several (two are a pair to link, boxed as picked), none outlined.
        claims.setOnUnchoose(navigator::unoutline);
        claims.setOnJump(this::jump);
        // The note is true only while the filters stay as they were: any change of them takes it off the status line.
        claims.filtersProperty().addListener((o, a, b) -> {
            if (status.get() != null && status.get().endsWith(HIDDEN_ROW)) {
                status.set(status.get().substring(0, status.get().length() - HIDDEN_ROW.length()));
            }
        });
    }

    private static final String HIDDEN_ROW = " (The Claims table's filters hide its row.)";

    /** A claim clicked in an article: its row is chosen (the status line, set by the click, says when the filters hide it). */
    void clickedInText(Claim c) {
        navigator.unoutline();
        if (claims.chooseFromText(c.id())) {
            status.set(status.get() + HIDDEN_ROW);
        }
    }

    /**
     * Enter, a double-click or Show in article: the claim in its article. A claim whose words an edit deleted has no place
     * to show: its article is shown and the status line says what to do ("Show in article" did nothing at all: a newcomer,
     * stop 46).
     */
    private void jump(Claim c) {
        boolean wasShown = navigator.paneShowing(c.articleId()).isPresent();
        navigator.showClaim(c, true);
        if (c.isOrphan()) {
            status.set(gone(c));
        } else if (!wasShown) {
            // The line said "no pane shows it" while the row was chosen; it is shown now (analyst54 read the stale line).
            String title = model.article(c.articleId()).map(a -> QuoteMarks.quoted(a.title(), 40)).orElse("Its article");
            status.set(title + " is shown in the pane worked in, the claim outlined.");
        }
    }

    /** What the status line says of a claim whose words are gone from its article's text. */
    static String gone(Claim c) {
        return QuoteMarks.quoted(c.exact(), 40) + " is no longer in its article's text: re-place it at other words or delete it.";
    }

    /** What {@link #rowChosen} last put on the status line: true of the row chosen then, not of the next one. */
    private String saidOfRow;

    private void rowChosen(Claim c) {
        // The row chosen before may be outlined in a pane: one mark at a time, and none for a claim no pane shows.
        navigator.unoutline();
        if (c.isOrphan()) {
            say(gone(c));
        } else if (!navigator.outlineWhereShown(c)) {
            // The key first: a long title would push it past the status line's end in a narrow window.
            String title = model.article(c.articleId()).map(a -> ", " + QuoteMarks.quoted(a.title(), 40)).orElse("");
            say("Enter (or a double-click) opens this claim's article" + title + ": no pane shows it.");
        } else if (saidOfRow != null && saidOfRow.equals(status.get())) {
            // Shown and outlined: the line said of an earlier row goes (factcheck55 read "no pane shows it" of a row Page Down
            // had passed, beside the row chosen outlined in a pane).
            say(QuoteMarks.quoted(c.exact(), 40) + " is outlined in its article's pane.");
        }
    }

    private void say(String line) {
        saidOfRow = line;
        status.set(line);
    }
}
