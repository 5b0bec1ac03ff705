package org.claimbench.ui.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.CompletionPopup;

/** Asking for a topic (with the existing ones completed as the user types), and the topic list. */
public final class TopicDialogs {

    private static final javafx.css.PseudoClass NO_CLAIMS = javafx.css.PseudoClass.getPseudoClass("no-claims");

    private TopicDialogs() {
    }

    /**
     * An editable box of the topics, completing what is typed from them (a suggestion is taken only when picked: ↓ opens
     * the list, Enter or a click takes the one highlighted). Enter takes what it holds; an empty box means no topic.
     */
    public static ComboBox<String> topicBox(List<String> labels, String id) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(labels));
        box.setId(id);
        box.setEditable(true);
        box.setPromptText("A question it answers, e.g. How long was the call?");
        box.setPrefWidth(340);
        CompletionPopup.attach(box, labels);
        return box;
    }

    /**
     * The topic to give count claims; empty if cancelled, "" to take their topic away. With claims of different topics
     * (mixed, not null) the box starts empty and says "mixed", and the header says which topics a new one replaces. The OK
     * button says what Enter will do: set a topic there is, make a new one, or take the topic off (an empty box did that
     * silently, and a word meant to pick a topic made a new one, factcheck49).
     */
    private static Optional<String> askTopic(Window owner, int count, List<String> labels, String current, String mixed, String note) {
        ComboBox<String> box = topicBox(labels, "topicChoice");
        if (mixed != null) {
            box.setPromptText("mixed: type or pick one topic for all " + count);
        }
        return AskInBox.ask(owner, "Set topic", "The topic of " + (count == 1 ? "the selected claim" : "the " + count + " selected claims")
                + (mixed == null ? "" : "\nNow mixed: " + mixed + ". The topic set here replaces them all.")
                + (note == null ? "" : "\n" + note), box, current,
                "Type a new question, or ↓ to pick one; Enter does what the button says. Empty, it takes the topic away.", labels,
                typed -> okSays(typed, count, labels));
    }

    /** What the topic dialog's OK does with the text typed, said on the button. */
    static String okSays(String typed, int count, List<String> labels) {
        String claims = count == 1 ? "the claim" : count + " claims";
        if (typed.isEmpty()) {
            return "Take the topic off " + claims;
        }
        return labels.stream().anyMatch(l -> l.strip().equalsIgnoreCase(typed)) ? "Set topic of " + claims : "New topic for " + claims;
    }

    /** Asks for a topic ({@link #askTopic}) and gives it to the claims named; nothing happens if the user cancels. */
    public static void askAndSet(Window owner, TopicsViewModel topics, List<Long> claimIds, String current, String note) {
        askTopic(owner, claimIds.size(), topics.labels(), current, null, note).ifPresent(label -> topics.setTopic(claimIds, label));
    }

    /**
     * Asks for the topic of claims whose topics are now these ("" for none), one per claim: one topic shared shows in the
     * box; different ones show as "mixed", never one of them (which Enter would silently set on all). Returns whether a topic
     * was set (false: cancelled, or the write failed).
     */
    public static boolean askAndSet(Window owner, TopicsViewModel topics, List<Long> claimIds, List<String> topicsNow, String note) {
        java.util.Map<String, Long> counts = topicsNow.stream().collect(java.util.stream.Collectors.groupingBy(t -> t,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        String current = counts.size() == 1 ? topicsNow.get(0) : "";
        String mixed = counts.size() <= 1 ? null : counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getValue() + (e.getKey().isEmpty() ? " without a topic" : " “" + e.getKey() + "”"))
                .collect(java.util.stream.Collectors.joining(", "));
        return askTopic(owner, claimIds.size(), topics.labels(), current, mixed, note).map(label -> topics.setTopic(claimIds, label)).orElse(false);
    }

    /**
     * The topic list: each topic with its colour and claim count ("no claims" said apart); rename (F2), merge into another,
     * recolour, delete (Delete: one undo step, confirmed when claims have it), and show its claims in the table. Escape
     * closes it.
     */
    public static void showList(Window owner, TopicsViewModel vm, java.util.function.Consumer<String> showClaims) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Topics");
        // The app's stylesheet: its list's chosen row stands out as the window's lists' do, focused or not.
        d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        d.setHeaderText("The questions that group claims. Rename, merge, recolour or delete them; each change is undone with Ctrl+Z.");
        ListView<TopicRow> list = new ListView<>(vm.rows());
        list.setId("topicList");
        list.setPrefSize(460, 320);
        list.setPlaceholder(new Label("No topics yet. Select claims in the table and press T to give them one."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TopicRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    // A topic no claim has says so in words: "0 claims" read as a count like the others (factcheck49).
                    setText(r.label() + "  ·  " + (r.claims() == 0 ? "no claims: Delete removes it" : r.claims() + (r.claims() == 1 ? " claim" : " claims")));
                    setGraphic(ColourDot.of(r.colour(), 6));
                }
                pseudoClassStateChanged(NO_CLAIMS, !empty && r != null && r.claims() == 0);
            }
        });
        Button rename = new Button("Rename…");
        rename.setId("renameTopic");
        rename.setOnAction(e -> selected(list).ifPresent(r -> {
            askLabel(owner, r).ifPresent(label -> vm.rename(r, label));
            choose(list, r.topic().id());
        }));
        Button merge = new Button("Merge into…");
        merge.setId("mergeTopic");
        merge.setOnAction(e -> selected(list).ifPresent(r -> {
            List<TopicRow> others = vm.rows().stream().filter(x -> x.topic().id() != r.topic().id()).toList();
            if (others.isEmpty()) {
                return;
            }
            Optional<TopicRow> into = MergeTopicDialog.ask(owner, r, others);
            into.ifPresent(x -> vm.merge(r, x));
            choose(list, into.orElse(r).topic().id());
        }));
        Button colour = new Button("Colour…");
        colour.setId("recolourTopic");
        colour.setOnAction(e -> selected(list).ifPresent(r -> {
            Dialog<String> c = new Dialog<>();
            c.initOwner(owner);
            c.setTitle("Colour of “" + r.label() + "”");
            // The topic named inside the dialog too: a title bar is not always seen (student45 saw a bare colour box).
            c.setHeaderText("The colour of “" + r.label() + "” (" + r.claims() + (r.claims() == 1 ? " claim" : " claims")
                    + "), in the Topic column and the topic lists:");
            c.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            ColorPicker picker = new ColorPicker(Color.web(r.colour()));
            picker.setId("topicColourPicker");
            c.getDialogPane().setContent(picker);
            c.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            c.setResultConverter(b -> b == ButtonType.OK ? hex(picker.getValue()) : null);
            c.showAndWait().ifPresent(hex -> vm.recolour(r, hex));
            choose(list, r.topic().id());
        }));
        Button delete = new Button("Delete…");
        delete.setId("deleteTopic");
        delete.setOnAction(e -> selected(list).ifPresent(r -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (r.claims() == 0 || confirmDelete(owner, r)) {
                vm.delete(r);
            }
            // The row in its place chosen, for the next change.
            javafx.application.Platform.runLater(() -> {
                if (!list.getItems().isEmpty()) {
                    list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
                }
                list.requestFocus();
            });
        }));
        Button show = new Button("Show its claims");
        show.setId("showTopicClaims");
        show.setOnAction(e -> selected(list).ifPresent(r -> {
            showClaims.accept(r.label());
            d.close();
        }));
        for (Button b : List.of(rename, merge, colour, delete, show)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                rename.fire();
            } else if (e.getCode() == KeyCode.ENTER) {
                show.fire();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete.fire();
            }
        });
        // Escape closes the list wherever the keyboard is in it: the list of topics kept the key for itself (a list view
        // takes Escape to cancel an edit, and so the Close button's own Escape never came).
        // Ctrl+Z and Ctrl+Shift+Z undo and redo here as the header says: the window's menu, which has those keys, does not
        // see them while this dialog has the keyboard (student-run50 deleted a topic and Ctrl+Z did nothing).
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> org.claimbench.ui.common.MenuUndo.run(owner.getScene(), e));
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                d.close();
            }
        });
        HBox buttons = new HBox(6, rename, merge, colour, delete, show);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(10));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        // The first topic chosen, so that ↓ goes to the second and F2 renames the one seen chosen (↓ chose the second at once).
        d.setOnShown(e -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        d.show();
    }

    /** Asks before a topic some claims have is deleted, with their count; whether to go on. */
    private static boolean confirmDelete(Window owner, TopicRow r) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle("Delete topic");
        a.setHeaderText("Delete the topic “" + r.label() + "”?");
        a.setContentText("It is taken off its " + (r.claims() == 1 ? "claim" : r.claims() + " claims")
                + ", which keep their source, speaker and note. Ctrl+Z brings it back.");
        a.getDialogPane().setId("deleteTopicDialog");
        ButtonType go = new ButtonType(r.claims() == 1 ? "Delete, and take it off 1 claim" : "Delete, and take it off " + r.claims() + " claims",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(go, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    private static Optional<String> askLabel(Window owner, TopicRow r) {
        // Wide enough for a question whole ("How long was the call?" was cut).
        return org.claimbench.ui.common.RenameDialog.ask(owner, "topic", r.label(), "topicLabelField", 32);
    }

    /**
     * After a change the list's rows are new: the topic acted on (or merged into) is chosen again and the keyboard goes
     * back to the list, for the next change (the choice was lost and the keyboard sat on Close: student45).
     */
    private static void choose(ListView<TopicRow> list, long topicId) {
        javafx.application.Platform.runLater(() -> {
            list.getItems().stream().filter(x -> x.topic().id() == topicId).findFirst().ifPresent(x -> {
                list.getSelectionModel().select(x);
                list.scrollTo(x);
            });
            list.requestFocus();
        });
    }

    private static Optional<TopicRow> selected(ListView<TopicRow> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    /**
     * Whether Ctrl+Z (Ctrl+Shift+Z, {@code redo}) is the box's own, to take back (bring back) letters typed into it while it
     * has the keyboard, as in any text box; with nothing typed there to undo, it is the dialog's.
     */
    static boolean undoesItsTyping(ComboBox<String> box, boolean redo) {
        javafx.scene.control.TextField editor = box.getEditor();
        return editor.isFocused() && (redo ? editor.isRedoable() : editor.isUndoable());
    }
}
