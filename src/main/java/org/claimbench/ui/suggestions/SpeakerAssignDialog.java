package org.claimbench.ui.suggestions;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.claimbench.analysis.speakers.SpeakerNames;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FormGrid;
import org.claimbench.ui.common.SourceConverter;
import org.claimbench.ui.common.SourceKeys;

/**
 * "Whom does Lena Ortiz speak for?": the speaker of a suggestion is given a source of the
 * workspace, or a new one; the speaker table remembers, and the speaker's other suggestions follow.
 * A speaker that is no name ("they", "both", "two sides": {@link SpeakerNames}) is given a source
 * for this suggestion only: the claim is marked with it and nothing is remembered. A number key answers at once, as in
 * the panes and the suggestions list: {@code 1} the legend's first source, and so on (the box shows each source's number).
 */
public final class SpeakerAssignDialog {

    /** The user's choice: an existing source, or the name of a new one; for this suggestion only, or remembered. */
    record Choice(Source existing, String newSource, boolean onlyThis) {
    }

    private SpeakerAssignDialog() {
    }

    /** A source in the box with the number key that chooses it ("1  Kremlin readout"), as the legend shows it. */
    private static final class NumberedSourceCell extends javafx.scene.control.ListCell<Source> {
        private final SuggestionsViewModel vm;

        NumberedSourceCell(SuggestionsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            int n = empty || s == null ? -1 : vm.sources().indexOf(s) + 1;
            setText(n < 1 ? null : (n <= 9 ? n + "  " : "") + s.name());
        }
    }

    /** Assign… (the button): the speaker gets a source; nothing is marked unless it is for this suggestion only. */
    public static void show(Window owner, SuggestionsViewModel vm, ClaimSuggestionRow row) {
        show(owner, vm, row, false);
    }

    /**
     * @param accepting opened by Accept (A) on the row: once answered, the suggestion is accepted too, so that one A and
     *     the dialog do it (before, A had to be pressed again)
     * @return whether the user answered (false: cancelled, nothing changed)
     */
    public static boolean show(Window owner, SuggestionsViewModel vm, ClaimSuggestionRow row, boolean accepting) {
        Optional<Choice> c = choose(owner, vm, row);
        c.ifPresent(x -> vm.assign(row, x.existing(), x.newSource(), x.onlyThis(), accepting));
        return c.isPresent();
    }

    private static Optional<Choice> choose(Window owner, SuggestionsViewModel vm, ClaimSuggestionRow row) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Assign speaker");
        String speaker = row.suggestion().speaker();
        SpeakerNames.Kind kind = row.speakerKind();
        // A pronoun or quantifier the engine could not resolve ("it", "Both") is no one to ask about: the question is the
        // claim's source (attribution round 37).
        d.setHeaderText(kind == SpeakerNames.Kind.NAME
                ? "Whom does " + speaker + " speak for? The speaker table remembers, and " + speaker + "'s other suggestions follow."
                : kind == SpeakerNames.Kind.PRONOUN
                ? "Which source is this claim from? The article says only “" + speaker + "”, and no one named before it could be found "
                        + "that it stands for: the source marks this claim only, and the speaker table does not remember “" + speaker + "”."
                : "Whom does “" + speaker + "” speak for here? A description names no one: it means different people in different "
                        + "sentences, so the source marks this claim only and the speaker table does not remember it.");
        CheckBox onlyThis = new CheckBox("This suggestion only (nothing remembered)");
        onlyThis.setId("assignThisSuggestionOnly");
        onlyThis.setSelected(kind != SpeakerNames.Kind.NAME);
        // "they" remembered would give every "they" of every article this source: never offered.
        onlyThis.setDisable(kind == SpeakerNames.Kind.PRONOUN);
        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(vm.sources()));
        source.setId("assignSpeakerSource");
        source.setConverter(new SourceConverter());
        source.setCellFactory(l -> new NumberedSourceCell(vm));
        source.setPromptText("A source of this workspace");
        row.suggestion().source().flatMap(n -> vm.sources().stream().filter(x -> x.name().equals(n)).findFirst()).ifPresent(source::setValue);
        TextField newSource = new TextField();
        newSource.setId("assignSpeakerNewSource");
        newSource.setPromptText("or the name of a new source");
        // One or the other: typing a new name clears the choice of an existing source.
        newSource.textProperty().addListener((o, a, b) -> {
            if (!b.isBlank()) {
                source.setValue(null);
            }
        });
        source.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                newSource.clear();
            }
        });
        d.getDialogPane().setContent(new FormGrid(320).row("Source", source).row("New source", newSource)
                .help(new Label("Named in this article as “" + row.suggestion().namedAs() + "”")).help(onlyThis)
                .help(new Label("1–" + Math.min(9, vm.sources().size()) + " choose a source and answer at once")));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("assignSpeakerOk");
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(source.valueProperty().isNull().and(newSource.textProperty().isEmpty()));
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : new Choice(source.getValue(), source.getValue() != null ? null : newSource.getText(), onlyThis.isSelected()));
        // One key where the mouse took three (open the box, choose, OK): a digit outside the new source's field chooses that
        // source and answers, the way 1–5 tag a claim everywhere else in the window.
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int n = SourceKeys.number(e.getCode());
            if (n >= 1 && n <= source.getItems().size() && !newSource.isFocused() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                source.hide();
                source.setValue(source.getItems().get(n - 1));
                d.setResult(new Choice(source.getValue(), null, onlyThis.isSelected()));
                d.close();
            }
        });
        return d.showAndWait();
    }
}
