package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.claimbench.domain.Source;

/** Edits a claim's source, speaker, topic and note (its text span stays as marked). */
final class ClaimEditDialog {

    record Result(Source source, String speaker, String topic, String note) {
    }

    private ClaimEditDialog() {
    }

    static Optional<Result> show(Window owner, ClaimRow row, List<Source> sources, Source current, List<String> topics) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit claim");
        d.setHeaderText("“" + shorten(row.quote(), 140) + "”");
        ComboBox<Source> source = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(sources));
        source.setId("editClaimSource");
        source.setValue(current);
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        TextField speaker = new TextField(row.speaker());
        speaker.setId("editClaimSpeaker");
        speaker.setPromptText("Who said it, e.g. Yuri Ushakov");
        ComboBox<String> topic = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(topics));
        topic.setId("editClaimTopic");
        topic.setEditable(true);
        topic.setPromptText("A question it answers, e.g. How long was the call?");
        topic.getEditor().setText(row.topic());
        TextArea note = new TextArea(row.claim().note());
        note.setId("editClaimNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Source"), source);
        g.addRow(1, new Label("Speaker"), speaker);
        g.addRow(2, new Label("Topic"), topic);
        g.addRow(3, new Label("Note"), note);
        GridPane.setHgrow(note, Priority.ALWAYS);
        topic.setMaxWidth(Double.MAX_VALUE);
        source.setMaxWidth(Double.MAX_VALUE);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Result(source.getValue(), speaker.getText(), topic.getEditor().getText(), note.getText()) : null);
        return d.showAndWait();
    }

    static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
