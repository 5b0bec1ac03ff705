package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FormGrid;

/** Edits a claim's source, speaker, topic and note (its text span stays as marked). */
final class ClaimEditDialog {

    record Result(Source source, String speaker, String topic, String note, String rating, String explanation, String reviewer) {
    }

    private ClaimEditDialog() {
    }

    static Optional<Result> show(Window owner, ClaimRow row, List<Source> sources, Source current, List<String> topics,
                                 List<String> scale, org.claimbench.domain.Verdict verdict) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit claim");
        d.setHeaderText(org.claimbench.domain.QuoteMarks.quoted(row.quote(), 140));
        ComboBox<Source> source = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(sources));
        source.setId("editClaimSource");
        source.setValue(current);
        source.setConverter(new org.claimbench.ui.common.SourceConverter());
        TextField speaker = new TextField(row.speaker());
        speaker.setId("editClaimSpeaker");
        speaker.setPromptText("Who said it, e.g. Yuri Ushakov");
        ComboBox<String> topic = TopicDialogs.topicBox(topics, "editClaimTopic");
        topic.getEditor().setText(row.topic());
        TextArea note = new TextArea(row.claim().note());
        note.setId("editClaimNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        VerdictFields verdictFields = new VerdictFields(scale, verdict);
        d.getDialogPane().setContent(verdictFields.addTo(new FormGrid(400).row("Source", source).row("Speaker", speaker).row("Topic", topic)
                .row("Note", note)));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        org.claimbench.ui.common.NoteField.enterConfirms(note, d);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Result(source.getValue(), speaker.getText(), topic.getEditor().getText(), note.getText(),
                        verdictFields.chosenRating(), verdictFields.explanation.getText(), verdictFields.reviewer.getText()) : null);
        return d.showAndWait();
    }
}
