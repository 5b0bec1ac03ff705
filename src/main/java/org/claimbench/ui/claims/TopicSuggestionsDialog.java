package org.claimbench.ui.claims;

import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;

/**
 * The groups proposed as topics ({@link TopicSuggestionsViewModel}), keyboard first: the groups on the left (↑/↓), the chosen
 * group's name above its claims on the right. Typing in the list of groups types the group's name (the first key replaces
 * the name proposed); ↓ in the name lists the topics there are, to merge the group into one; Space ticks or unticks the claim
 * chosen in the group's claims (Tab or a click goes to them, ↑/↓ there), a digit moves it to the group of that number ("All
 * groups" shows every group's claims in one list: {@link AllGroupsClaims}); Enter sets the topic of the ticked claims (one undo step) and
 * goes to the next group still open. Ctrl+Z takes back the dialog's own last step (a tick, a move, a topic set), never a step
 * of the main window ({@link TopicGroupingUndo}), and Ctrl+Shift+Z brings it back; Escape closes. Not modal: the panes and the table
 * stay usable, and what changes there is shown here.
 */
final class TopicSuggestionsDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TopicSuggestionsViewModel vm;
    private final ListView<Group> groupList;
    private final ComboBox<String> nameBox;
    private final ListView<Choice> claimList = new ListView<>();
    private final Button accept = new Button();
    /** How many of the claims shown lie below the list's edge ("" when all are in sight). */
    private final ClaimsBelowLine more = new ClaimsBelowLine(claimList);
    /** Every group's claims in one list, shown in place of the chosen group's while its toggle is on. */
    private final AllGroupsClaims all;
    private boolean countingBelow;
    /** The topics there are as the name's completion offers them: the nearest in meaning to the group shown first. */
    private final javafx.collections.ObservableList<String> offered = javafx.collections.FXCollections.observableArrayList();
    private Group current;

    TopicSuggestionsDialog(Window owner, TopicSuggestionsViewModel vm) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Suggested topics");
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        groupList = new ListView<>(vm.groups());
        groupList.setId("topicGroupList");
        // Wide enough for each group's line and two lines of its gist: every group read at once, not one by one (a newcomer
        // clicked through eight groups to choose questions, student-run51).
        groupList.setPrefSize(380, 400);
        groupList.setCellFactory(l -> new TopicGroupCells.GroupCell(vm::gist));
        nameBox = TopicDialogs.topicBox(offered, "topicGroupName");
        nameBox.setPromptText("The question the group answers");
        nameBox.setMaxWidth(Double.MAX_VALUE);
        claimList.setId("topicGroupClaims");
        claimList.setPrefSize(480, 320);
        all = new AllGroupsClaims(vm);
        claimList.setCellFactory(l -> new TopicGroupCells.ChoiceCell(l, all::groupLine));
        VBox.setVgrow(claimList, Priority.ALWAYS);
        accept.setId("topicGroupAccept");
        accept.setDefaultButton(true);
        accept.setOnAction(e -> acceptCurrent());
        Label said = new Label();
        said.setId("topicGroupSaid");
        said.setWrapText(true);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // It wraps to the column's width, never widens it: a long line squeezed the groups' column by 70 px (student-run56).
        said.setMinWidth(0);
        said.setPrefWidth(0);
        said.setMaxWidth(Double.MAX_VALUE);
        said.getStyleClass().add("muted");
        said.textProperty().bind(vm.saidProperty());
        Label nameLabel = new Label("Name: the question it answers (↓ lists the topics there are)");
        nameLabel.setWrapText(true);
        nameLabel.setLabelFor(nameBox);
        // The claims' keys where the claims are: after Tab a newcomer feared a question typed there would untick and move
        // claims (student-run52); letters go to the name, and the line says so.
        Label claimsLabel = new Label();
        claimsLabel.textProperty().bind(all.toggle().selectedProperty().map(on -> (on ? "Every group's claims, each with its group"
                : "Its claims") + " (Tab, or click one): Space unticks one, a number moves it to that group; letters typed go to the name"));
        claimsLabel.setId("topicGroupClaimKeys");
        claimsLabel.setWrapText(true);
        claimsLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        claimsLabel.getStyleClass().add("muted");
        claimsLabel.setLabelFor(claimList);
        VBox right = new VBox(6, nameLabel, nameBox, claimsLabel, claimList, more.line(), accept, said);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox left = new VBox(6, all.toggle(), groupList);
        VBox.setVgrow(groupList, Priority.ALWAYS);
        HBox content = new HBox(10, left, right);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        // Its own width, within its window's (1024 px and up): the pane took the width its header wrapped at (about 600 px),
        // and squeezed the groups' names to two cut lines (seen in the real window at 1280 × 720).
        double width = Math.min(900, Math.max(600, owner.getWidth() - 60));
        dialog.getDialogPane().setPrefWidth(width);
        dialog.getDialogPane().setMinWidth(width);
        // As tall as its window allows (up to 760 px): the group's claims and every group's gist get the room.
        dialog.getDialogPane().setPrefHeight(Math.min(760, Math.max(520, owner.getHeight() - 40)));
        groupList.setMinWidth(220);
        groupList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> choose(now));
        // Walking every group's claims, the group of the claim chosen is the one chosen: its name is typed, Enter sets it.
        claimList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (all.isOn() && now != null) {
                all.groupOf(now).filter(g -> g != current).ifPresent(groupList.getSelectionModel()::select);
            }
        });
        all.toggle().selectedProperty().addListener((o, was, now) -> showAllOrOne());
        nameBox.getEditor().textProperty().addListener((o, was, now) -> {
            if (current != null && !current.nameProperty().get().equals(now)) {
                current.nameProperty().set(now);
            }
            update();
        });
        vm.groups().addListener((javafx.collections.ListChangeListener<Group>) c -> watch());
        vm.topicLabels().addListener((javafx.collections.ListChangeListener<String>) c -> rankTopics());
        // A click into the name while it is still the proposed words selects them, so the question typed replaces them (a
        // newcomer cleared them with Ctrl+A four times, student-run51); after the click has placed the caret.
        nameBox.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (now && current != null && nameBox.getEditor().getText().equals(current.proposed())) {
                Platform.runLater(nameBox.getEditor()::selectAll);
            }
        });
        // The first grouping came before this dialog was made.
        watch();
        keys();
    }

    private void keys() {
        groupList.addEventFilter(KeyEvent.KEY_TYPED, this::typeIntoName);
        claimList.addEventFilter(KeyEvent.KEY_TYPED, this::typeIntoName);
        // Tab from the groups goes to the group's claims (the name is reached by typing).
        groupList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown()) {
                e.consume();
                claimList.requestFocus();
                // The list shows where the keys act: its first claim chosen, not a focus no row shows (student-run56).
                if (claimList.getSelectionModel().isEmpty() && !claimList.getItems().isEmpty()) {
                    claimList.getSelectionModel().select(0);
                }
            }
        });
        javafx.event.EventHandler<KeyEvent> space = e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
                e.consume();
                toggleChosenClaim();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                // A list view keeps Enter from the dialog's default button.
                e.consume();
                acceptCurrent();
            }
        };
        groupList.addEventFilter(KeyEvent.KEY_PRESSED, space);
        claimList.addEventFilter(KeyEvent.KEY_PRESSED, space);
        nameBox.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // After the completion list's own filter: Enter on a topic highlighted there took it into the box, and sets it here.
            if (e.getCode() == KeyCode.ENTER && !e.isConsumed()) {
                e.consume();
                acceptCurrent();
            }
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isAltDown() && !TopicDialogs.undoesItsTyping(nameBox, e.isShiftDown())) {
                // Not the menu's Undo: after a move the workspace never saw, that took back the topic set before it.
                e.consume();
                showUndone(e.isShiftDown() ? vm.redo() : vm.undo());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                dialog.close();
            }
        });
    }

    /** After Ctrl+Z or Ctrl+Shift+Z: the group the step was in, chosen, and the claim it moved or ticked chosen in it. */
    private void showUndone(TopicGroupingUndo.Undone undone) {
        undone.group().ifPresent(g -> {
            if (g == current) {
                choose(g);
            } else {
                groupList.getSelectionModel().select(g);
            }
            groupList.scrollTo(g);
        });
        undone.choice().ifPresent(c -> {
            claimList.getSelectionModel().select(c);
            claimList.scrollTo(c);
        });
        update();
    }

    /**
     * A character typed in a list (not Space, which ticks) goes into the group's name; the first replaces the name proposed.
     * A digit 1–9 moves the claim chosen to that group instead (the groups are numbered in their list).
     */
    private void typeIntoName(KeyEvent e) {
        String typed = e.getCharacter();
        if (typed.length() == 1 && typed.charAt(0) >= '1' && typed.charAt(0) <= '9' && !e.isControlDown() && !e.isAltDown()) {
            e.consume();
            int to = typed.charAt(0) - '1';
            Choice c = claimList.getSelectionModel().getSelectedItem();
            int at = claimList.getSelectionModel().getSelectedIndex();
            // The claim that followed the one moved is chosen next (the one before it, at the end), whichever view is shown.
            List<Choice> items = claimList.getItems();
            Choice next = at + 1 < items.size() ? items.get(at + 1) : at > 0 ? items.get(at - 1) : null;
            if (c != null && to < vm.groups().size() && vm.move(c, vm.groups().get(to)) && next != null) {
                claimList.getSelectionModel().select(next);
                claimList.scrollTo(Math.max(0, claimList.getSelectionModel().getSelectedIndex() - 2));
            }
            return;
        }
        if (typed.isEmpty() || typed.charAt(0) < ' ' || typed.equals(" ") || typed.charAt(0) == 127 || e.isControlDown()
                || e.isMetaDown() || e.isAltDown() || current == null) {
            return;
        }
        if (current.isDone()) {
            // Its name can no longer change here: the letters went nowhere, without a word (student-run52).
            e.consume();
            vm.typedIntoASetGroup(current);
            return;
        }
        e.consume();
        javafx.scene.control.TextField editor = nameBox.getEditor();
        String text = editor.getText().equals(current.proposed()) ? typed : editor.getText() + typed;
        nameBox.requestFocus();
        editor.setText(text);
        editor.deselect();
        editor.positionCaret(text.length());
        Platform.runLater(() -> {
            editor.deselect();
            editor.positionCaret(editor.getText().length());
        });
    }

    /** Shows the dialog on the groups now in the view model, the first group chosen and the keyboard in the list of groups. */
    void show(int claims, int groups) {
        dialog.setHeaderText(claims + " claims grouped by meaning: " + (groups == 0 ? "no group found" : groups == 1 ? "1 group" : groups + " groups")
                + ". Type the question a group answers (or ↓ and pick a topic there is); Tab goes to its claims (the button above the groups"
                + " shows every group's):\nclick one or ↑/↓, then Space unticks it, a number moves it to that group. Enter sets the topic of the ticked claims. Ctrl+Z takes back the last step here (Ctrl+Shift+Z redoes).");
        if (!dialog.isShowing()) {
            dialog.show();
        }
        if (!countingBelow) {
            countingBelow = true;
            dialog.getDialogPane().getScene().addPostLayoutPulseListener(more::count);
        }
        groupList.getSelectionModel().clearSelection();
        groupList.getSelectionModel().select(0);
        groupList.requestFocus();
        dialog.getDialogPane().getScene().getWindow().requestFocus();
    }

    private void choose(Group g) {
        current = g;
        nameBox.getEditor().setText(g == null ? "" : g.nameProperty().get());
        if (all.isOn()) {
            claimList.setItems(all.claims());
            Choice chosen = claimList.getSelectionModel().getSelectedItem();
            if (g != null && !g.claims().isEmpty() && (chosen == null || !g.claims().contains(chosen))) {
                claimList.getSelectionModel().select(g.claims().get(0));
                claimList.scrollTo(g.claims().get(0));
            }
        } else {
            claimList.setItems(g == null ? javafx.collections.FXCollections.observableArrayList() : g.claims());
            if (g != null && !g.claims().isEmpty()) {
                claimList.getSelectionModel().select(0);
                claimList.scrollTo(0);
            }
        }
        nameBox.setDisable(g != null && g.isDone());
        rankTopics();
        update();
    }

    /** The toggle turned: every group's claims or the chosen group's alone, the claim chosen kept where shown; the list gets the keys. */
    private void showAllOrOne() {
        Choice chosen = claimList.getSelectionModel().getSelectedItem();
        choose(current);
        if (chosen != null && claimList.getItems().contains(chosen)) {
            claimList.getSelectionModel().select(chosen);
            claimList.scrollTo(chosen);
        }
        claimList.requestFocus();
    }

    /**
     * The completion's topics ranked for the group shown (the first offered was the first made, whatever the group held:
     * student-run51); again when topics or the group's claims change.
     */
    private void rankTopics() {
        offered.setAll(vm.topicsByMeaning(current));
    }

    /** Every tick, change since the grouping and group's state updates the counts and the button. */
    private void watch() {
        for (Group g : vm.groups()) {
            g.doneProperty().addListener((o, was, now) -> {
                nameBox.setDisable(current != null && current.isDone());
                update();
            });
            for (Choice c : g.claims()) {
                c.tickedProperty().addListener((o, was, now) -> update());
                c.sinceProperty().addListener((o, was, now) -> update());
            }
            // A claim moved in or out by its number: the counts and the button follow at once (they stayed as they were until
            // the next edit, student-run51).
            g.claims().addListener((javafx.collections.ListChangeListener<Choice>) c -> {
                if (g == current) {
                    rankTopics();
                }
                update();
            });
        }
    }

    private void update() {
        groupList.refresh();
        claimList.refresh();
        Group g = current;
        String name = nameBox.getEditor().getText().strip();
        int ticked = g == null ? 0 : g.ticked();
        if (g == null) {
            accept.setText("Set topic");
        } else if (g.isDone()) {
            accept.setText("Topic set (Ctrl+Z undoes it)");
        } else if (ticked == 0) {
            accept.setText(g.claims().isEmpty() ? "Nothing left to group" : g.notGrouped() ? "Tick the claims to group (Space)" : "No claim ticked");
        } else if (name.isEmpty()) {
            accept.setText("Type a name first");
        } else {
            accept.setText(TopicDialogs.okSays(name, ticked, vm.topicLabels()));
        }
        accept.setDisable(g == null || g.isDone() || ticked == 0 || name.isEmpty());
    }

    private void toggleChosenClaim() {
        Choice c = claimList.getSelectionModel().getSelectedItem();
        if (c != null && all.groupOf(c).filter(g -> !g.isDone()).isPresent()) {
            c.tickedProperty().set(!c.tickedProperty().get());
        }
    }

    /**
     * Sets the chosen group's topic; then the next group still open is chosen, the keyboard in its name (the proposed words
     * selected: typing replaces them, ↓ lists the topics there are, as the name's label says; in the list of groups ↓ went to
     * the next group, student-run52); with every group set, "Not grouped" if claims are left in it (Enter stayed on the last
     * group: student-run51); with nothing left open, the dialog says so and the keyboard goes to Close.
     */
    private void acceptCurrent() {
        Group g = current;
        if (g == null || !vm.accept(g)) {
            return;
        }
        int at = vm.groups().indexOf(g);
        int n = vm.groups().size();
        Group leftovers = null;
        for (int step = 1; step < n; step++) {
            Group next = vm.groups().get((at + step) % n);
            if (!next.isDone() && !next.notGrouped()) {
                leftovers = null;
                groupList.getSelectionModel().select(next);
                groupList.scrollTo(next);
                break;
            }
            if (!next.isDone() && next.notGrouped() && !next.claims().isEmpty()) {
                leftovers = next;
            }
        }
        if (leftovers != null) {
            groupList.getSelectionModel().select(leftovers);
            groupList.scrollTo(leftovers);
        }
        if (current != null && current != g && !current.isDone()) {
            nameBox.requestFocus();
            nameBox.getEditor().selectAll();
        } else if (vm.everyGroupSet()) {
            javafx.scene.Node close = dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
            close.requestFocus();
        } else {
            groupList.requestFocus();
        }
    }
}
