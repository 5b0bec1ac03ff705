package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.topics.TopicsByMeaning;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Topic;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * The groups of claims proposed as topics (Edit › Suggest Topics…, G in the claims table): each with its proposed name
 * (editable: the question it answers, or an existing topic to merge into), its claims each ticked or not, and whether its
 * topic is set. Accepting a group sets the topic of its ticked claims in one undo step ({@link TopicsViewModel#setTopic});
 * a claim whose topic changed since the grouping (set meanwhile, by hand or by another group) or that was deleted is left
 * out, and the group says so. An undo that takes a group's topic off its claims opens the group again. Ctrl+Z in the dialog
 * ({@link #undo()}) takes back its own last step, a tick, a move or a topic set ({@link TopicGroupingUndo}). JavaFX thread.
 */
public final class TopicSuggestionsViewModel {

    /** A claim of a group: its row as it was grouped, whether it is ticked, and what became of it since ("" for nothing). */
    public static final class Choice {
        private final ClaimRow row;
        private final BooleanProperty ticked;
        private final ReadOnlyStringWrapper since = new ReadOnlyStringWrapper("");

        Choice(ClaimRow row, boolean ticked) {
            this.row = row;
            this.ticked = new SimpleBooleanProperty(ticked);
        }

        public ClaimRow row() {
            return row;
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }

        /** What happened to the claim since it was grouped: "" (nothing), "now “X”" (its topic changed), "deleted". */
        public ReadOnlyStringProperty sinceProperty() {
            return since.getReadOnlyProperty();
        }
    }

    /** A proposed group, or the claims not grouped (no name proposed, none ticked at first). */
    public static final class Group {
        private final StringProperty name;
        private final String proposed;
        private final boolean notGrouped;
        private final ObservableList<Choice> claims;
        private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
        private List<Long> setOn = List.of();
        private Long setTopicId;

        Group(String proposed, List<ClaimRow> rows, boolean notGrouped) {
            this.proposed = proposed;
            this.name = new SimpleStringProperty(proposed);
            this.notGrouped = notGrouped;
            this.claims = FXCollections.observableArrayList(rows.stream().map(r -> new Choice(r, !notGrouped)).toList());
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** The name the grouping proposed (its most characteristic words). */
        public String proposed() {
            return proposed;
        }

        public boolean notGrouped() {
            return notGrouped;
        }

        public ObservableList<Choice> claims() {
            return claims;
        }

        /** How many of its claims are ticked and still as they were grouped. */
        public int ticked() {
            return (int) claims.stream().filter(c -> c.ticked.get() && c.since.get().isEmpty()).count();
        }

        /** "" while open; once set, on how many claims ("set on 5 claims"; the group's name is the topic's). */
        public ReadOnlyStringProperty doneProperty() {
            return done.getReadOnlyProperty();
        }

        public boolean isDone() {
            return !done.get().isEmpty();
        }

        /** A claim moved into this group once set, moved out again: its topic is no longer this group's doing. */
        void forget(long claimId) {
            setOn = setOn.stream().filter(id -> id != claimId).toList();
        }

        /** A claim moved into this group once set, by a redo: its topic is this group's doing again. */
        void remember(long claimId) {
            List<Long> more = new ArrayList<>(setOn);
            more.add(claimId);
            setOn = List.copyOf(more);
        }

        /** The group's topic set (by its accept, or again by a redo): on these claims, this topic (its id, its label as its name). */
        void markSet(List<Long> ids, Long topicId, String label) {
            setOn = List.copyOf(ids);
            setTopicId = topicId;
            name.set(label);
            done.set("set on " + count(ids.size()));
        }
    }

    private final WorkspaceModel model;
    private final TopicsViewModel topics;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private Map<Long, MeaningVector> vectors = Map.of();
    private final TopicGroupingUndo history;

    public TopicSuggestionsViewModel(WorkspaceModel model, TopicsViewModel topics) {
        this.model = model;
        this.topics = topics;
        this.history = new TopicGroupingUndo(model);
        model.onClaimsChanged(e -> refresh());
        model.onTopicsChanged(this::refresh);
        model.workspaceProperty().addListener((o, was, now) -> {
            history.clear();
            groups.clear();
        });
    }

    /** The groups shown, the one of the claims not grouped last (if any). */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** What the last accept did, or why it did nothing. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** Whether the dialog shows every group's claims in one list ({@link TopicsViewModel#allGroupsShownProperty()}). */
    javafx.beans.property.BooleanProperty allGroupsShown() {
        return topics.allGroupsShownProperty();
    }

    /** The existing topics' labels, to complete a group's name from (merging the group into that topic). */
    public ObservableList<String> topicLabels() {
        return topics.labels();
    }

    /**
     * The topics there are, the nearest in meaning to the group's claims first ({@link TopicsByMeaning}: the average cosine
     * between the group's claims and each topic's claims, as they are now, from the vectors read for the grouping); topics
     * none of whose claims were read keep their order after them. Local to the dialog: {@link #topicLabels()} keeps its order.
     */
    public List<String> topicsByMeaning(Group g) {
        var w = model.workspace().orElse(null);
        List<String> labels = List.copyOf(topics.labels());
        if (w == null || g == null || vectors.isEmpty()) {
            return labels;
        }
        Map<String, List<MeaningVector>> ofTopic = new LinkedHashMap<>();
        labels.forEach(l -> ofTopic.put(l, new ArrayList<>()));
        Map<Long, String> labelOf = new java.util.HashMap<>();
        w.topics().forEach(t -> labelOf.put(t.id(), t.label()));
        for (Map.Entry<Long, MeaningVector> v : vectors.entrySet()) {
            w.claim(v.getKey()).map(Claim::topicId).map(labelOf::get).map(ofTopic::get).ifPresent(list -> list.add(v.getValue()));
        }
        List<MeaningVector> group = g.claims.stream().map(c -> vectors.get(c.row.id())).filter(Objects::nonNull).toList();
        return TopicsByMeaning.rank(group, ofTopic);
    }

    /**
     * The gist of a group: the quote of its most central claim ({@link org.claimbench.analysis.topics.Medoid}) among those it
     * holds now; "" for the claims not grouped (they are no group) or without vectors.
     */
    public String gist(Group g) {
        if (g.notGrouped || g.claims.isEmpty()) {
            return "";
        }
        List<MeaningVector> v = g.claims.stream().map(c -> vectors.getOrDefault(c.row.id(), MeaningVector.ABSENT)).toList();
        int at = org.claimbench.analysis.topics.Medoid.of(v);
        return at < 0 ? "" : g.claims.get(at).row.quote();
    }

    /** Shows a new grouping: the groups' rows with their proposed names, then the rows not grouped; the claims' vectors by id. */
    public void show(List<List<ClaimRow>> grouped, List<String> names, List<ClaimRow> notGrouped, Map<Long, MeaningVector> vectors) {
        this.vectors = Map.copyOf(vectors);
        List<Group> out = new java.util.ArrayList<>();
        for (int i = 0; i < grouped.size(); i++) {
            out.add(new Group(names.get(i), grouped.get(i), false));
        }
        if (!notGrouped.isEmpty()) {
            out.add(new Group("", notGrouped, true));
        }
        said.set("");
        history.clear();
        for (Group g : out) {
            g.claims.forEach(c -> c.ticked.addListener((o, was, now) -> history.ticked(c, was)));
        }
        groups.setAll(out);
        refresh();
    }

    /**
     * Ctrl+Z in the dialog: takes back its last step (a tick, a move, a topic set: {@link TopicGroupingUndo}) and says what
     * was undone, or why nothing was. Returns the group and claim to show.
     */
    TopicGroupingUndo.Undone undo() {
        return said(history.undo(groups));
    }

    /**
     * Says what Ctrl+Z or Ctrl+Shift+Z did on the dialog's line, and on the main window's status line where it changed the
     * workspace (it kept "Topic of 4 claims set to …" over a topic taken back, seen in the real window).
     */
    private TopicGroupingUndo.Undone said(TopicGroupingUndo.Undone undone) {
        refresh();
        said.set(undone.said());
        if (undone.inWorkspace()) {
            topics.say(undone.said());
        }
        return undone;
    }

    /** Ctrl+Shift+Z in the dialog: brings back the step its Ctrl+Z took back last, and says so (or why not). */
    TopicGroupingUndo.Undone redo() {
        return said(history.redo(groups));
    }

    /**
     * Sets the topic of the group's ticked claims to its name (an existing topic's, case aside, merges them into it) in one
     * undo step. Returns whether a topic was set; says why not otherwise (no name, no claim ticked, the write failed).
     */
    public boolean accept(Group g) {
        refresh();
        String nameBefore = g.name.get();
        String name = g.name.get() == null ? "" : g.name.get().strip();
        if (g.isDone()) {
            said.set("This group's topic is set already (Ctrl+Z undoes it).");
            return false;
        }
        if (name.isEmpty()) {
            said.set("Type the question the group answers first (or pick a topic with ↓).");
            return false;
        }
        List<Choice> ticked = g.claims.stream().filter(c -> c.ticked.get()).toList();
        List<Long> ids = ticked.stream().filter(c -> c.since.get().isEmpty()).map(c -> c.row.id()).toList();
        int leftOut = ticked.size() - ids.size();
        if (ids.isEmpty()) {
            said.set(leftOut == 0 ? "No claim of the group is ticked: Space ticks the claim chosen." : "The " + count(leftOut)
                    + " ticked changed since the grouping (topic set or deleted): nothing was set.");
            return false;
        }
        if (!topics.setTopic(ids, name)) {
            said.set("The topic could not be set.");
            return false;
        }
        Optional<Topic> topic = model.workspace().flatMap(w -> w.topics().stream().filter(t -> t.label().equalsIgnoreCase(name)).findFirst());
        String label = topic.map(Topic::label).orElse(name);
        g.markSet(ids, topic.map(Topic::id).orElse(null), label);
        history.done(new TopicGroupingUndo.SetTopic(g, nameBefore, label, ids, g.setTopicId, history.markNow()));
        // The claims set here have a topic now: in the other groups they are no longer as they were grouped.
        refresh();
        said.set("Topic of " + count(ids.size()) + " set to “" + label + "”" + (leftOut == 0 ? "" : "; " + count(leftOut)
                + " left out: " + (leftOut == 1 ? "its" : "their") + " topic was set meanwhile or " + (leftOut == 1 ? "it was" : "they were")
                + " deleted") + ". Ctrl+Z undoes it." + (everyGroupSet() ? " Every group is set: Close (Esc) when done." : ""));
        return true;
    }

    /** Whether no group is left to set: each set, or "Not grouped" with no claim left in it (the dialog says it is done). */
    public boolean everyGroupSet() {
        return groups.stream().allMatch(x -> x.isDone() || x.notGrouped && x.claims.isEmpty());
    }

    /** Says why letters typed in a group whose topic is set change nothing, and where a name is typed instead. */
    void typedIntoASetGroup(Group g) {
        said.set("Group " + (groups.indexOf(g) + 1) + "'s topic is set (“" + g.name.get().strip() + "”): letters typed here change nothing."
                + " Choose an open group (↑/↓ in the groups) to type its name; Edit › Topics… renames a topic.");
    }

    /**
     * Moves a claim to another group (a digit in the dialog: its claims are by meaning, the user knows better), ticked. Into
     * a group whose topic is set already, the claim gets that topic at once (its own undo step). Returns whether it moved;
     * says why not otherwise (the group it is in is set already, the claim changed since, or it is in that group).
     */
    public boolean move(Choice c, Group to) {
        Group from = groups.stream().filter(g -> g.claims.contains(c)).findFirst().orElse(null);
        if (from == null || from == to) {
            said.set("The claim is in that group already.");
            return false;
        }
        if (from.isDone()) {
            said.set("This group's topic is set: Ctrl+Z undoes it before its claims move.");
            return false;
        }
        if (!c.since.get().isEmpty()) {
            said.set("That claim changed since the grouping (" + c.since.get() + "): it stays as it is.");
            return false;
        }
        int at = from.claims.indexOf(c);
        boolean wasTicked = c.ticked.get();
        Object mark = null;
        String where = to.notGrouped ? "Not grouped" : "group " + (groups.indexOf(to) + 1) + " (“" + to.name.get().strip() + "”)";
        if (to.isDone()) {
            String label = model.workspace().flatMap(w -> w.topic(to.setTopicId)).map(Topic::label).orElse(to.name.get().strip());
            if (!topics.setTopic(List.of(c.row.id()), label)) {
                said.set("The topic could not be set.");
                return false;
            }
            List<Long> setOn = new java.util.ArrayList<>(to.setOn);
            setOn.add(c.row.id());
            to.setOn = List.copyOf(setOn);
            mark = history.markNow();
        }
        String movedInto = to.name.get().strip();
        history.quietly(() -> {
            from.claims.remove(c);
            c.ticked.set(true);
            to.claims.add(c);
        });
        history.done(new TopicGroupingUndo.Move(c, from, at, to, wasTicked, movedInto, mark));
        refresh();
        said.set("Moved “" + TopicGroupingUndo.shortQuote(c) + "” to " + where + (to.isDone() ? ": its topic is set. Ctrl+Z undoes it." : "."));
        return true;
    }

    /**
     * Brings each claim's "since" and each group's state up to date with the workspace: a claim whose topic is no longer the
     * one it had when grouped says its new topic (or "deleted") and counts no more; a group whose topic was taken off its
     * claims again (undone) is open again.
     */
    void refresh() {
        var w = model.workspace().orElse(null);
        if (w == null || groups.isEmpty()) {
            return;
        }
        for (Group g : groups) {
            if (g.isDone() && g.setOn.stream().noneMatch(id -> w.claim(id).map(c -> Objects.equals(c.topicId(), g.setTopicId)).orElse(false))) {
                g.done.set("");
                g.setOn = List.of();
            } else if (g.isDone()) {
                // Claims moved in since (or out, or taken back) change the count the group's row shows.
                long holding = g.setOn.stream().filter(id -> w.claim(id).map(c -> Objects.equals(c.topicId(), g.setTopicId)).orElse(false)).count();
                g.done.set("set on " + count((int) holding));
            }
        }
        for (Group g : groups) {
            for (Choice c : g.claims) {
                Optional<Claim> now = w.claim(c.row.id());
                // A claim the group's topic was set on is as it should be while it has that topic; any other while it has
                // the topic it was grouped with.
                Long expected = g.isDone() && g.setOn.contains(c.row.id()) ? g.setTopicId : c.row.claim().topicId();
                Long topicNow = now.map(Claim::topicId).orElse(null);
                String since = now.isEmpty() ? "deleted" : Objects.equals(topicNow, expected) ? ""
                        : topicNow == null ? "now no topic" : "now “" + w.topic(topicNow).map(Topic::label).orElse("?") + "”";
                c.since.set(since);
            }
        }
    }

    private static String count(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }
}
