package org.claimbench.ui.contradictions;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.common.FormGrid;

/** Asks for the kind, status and note of a contradiction (new or existing). */
public final class ContradictionDialog {

    public record Result(ContradictionKind kind, ContradictionStatus status, String note) {
    }

    private ContradictionDialog() {
    }

    /**
     * The dialog of a contradiction between two claims, each given with who made it ("Kremlin readout") and its words; the
     * header names both (the newcomer could not tell from the quotes alone whose each was).
     */
    public static Optional<Result> show(Window owner, String title, String whoA, String quoteA, String whoB, String quoteB,
                                        ContradictionKind kind, ContradictionStatus status, String note) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText("A · " + whoA + ": " + org.claimbench.domain.QuoteMarks.quoted(quoteA, 120) + "\n  ⚡ against\nB · " + whoB + ": "
                + org.claimbench.domain.QuoteMarks.quoted(quoteB, 120));
        ComboBox<ContradictionKind> kindBox = new ComboBox<>(FXCollections.observableArrayList(ContradictionKind.values()));
        kindBox.setId("contradictionKind");
        kindBox.setValue(kind);
        Label kindHelp = new Label(kind.description());
        kindHelp.getStyleClass().add("muted");
        kindBox.valueProperty().addListener((o, a, k) -> kindHelp.setText(k == null ? "" : k.description()));
        ComboBox<ContradictionStatus> statusBox = new ComboBox<>(FXCollections.observableArrayList(ContradictionStatus.values()));
        statusBox.setId("contradictionStatus");
        statusBox.setValue(status);
        TextArea noteArea = new TextArea(note);
        noteArea.setId("contradictionNote");
        noteArea.setPromptText("Why can both not be true? e.g. “an hour-long call” against “two hours”");
        noteArea.setPrefRowCount(3);
        noteArea.setWrapText(true);
        d.getDialogPane().setContent(new FormGrid(420).row("Kind", kindBox).help(kindHelp).row("Status", statusBox).row("Note", noteArea));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        org.claimbench.ui.common.NoteField.enterConfirms(noteArea, d);
        d.setOnShown(e -> noteArea.requestFocus());
        org.claimbench.ui.common.DialogPlace.keep(d, owner, "contradiction");
        d.setResultConverter(b -> b == ButtonType.OK ? new Result(kindBox.getValue(), statusBox.getValue(), noteArea.getText()) : null);
        return d.showAndWait();
    }
}
