package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

import org.claimbench.domain.Claim;

/**
 * The rows selected in the claims table and what a choice tells the workbench: one row chosen alone goes to the panes
 * (outlined where they show its article) once, not again as its row is brought up to date; none or several chosen, the
 * panes outline nothing; two chosen together by the user's hand are the pair Ctrl+L links. While the rows are brought up to date and their
 * selection put back (the table's {@link SelectionKeeper}), what is selected again is no new choice.
 */
final class ChosenRows {

    private final Consumer<List<ClaimRow>> userSelected;
    private List<ClaimRow> selected = List.of();
    /** The claim whose row was chosen alone last (-1: none), so a row chosen again as its state changes is not shown again. */
    private long chosen = -1;
    private Consumer<Claim> onChoose = c -> { };
    private Runnable onUnchoose = () -> { };
    private Consumer<List<Claim>> onPickTwo = c -> { };
    private LongPredicate rowChooser = id -> false;
    /** True while the rows are brought up to date and their selection put back ({@link #remember}, {@link #restore}). */
    private boolean keeping;
    private Runnable remember = () -> { };
    private Runnable restore = () -> { };

    /** {@code userSelected} hears of every selection the user makes (not of those put back after an update). */
    ChosenRows(Consumer<List<ClaimRow>> userSelected) {
        this.userSelected = userSelected;
    }

    /** The rows selected now, in the table's order of selection. */
    List<ClaimRow> rows() {
        return selected;
    }

    Optional<Claim> one() {
        return selected.size() == 1 ? Optional.of(selected.get(0).claim()) : Optional.empty();
    }

    /** The table's selection changed to {@code rows}; {@code byHand}: by the user's pointer or selecting keys ({@link HandSelection}). */
    void selected(List<ClaimRow> rows, boolean byHand) {
        selected = List.copyOf(rows);
        if (keeping) {
            // The rows brought up to date and chosen again are no new choice: the panes keep what they mark (a link just
            // made changes the ⚡ count of its two rows, which must not pick them again).
            return;
        }
        userSelected.accept(rows);
        if (rows.size() != 1) {
            onUnchoose.run();
        }
        // Two rows the user chose are picked to link; two selected by a command (a search's Enter, Select similar, an undo)
        // are not (C9: boxed unasked), and like any other number they say the two picked from the table are no longer its
        // selection.
        onPickTwo.accept(rows.size() == 2 && byHand ? rows.stream().map(ClaimRow::claim).toList() : List.of());
        if (rows.size() > 1) {
            chosen = -1;
        } else if (rows.size() == 1 && rows.get(0).id() != chosen) {
            chosen = rows.get(0).id();
            onChoose.accept(rows.get(0).claim());
        }
    }

    /** Chooses a claim's row from the text; {@code hidden}: the filters hide it. Returns {@code hidden}. */
    boolean chooseFromText(long claimId, boolean hidden) {
        chosen = claimId;
        rowChooser.test(claimId);
        if (hidden) {
            // No row chosen: its row, once the filters show it, is a new choice when clicked (outlined, as any other).
            chosen = -1;
        }
        return hidden;
    }

    void setOnChoose(Consumer<Claim> onChoose) {
        this.onChoose = onChoose;
    }

    void setOnUnchoose(Runnable onUnchoose) {
        this.onUnchoose = onUnchoose;
    }

    void setOnPickTwo(Consumer<List<Claim>> onPickTwo) {
        this.onPickTwo = onPickTwo;
    }

    void setRowChooser(LongPredicate rowChooser) {
        this.rowChooser = rowChooser;
    }

    /** The view's two steps: the claims chosen before a change, chosen again after it where still shown. */
    void setSelectionKeeper(Runnable remember, Runnable restore) {
        this.remember = remember;
        this.restore = restore;
    }

    /** Before the rows change: remembers the claims chosen; what is selected until {@link #restore} is no new choice. */
    void remember() {
        keeping = true;
        remember.run();
    }

    /** After the rows changed: chooses the claims remembered again where still shown. */
    void restore() {
        try {
            restore.run();
        } finally {
            keeping = false;
        }
    }
}
