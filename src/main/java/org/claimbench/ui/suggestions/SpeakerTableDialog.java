package org.claimbench.ui.suggestions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.ui.common.FormGrid;

/**
 * The speaker table: who speaks for which source, and the words that name them. Suggestions use
 * it to tell whose statement a sentence reports; a change maps them again.
 */
public final class SpeakerTableDialog {

    private SpeakerTableDialog() {
    }

    public static void show(Window owner, SuggestionsViewModel vm, List<Source> sources) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Speakers");
        d.setHeaderText("Who speaks for which source. A name is also found after a title (\"council chair Marta Ellison\") or one letter off\n"
                + "with the same first name (\"Marta Elison\"). A spelling further off is another speaker: add it under \"Named as\" to join them.");
        ObservableList<Speaker> rows = FXCollections.observableArrayList(vm.speakers());
        TableView<Speaker> table = new TableView<>(rows);
        table.setId("speakerTable");
        table.setPrefSize(720, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Speaker, String> name = new TableColumn<>("Speaker");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        TableColumn<Speaker, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(sources.stream().filter(s -> s.id() == c.getValue().sourceId())
                .map(Source::name).findFirst().orElse("?")));
        TableColumn<Speaker, String> aliases = new TableColumn<>("Named in articles as");
        aliases.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(", ", c.getValue().aliases())));
        table.getColumns().addAll(List.of(name, source, aliases));
        Runnable reload = () -> rows.setAll(vm.speakers());
        Button add = new Button("Add…");
        add.setId("addSpeaker");
        add.setOnAction(e -> edit(owner, null, sources).ifPresent(s -> {
            vm.saveSpeaker(s);
            reload.run();
        }));
        Button change = new Button("Edit…");
        change.setId("editSpeaker");
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        change.setOnAction(e -> edit(owner, table.getSelectionModel().getSelectedItem(), sources).ifPresent(s -> {
            vm.saveSpeaker(s);
            reload.run();
        }));
        Button remove = new Button("Remove");
        remove.setId("removeSpeaker");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            vm.deleteSpeaker(table.getSelectionModel().getSelectedItem());
            reload.run();
        });
        VBox box = new VBox(8, table, new HBox(6, add, change, remove));
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.showAndWait();
    }

    private static Optional<Speaker> edit(Window owner, Speaker current, List<Source> sources) {
        Dialog<Speaker> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(current == null ? "Add speaker" : "Edit speaker");
        TextField name = new TextField(current == null ? "" : current.name());
        name.setId("speakerName");
        name.setPromptText("e.g. Mark Rutte");
        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(sources));
        source.setId("speakerSource");
        source.setConverter(new org.claimbench.ui.common.SourceConverter());
        source.setValue(current == null ? sources.get(0) : sources.stream().filter(s -> s.id() == current.sourceId()).findFirst().orElse(null));
        TextField aliases = new TextField(current == null ? "" : String.join(", ", current.aliases()));
        aliases.setId("speakerAliases");
        aliases.setPromptText("Rutte, NATO chief");
        CheckBox person = new CheckBox("A person (he or she may refer back to them)");
        person.setSelected(current == null || current.person());
        d.getDialogPane().setContent(new FormGrid(320).row("Speaker", name).row("Source", source).row("Named as", aliases)
                .help(new Label("Words that name the speaker, separated by commas")).row("", person));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty().or(source.valueProperty().isNull()));
        d.setResultConverter(b -> b != ButtonType.OK ? null : new Speaker(current == null ? 0 : current.id(), name.getText(),
                source.getValue().id(), person.isSelected(), Arrays.stream(aliases.getText().split(",")).map(String::strip).toList()));
        return d.showAndWait();
    }
}
