package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.Topic;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * Topics with the comfort sources have: the list with each topic's colour and claim count; the
 * topic of many claims set at once; rename, merge, recolour, delete; and the sticky topic every new claim
 * gets. Each change is one undoable edit of the workspace.
 */
public final class TopicsViewModel {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private final ObservableList<TopicRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final StringProperty sticky = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty allGroupsShown = new javafx.beans.property.SimpleBooleanProperty(false);
    /** The id of the topic the sticky label names, while one does: the label follows it through renames, undone or redone. */
    private Long stickyId;
    private java.util.function.Consumer<String> status = s -> { };

    public TopicsViewModel(WorkspaceModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
        model.onTopicsChanged(this::refresh);
        model.onClaimsReady(this::refresh);
        model.onClaimsChanged(e -> refresh());
        // Another workspace: no sticky topic, and the topics dialog's one-group view until its layout, if any, says otherwise.
        model.workspaceProperty().addListener((o, was, now) -> {
            sticky.set("");
            allGroupsShown.set(false);
        });
        sticky.addListener((o, was, now) -> stickyId = model.workspace().flatMap(w -> w.topics().stream()
                .filter(t -> t.label().equalsIgnoreCase(now == null ? "" : now.strip())).findFirst()).map(Topic::id).orElse(null));
    }

    /** Every topic, by label, with its colour and count. */
    public ObservableList<TopicRow> rows() {
        return rows;
    }

    /** The topics' labels, to choose from or complete as the user types. */
    public ObservableList<String> labels() {
        return labels;
    }

    /**
     * Whether the suggested topics' dialog (G) shows every group's claims in one list rather than the chosen group's: the
     * user's choice, kept with the window's layout of the workspace ({@link org.claimbench.settings.WindowLayout#topicGroupsAll()})
     * and put back when the workspace opens again (student-run56 chose it; a newcomer reopening the dialog got one group).
     */
    public javafx.beans.property.BooleanProperty allGroupsShownProperty() {
        return allGroupsShown;
    }

    /** The topic every claim marked from now on gets ("" for none), as the sticky tag gives its source. */
    public StringProperty stickyProperty() {
        return sticky;
    }

    public void setOnStatus(java.util.function.Consumer<String> status) {
        this.status = status;
    }

    /** Puts a message of the topics' dialogs on the main window's status line. */
    void say(String message) {
        status.accept(message);
    }

    /**
     * A topic's colour as drawn: the one chosen, else one of the palette by the topic's id, so that it keeps its colour
     * when topics are added, renamed or merged, and from one session to the next (by its place in the list, which is by
     * label, every topic after a new one changed colour).
     */
    public Optional<String> colourOf(Long topicId) {
        return topicId == null ? Optional.empty() : rows.stream().filter(r -> r.topic().id() == topicId).map(TopicRow::colour).findFirst();
    }

    /** The colour of the topic labelled so (as drawn, {@link #colourOf(Long)}), if one is. */
    public Optional<String> colourOfLabel(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).map(TopicRow::colour).findFirst();
    }

    /** A topic's label, "" for none (a claim with no topic, or a topic not listed yet). */
    public String labelOf(Long topicId) {
        return topicId == null ? "" : rows.stream().filter(r -> r.topic().id() == topicId).map(TopicRow::label).findFirst().orElse("");
    }

    private void refresh() {
        List<Topic> topics = model.workspace().map(w -> w.topics()).orElse(List.of());
        Map<Long, Integer> counts = new HashMap<>();
        if (model.claimsReady() && !topics.isEmpty()) {
            model.workspace().ifPresent(w -> {
                for (Claim c : w.claims()) {
                    if (c.topicId() != null) {
                        counts.merge(c.topicId(), 1, Integer::sum);
                    }
                }
            });
        }
        followSticky(topics);
        List<TopicRow> out = new ArrayList<>();
        for (Topic t : topics) {
            String colour = t.colour().isEmpty() ? SourcePalette.EXTRA.get((int) Math.floorMod(t.id() - 1, (long) SourcePalette.EXTRA.size())) : t.colour();
            out.add(new TopicRow(t, colour, counts.getOrDefault(t.id(), 0)));
        }
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
        List<String> names = topics.stream().map(Topic::label).toList();
        if (!names.equals(labels)) {
            labels.setAll(names);
        }
    }

    /**
     * The sticky label follows its topic's label (a rename, its undo or redo: the label it held would make a second topic
     * of the next claim), and names the topic of its label once one is made.
     */
    private void followSticky(List<Topic> topics) {
        Long id = stickyId;
        Optional<Topic> followed = id == null ? Optional.empty() : topics.stream().filter(t -> t.id() == id).findFirst();
        if (followed.isPresent() && !followed.get().label().equals(sticky.get().strip())) {
            sticky.set(followed.get().label());
        } else if (followed.isEmpty()) {
            stickyId = topics.stream().filter(t -> t.label().equalsIgnoreCase(sticky.get().strip())).findFirst().map(Topic::id).orElse(null);
        }
    }

    // ---- commands ----------------------------------------------------------------------

    /** Sets the topic of all these claims at once (a blank label clears it); whether it was set (false: none given, or the write failed, said). */
    public boolean setTopic(Collection<Long> claimIds, String label) {
        if (claimIds.isEmpty()) {
            status.accept("Select the claims first (Shift or Ctrl with a click or the arrow keys), then set their topic.");
            return false;
        }
        String clean = label == null ? "" : label.strip();
        Optional<Topic> existing = model.workspace().flatMap(w -> w.topics().stream().filter(t -> t.label().equalsIgnoreCase(clean)).findFirst());
        // The workspace says which topics the edit replaced, as its undo label does.
        String[] replaced = {""};
        if (model.edit(messages, "Cannot set the topic", w -> replaced[0] = w.setTopic(claimIds, clean))) {
            String claims = claimIds.size() == 1 ? "1 claim" : claimIds.size() + " claims";
            String shown = existing.map(Topic::label).orElse(clean);
            status.accept((clean.isEmpty() ? "Took the topic off " + claims : "Topic of " + claims + " set to “" + shown + "”")
                    + (replaced[0].isEmpty() ? "" : " (" + replaced[0] + ")") + ". Ctrl+Z undoes it.");
            return true;
        }
        return false;
    }

    public void rename(TopicRow row, String label) {
        // The sticky topic follows a rename by its id (followSticky), as it follows the rename's undo and redo.
        if (model.edit(messages, "Cannot rename the topic", w -> w.renameTopic(row.topic().id(), label))) {
            status.accept("Renamed the topic “" + row.label() + "” to “" + label.strip() + "”. Ctrl+Z undoes it.");
        }
    }

    public void merge(TopicRow from, TopicRow into) {
        if (model.edit(messages, "Cannot merge the topics", w -> w.mergeTopics(from.topic().id(), into.topic().id()))) {
            follow(from.label(), into.label());
            status.accept("Merged “" + from.label() + "” into “" + into.label() + "” (" + from.claims()
                    + (from.claims() == 1 ? " claim" : " claims") + " moved). Ctrl+Z undoes it.");
        }
    }

    /**
     * Deletes a topic, taking it off its claims, in one undoable edit ("Undo delete topic “…”"). A sticky topic it was is
     * turned off, so that the next claim marked does not make it again.
     */
    public void delete(TopicRow row) {
        if (model.edit(messages, "Cannot delete the topic", w -> w.deleteTopic(row.topic().id()))) {
            boolean wasSticky = sticky.get().strip().equalsIgnoreCase(row.label().strip());
            if (wasSticky) {
                sticky.set("");
            }
            status.accept("Deleted the topic “" + row.label() + "”" + (row.claims() == 0 ? "" : " and took it off its "
                    + (row.claims() == 1 ? "claim" : row.claims() + " claims")) + (wasSticky ? "; the sticky topic is off" : "")
                    + ". Ctrl+Z undoes it.");
        }
    }

    /** The sticky topic follows its topic into the one it is merged into, so that the next claim does not make the old label again. */
    private void follow(String was, String now) {
        if (sticky.get().strip().equalsIgnoreCase(was.strip())) {
            sticky.set(now);
        }
    }

    public void recolour(TopicRow row, String colour) {
        // Said as rename and merge say theirs: the status line kept the message before it (student45).
        if (model.edit(messages, "Cannot change the colour", w -> w.recolourTopic(row.topic().id(), colour))) {
            status.accept("Changed the colour of the topic “" + row.label() + "”. Ctrl+Z undoes it.");
        }
    }
}
