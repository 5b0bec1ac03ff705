package org.claimbench.ui.article;

import java.util.List;
import java.util.Optional;

import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FittingPhrasing;
import org.claimbench.ui.common.TagKeys;

/**
 * The line under a pane's text: what the claim under the caret is (source, speaker, topic, contradictions, other
 * claims on the very same words), or, with no claim there, how to mark one, in the words that fit its width.
 */
final class PaneInfoLine {

    /** The info line while it shows the hint. */
    private static final PseudoClass HINT_STATE = PseudoClass.getPseudoClass("hint");

    /** The line's fixed height in pixels. */
    static final double HEIGHT = 26;

    private final Label label = new Label();
    private final ArticlePaneViewModel vm;
    private final ObservableList<Source> sources;
    private final PaneActions actions;
    private final javafx.beans.InvalidationListener stickyChanged = o -> refresh();
    /** What the line says after a number key found no words to mark, until the selection or the caret's claim changes; null: none. */
    private List<String> nothingToTag;

    PaneInfoLine(int index, ArticlePaneViewModel vm, ObservableList<Source> sources, PaneActions actions) {
        this.vm = vm;
        this.sources = sources;
        this.actions = actions;
        label.setId("claimInfo-" + index);
        label.getStyleClass().add("claim-info");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(4, 8, 4, 8));
        // A fixed height: if the line grew or shrank as the caret moves, the text above would be
        // laid out again under the mouse, between a press and its release.
        label.setMinHeight(HEIGHT);
        label.setPrefHeight(HEIGHT);
        label.setMaxHeight(HEIGHT);
        // The hint names the keys there are: 1–6 once a sixth source is added.
        sources.addListener((javafx.collections.ListChangeListener<Source>) ch -> refresh());
        vm.focusedClaimProperty().addListener((o, old, id) -> refresh());
        vm.selectionProperty().addListener((o, old, sel) -> {
            if (nothingToTag != null) {
                refresh();
            }
        });
        // The hint says the sticky topic while it is on (weakly held: the topics outlive a closed pane).
        actions.topics().stickyProperty().addListener(new javafx.beans.WeakInvalidationListener(stickyChanged));
        actions.stickySourceProperty().addListener(new javafx.beans.WeakInvalidationListener(stickyChanged));
        refresh();
    }

    Label node() {
        return label;
    }

    /** Reads the claim under the caret again (e.g. after its contradictions changed). */
    void refresh() {
        nothingToTag = null;
        long id = vm.focusedClaimProperty().get();
        Optional<Claim> c = vm.claims().stream().filter(x -> x.id() == id).findFirst();
        FittingPhrasing.show(label, c.map(claim -> List.of(actions.describe(claim) + sameWords(claim)))
                .orElse(hints()));
        // A pseudo-class, not a style class: set again unchanged at each claim's change, it costs nothing.
        label.pseudoClassStateChanged(HINT_STATE, c.isEmpty());
    }

    /**
     * How to tag, longest first; with a sticky tag on, first that a selection is a claim of its source at once: "Sticky
     * tag “Press”: every text you select becomes its claim (× in the toolbar turns it off).", with the sticky topic if on;
     * with a sticky topic on, what the next claim gets: "Sticky topic “How long was the call?”: the claims you mark get
     * it.", "Sticky topic “How long was the…”"; else the plain hints.
     */
    private List<String> hints() {
        String topic = actions.topics().stickyProperty().get().strip();
        List<String> plain = TagKeys.paneHints(sources.size());
        Source tag = actions.stickySourceProperty().get();
        if (tag != null) {
            String name = org.claimbench.domain.QuoteMarks.quoted(tag.name());
            String with = topic.isEmpty() ? "" : ", topic " + org.claimbench.domain.QuoteMarks.quoted(topic, 40);
            String withShort = topic.isEmpty() ? "" : ", topic " + org.claimbench.domain.QuoteMarks.quoted(topic, 20);
            return List.of("Sticky tag " + name + with + ": every text you select becomes its claim (× in the toolbar turns it off).",
                    "Sticky tag " + name + with + ": every text you select becomes its claim.",
                    "Sticky tag " + name + withShort + ": each selection is its claim.",
                    "Sticky tag " + org.claimbench.domain.QuoteMarks.quoted(tag.name(), 20) + withShort);
        }
        if (topic.isEmpty()) {
            return plain;
        }
        String keys = TagKeys.range(sources.size());
        return List.of("Sticky topic " + org.claimbench.domain.QuoteMarks.quoted(topic) + ": select text, press " + keys + ", and the claim gets it.",
                "Sticky topic " + org.claimbench.domain.QuoteMarks.quoted(topic) + ": the claims you mark get it.",
                "Sticky topic " + org.claimbench.domain.QuoteMarks.quoted(topic, 40),
                "Sticky topic " + org.claimbench.domain.QuoteMarks.quoted(topic, 20));
    }

    /**
     * A number key was pressed in the pane with no words of the user's own selected ({@code foundOnly}: only the words Find
     * left selected, which are not offered to mark): the line says what to do instead of nothing (student59: a drag that
     * selected nothing, then a digit, and no claim and no word about it), until the selection or the claim under the caret
     * changes.
     */
    void sayNothingToTag(boolean foundOnly) {
        String keys = TagKeys.range(sources.size());
        List<String> says = foundOnly
                ? List.of("The words Find left selected are not marked by a key: select the claim's words, then press " + keys + ".",
                        "Select the claim's words yourself, then press " + keys + ".", "Select words first, then " + keys + ".")
                : List.of("No words are selected, so no claim was made: select the claim's words first, then press " + keys + ".",
                        "Select the claim's words first, then press " + keys + ".", "Select words first, then " + keys + ".");
        FittingPhrasing.show(label, says);
        label.pseudoClassStateChanged(HINT_STATE, false);
        nothingToTag = says;
    }

    /** " · same words: White House (click again)" when other claims are drawn on the very same words. */
    private String sameWords(Claim c) {
        List<String> names = vm.othersOnSameWords(c).stream()
                .map(o -> sources.stream().filter(s -> s.id() == o.sourceId()).map(Source::name).findFirst().orElse("?")).toList();
        return names.isEmpty() ? "" : " · same words: " + String.join(", ", names) + " (click again)";
    }
}
