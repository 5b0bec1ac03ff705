package org.claimbench.ui.article;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;

/**
 * What the words selected in a pane become: a source's claim by its number key (1–9) or a click in the tag bar that
 * appears by the selection, the sticky source's as the mouse is released, a new source's ("New source…"); and what
 * the other keys in the text do (F3 finds again, Escape drops the selection, S and T ask about the claim chosen).
 * Works on the text the pane shows now, the light first frame or RichTextFX's area.
 */
final class PaneTagging {

    private final ArticlePaneViewModel vm;
    private final PaneActions actions;
    private final ObservableList<Source> sources;
    private final Supplier<ShownText> shown;
    private final Node pane;
    private TagBarLayer overlay;
    /**
     * The words the find bar left selected as it closed (null: none). Left selected so that Shift+arrows extend them
     * (factcheck47), they are not offered to mark as they stand: no tag bar, and a number key marks nothing (editor58: the
     * word found stayed selected with the tag bar over it, one digit from a claim the user never chose). Once the user
     * changes the selection (Shift+arrows, the mouse) it is theirs again.
     */
    private TextSpan found;
    /** Told when a number key finds no words of the user's own to mark (true: only the words Find left); the line under the pane says so. */
    private java.util.function.Consumer<Boolean> nothingToTag = foundOnly -> { };

    /** {@code shown}: the text the pane shows now; {@code pane}: the pane, whose window owns the dialogs asked. */
    PaneTagging(ArticlePaneViewModel vm, PaneActions actions, ObservableList<Source> sources, Supplier<ShownText> shown, Node pane) {
        this.vm = vm;
        this.actions = actions;
        this.sources = sources;
        this.shown = shown;
        this.pane = pane;
    }

    /** Makes the tag bar's layer over the text (pane number {@code index}), whose clicks tag here. */
    TagBarLayer overlay(int index) {
        overlay = new TagBarLayer(index, sources, vm.selectionProperty(), this::tag, this::tagAsNewSource);
        return overlay;
    }

    /** Where a number key that finds no words to mark is told (true: only the words Find left are selected). */
    void onNothingToTag(java.util.function.Consumer<Boolean> told) {
        nothingToTag = told;
    }

    /** The find bar closed leaving {@code span} (UTF-16 units) selected: it is not offered to mark until the selection changes. */
    void leftByFind(TextSpan span) {
        found = span;
        hideTagBar();
    }

    /** Whether words are selected that the user chose (not just left selected by the find bar): what the tag bar and the number keys mark. */
    boolean hasOwnSelection() {
        return vm.trimmedSelection().isPresent() && !(found != null && found.equals(vm.selectionProperty().get()));
    }

    /** The mouse button was released on the text: a selection is tagged with the sticky source or gets the tag bar; a click picks the claim there. */
    void afterMouseRelease() {
        found = null;
        Optional<TextSpan> sel = vm.trimmedSelection();
        if (sel.isPresent()) {
            Optional<Source> sticky = actions.stickySource();
            if (sticky.isPresent()) {
                tag(sticky.get());
            } else {
                showTagBar();
            }
        } else {
            int at = shown.get().caret();
            vm.pickAt(at).ifPresentOrElse(c -> actions.picked(vm, c), () -> actions.clickedNoClaim(vm, at));
        }
    }

    /**
     * Shows the tag bar by the selection of the text shown <em>now</em>, asked each time the bar is placed: bound to the text
     * shown when it came (the light first frame), the bar went on following that text once RichTextFX's area had taken its
     * place (review of round ui62).
     */
    void showTagBar() {
        overlay.showBy(() -> shown.get().selectionBoundsOnScreen(), pixels -> shown.get().scrollBy(pixels));
    }

    void hideTagBar() {
        overlay.hide();
    }

    /** The text scrolled: the tag bar, if shown, follows the selection. */
    void textScrolled() {
        overlay.follow();
    }

    /** A key pressed in the pane, or handed to it (PaneKeys): a digit tags the selection, S and T ask about the claim chosen. */
    void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.F3) {
            vm.find().next(e.isShiftDown() ? -1 : 1);
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int n = org.claimbench.ui.common.SourceKeys.number(e.getCode());
        if (n >= 1 && n <= sources.size()) {
            // A digit with nothing of the user's own selected made no claim and said nothing (student59, twice): it says so.
            if (hasOwnSelection()) {
                tag(sources.get(n - 1));
            } else {
                nothingToTag.accept(vm.trimmedSelection().isPresent());
            }
            e.consume();
        } else if (vm.trimmedSelection().isEmpty() && PaneTextMenu.askForClaim(e.getCode(), vm, actions, pane.getScene().getWindow())) {
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            shown.get().deselect();
            hideTagBar();
            e.consume();
        }
    }

    void tag(Source s) {
        hideTagBar();
        actions.tag(vm, s);
        shown.get().deselect();
    }

    /**
     * The tag bar's "New source…": asks the new source's name, then adds it and marks the selected words as its claim (an
     * editor's own story fits none of the five default sources; Edit › Add source, then the selection, took an action more).
     * Cancelled, nothing changes and the selection stays.
     */
    private void tagAsNewSource() {
        hideTagBar();
        org.claimbench.ui.sources.SourceNameDialog.ask(pane.getScene().getWindow(), "New source",
                "Name of the new source (its key is " + (sources.size() + 1) + "); the selected words become its claim:", "")
                .ifPresentOrElse(name -> {
                    actions.tagAsNewSource(vm, name);
                    shown.get().deselect();
                }, () -> shown.get().focus());
    }
}
