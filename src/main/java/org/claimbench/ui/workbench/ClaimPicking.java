package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.WorkspaceException;

/**
 * The two claims picked to link as a contradiction: clicked in the panes (the third click lets
 * the oldest go) or selected in the claims table. The status line says what to do next.
 */
final class ClaimPicking {

    private final ObservableList<Claim> picked = FXCollections.observableArrayList();
    private final WorkspaceModel model;
    private final UserMessages messages;
    private final StringProperty status;

    ClaimPicking(WorkspaceModel model, UserMessages messages, StringProperty status) {
        this.model = model;
        this.messages = messages;
        this.status = status;
    }

    ObservableList<Claim> picked() {
        return picked;
    }

    /**
     * The claim of an article the user has chosen, as it stands now: the one row selected in the
     * Claims tab if it is of that article, else the claim of that article clicked or marked last; empty if none.
     */
    java.util.Optional<Claim> chosenIn(long articleId, java.util.Optional<Claim> selectedRow) {
        java.util.Optional<Claim> row = selectedRow.filter(c -> c.articleId() == articleId);
        java.util.Optional<Claim> inText = row.isPresent() ? row : java.util.Optional.ofNullable(lastInText).filter(c -> c.articleId() == articleId)
                .or(() -> picked.stream().filter(c -> c.articleId() == articleId).reduce((first, last) -> last));
        return inText.flatMap(c -> model.workspace().flatMap(w -> w.claim(c.id())));
    }

    /**
     * The one claim Ctrl+L links from when fewer than two are picked: the one picked, else the one row selected in the
     * Claims tab, else the claim clicked or marked last; as it stands now, empty if none.
     */
    java.util.Optional<Claim> oneToLink(java.util.Optional<Claim> selectedRow) {
        java.util.Optional<Claim> one = picked.size() == 1 ? java.util.Optional.of(picked.get(0))
                : selectedRow.or(() -> java.util.Optional.ofNullable(lastInText));
        return one.flatMap(c -> model.workspace().flatMap(w -> w.claim(c.id())));
    }

    /** The claim clicked or marked last in a pane, of any article (null: none yet). */
    private Claim lastInText;

    /**
     * A claim just marked in a pane is the one chosen there, as if clicked (S, Re-place and Verdict… act on it), without
     * being picked for a link; the claim given back.
     */
    Claim marked(Claim claim) {
        lastInText = claim;
        return claim;
    }

    /** Whether the claims picked are the two rows selected in the table (not claims clicked in the panes). */
    private boolean pickedInTable;

    void pick(Claim claim) {
        lastInText = claim;
        pickedInTable = false;
        if (picked.stream().anyMatch(c -> c.id() == claim.id())) {
            return;
        }
        picked.add(claim);
        if (picked.size() > 2) {
            picked.remove(0);
        }
        status.set(picked.size() == 2 && worthLinking(picked.get(0), picked.get(1))
                ? "Two claims picked. Ctrl+L links them as a contradiction."
                : "Picked " + org.claimbench.domain.QuoteMarks.endingSentence(claim.exact(), 50) + " Click a claim of another side, then Ctrl+L links them.");
    }

    /**
     * Two rows selected in the table are picked too, so Ctrl+L links them; the status bar says so
     * only when they are a likely pair (of two articles or two sources): rows selected together to
     * set a topic or retag them are not asked to be linked. Any other number of rows selected (the table's selection
     * moved on) lets a pair picked so go; claims clicked in the panes stay picked.
     */
    void pickTwo(List<Claim> two) {
        if (two.size() != 2) {
            // The two rows are no longer the table's selection: a pair picked from it goes with it, so Ctrl+L on the one row
            // left asks for its partner (student-run56: it linked the two rows a search had selected, one of them unselected).
            if (pickedInTable) {
                picked.clear();
                pickedInTable = false;
            }
            return;
        }
        pickedInTable = true;
        picked.setAll(two);
        if (worthLinking(two.get(0), two.get(1))) {
            status.set("Two claims of " + (two.get(0).sourceId() != two.get(1).sourceId() ? "two sources" : "two articles")
                    + " selected: Ctrl+L links them as a contradiction.");
        }
    }

    /** Whether two claims are what people link as a contradiction: said by two sources, or reported by two articles. */
    static boolean worthLinking(Claim a, Claim b) {
        return a.sourceId() != b.sourceId() || a.articleId() != b.articleId();
    }

    boolean canLink() {
        if (picked.size() < 2) {
            status.set("Click a claim, then press Ctrl+L to pick the claim to link it with from a list (or click a claim in another pane too, or select two in the Claims table, then Ctrl+L).");
            return false;
        }
        return true;
    }

    void link(ContradictionKind kind, ContradictionStatus chosen, String note) {
        if (picked.size() < 2) {
            return;
        }
        Claim a = picked.get(0);
        Claim b = picked.get(1);
        model.workspace().ifPresent(w -> {
            try {
                w.addContradiction(a.id(), b.id(), kind, chosen, note);
                picked.clear();
                status.set("Linked " + (chosen == ContradictionStatus.OPEN ? "a" : "a " + chosen.toString().toLowerCase(Locale.ROOT))
                        + " contradiction (" + kind.label().toLowerCase(Locale.ROOT) + ")" + acrossEvents(a, b) + ". Ctrl+Z undoes it.");
            } catch (WorkspaceException e) {
                messages.error("Cannot link the claims", e.getMessage());
            }
        });
    }

    /**
     * " across two events (…, …)" when the two claims' articles report different events (Article details › Event), else
     * "": the link is allowed (one event's claim may deny another's), and the user learns the two are apart.
     */
    private String acrossEvents(Claim a, Claim b) {
        String ea = model.article(a.articleId()).map(x -> x.metadata().event()).orElse("");
        String eb = model.article(b.articleId()).map(x -> x.metadata().event()).orElse("");
        return ea.isEmpty() || eb.isEmpty() || ea.equals(eb) ? "" : " across two events (“" + ea + "” and “" + eb + "”)";
    }
}
