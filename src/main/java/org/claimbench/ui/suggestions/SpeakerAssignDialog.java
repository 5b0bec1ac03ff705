package org.claimbench.ui.suggestions;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FormGrid;
import org.claimbench.ui.common.SourceConverter;

/**
 * "Whom does Lena Ortiz speak for?": the speaker of a suggestion is given a source of the
 * workspace, or a new one; the speaker table remembers, and the speaker's other suggestions follow.
 */
public final class SpeakerAssignDialog {

    /** The user's choice: an existing source, or the name of a new one. */
    record Choice(Source existing, String newSource) {
    }

    private SpeakerAssignDialog() {
    }

    public static void show(Window owner, SuggestionsViewModel vm, ClaimSuggestionRow row) {
        choose(owner, vm, row).ifPresent(c -> {
            if (c.existing() != null) {
                vm.assignSpeaker(row, c.existing());
            } else {
                vm.assignSpeakerToNewSource(row, c.newSource());
            }
        });
    }

    private static Optional<Choice> choose(Window owner, SuggestionsViewModel vm, ClaimSuggestionRow row) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Assign speaker");
        d.setHeaderText("Whom does " + row.suggestion().speaker() + " speak for? The speaker table remembers, and "
                + row.suggestion().speaker() + "'s other suggestions follow.");
        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(vm.sources()));
        source.setId("assignSpeakerSource");
        source.setConverter(new SourceConverter());
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
                .help(new Label("Named in this article as “" + row.suggestion().namedAs() + "”")));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("assignSpeakerOk");
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(source.valueProperty().isNull().and(newSource.textProperty().isEmpty()));
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : source.getValue() != null ? new Choice(source.getValue(), null) : new Choice(null, newSource.getText()));
        return d.showAndWait();
    }
}
