package org.claimbench.ui.claims;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.claimbench.ui.claims.TopicSuggestionsViewModel.Choice;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * The steps taken in the topics-by-meaning dialog, newest first, for its Ctrl+Z: each tick or untick of a claim, each move
 * of a claim to another group, each topic set (a group accepted, or a claim moved into a group set already). Ctrl+Z there
 * takes back the dialog's last step, whatever it was, in the order the user made them. Ticks and moves into an open group
 * the workspace never saw are taken back here alone. A topic set is one workspace step, whose mark
 * ({@link Workspace#undoMark}) is kept: it is undone only while it is the workspace's next undo, so that a step done in
 * the main window since is never taken back from here (the line says so, and nothing changes). Ctrl+Shift+Z brings back
 * the steps taken back, newest undone first, a topic set by the workspace's redo while it is that redo's next step; a new
 * step in the dialog ends what can be redone. JavaFX thread.
 */
final class TopicGroupingUndo {

    /** A step of the dialog. */
    sealed interface Step permits Tick, Move, SetTopic {
    }

    /** A claim ticked or unticked; {@code was}: whether it was ticked before. */
    record Tick(Choice choice, boolean was) implements Step {
    }

    /**
     * A claim moved from {@code from} (where it was the {@code at}-th, from 0) to {@code to}, ticked there; {@code mark} the
     * workspace step that set its topic (moved into a group set already), else null.
     */
    record Move(Choice choice, Group from, int at, Group to, boolean wasTicked, String label, Object mark) implements Step {
    }

    /**
     * A group's topic set, {@code label} (the topic's id {@code topicId}), on the claims of {@code ids}; the group's name
     * before, to give it back.
     */
    record SetTopic(Group group, String nameBefore, String label, List<Long> ids, Long topicId, Object mark) implements Step {
        int claims() {
            return ids.size();
        }
    }

    /**
     * What Ctrl+Z or Ctrl+Shift+Z did: the group and claim to show (empty when nothing changed), the line that says it, and
     * whether it undid or redid a step of the workspace (the main window's status line then says it too).
     */
    record Undone(Optional<Group> group, Optional<Choice> choice, String said, boolean inWorkspace) {
        Undone(Optional<Group> group, Optional<Choice> choice, String said) {
            this(group, choice, said, false);
        }
    }

    private final WorkspaceModel model;
    private final Deque<Step> steps = new ArrayDeque<>();
    /** The steps taken back, the last taken back first: what Ctrl+Shift+Z brings back. */
    private final Deque<Step> undone = new ArrayDeque<>();
    /** While a step is taken back or a move ticks its claim: those changes of a tick are not steps of their own. */
    private boolean replaying;

    TopicGroupingUndo(WorkspaceModel model) {
        this.model = model;
    }

    /** A claim's tick changed by the user (a click on its box, Space); ignored while a step is taken back. */
    void ticked(Choice c, boolean was) {
        if (!replaying) {
            done(new Tick(c, was));
        }
    }

    void done(Step step) {
        steps.push(step);
        undone.clear();
    }

    /** Runs changes of the dialog's groups that are part of a step, not steps of their own. */
    void quietly(Runnable change) {
        boolean before = replaying;
        replaying = true;
        try {
            change.run();
        } finally {
            replaying = before;
        }
    }

    /** A new grouping, or another workspace: the steps of the old one are gone. */
    void clear() {
        steps.clear();
        undone.clear();
    }

    /** The workspace step Undo would take back now (to keep with a topic just set), or null. */
    Object markNow() {
        return model.workspace().flatMap(Workspace::undoMark).orElse(null);
    }

    /** Takes back the newest step; {@code groups} the groups shown (for their numbers). */
    Undone undo(List<Group> groups) {
        Step s = steps.peek();
        if (s == null) {
            // Short: a longer line widens the dialog's right side and narrows the list of groups (seen in the real window).
            return nothing("Nothing to undo in this dialog. What was done before it or in the main window stays (Edit › Undo there).");
        }
        Object mark = markOf(s);
        String already = "";
        if (mark != null) {
            Workspace w = model.workspace().orElse(null);
            int above = w == null ? -1 : w.stepsAbove(mark);
            if (above > 0) {
                return nothing("Not undone: " + what(s) + " is no longer the workspace's last step: "
                        + (above == 1 ? "1 step was" : above + " steps were") + " done in the main window since (Edit › Undo there: “"
                        + w.undoLabel().orElse("") + "”). Nothing was taken back.");
            }
            if (above == 0) {
                w.undo();
            } else {
                already = " (Edit › Undo had taken it back already)";
            }
        }
        undone.push(steps.pop());
        return replay(() -> takeBack(s, groups), already + ". Ctrl+Shift+Z redoes it.", mark != null && already.isEmpty());
    }

    /** Brings back the step last taken back; {@code groups} the groups shown. */
    Undone redo(List<Group> groups) {
        Step s = undone.peek();
        if (s == null) {
            return nothing("Nothing to redo in this dialog: Ctrl+Shift+Z here brings back what Ctrl+Z took back here, until a new step"
                    + " is made.");
        }
        Object mark = markOf(s);
        String already = "";
        Workspace w = model.workspace().orElse(null);
        if (mark != null) {
            if (w != null && w.redoMark().orElse(null) == mark) {
                w.redo();
            } else if (w != null && w.stepsAbove(mark) >= 0) {
                already = " (Edit › Redo had brought it back already)";
            } else {
                // The workspace's redo of it is gone (a step made in the main window since): what came after it stays undone.
                undone.clear();
                return nothing("Not redone: " + what(s) + " can no longer be redone, a step was made"
                        + " in the main window since. Enter on the group sets it again.");
            }
        }
        steps.push(undone.pop());
        return replay(() -> bringBack(s, groups), already + ". Ctrl+Z undoes it.", mark != null && already.isEmpty());
    }

    /** Runs a step's change of the groups (not a step of its own) and ends what it says with {@code tail}. */
    private Undone replay(java.util.function.Supplier<Undone> change, String tail, boolean inWorkspace) {
        Undone[] out = new Undone[1];
        quietly(() -> out[0] = change.get());
        return new Undone(out[0].group(), out[0].choice(), out[0].said() + tail, inWorkspace);
    }

    private static Undone nothing(String said) {
        return new Undone(Optional.empty(), Optional.empty(), said);
    }

    /** The workspace step a step made (a topic set), or null for one the workspace never saw. */
    private static Object markOf(Step s) {
        return s instanceof Move m ? m.mark() : s instanceof SetTopic t ? t.mark() : null;
    }

    private Undone bringBack(Step s, List<Group> groups) {
        if (s instanceof Tick t) {
            t.choice().tickedProperty().set(!t.was());
            Optional<Group> in = groups.stream().filter(g -> g.claims().contains(t.choice())).findFirst();
            return new Undone(in, Optional.of(t.choice()), "Redid: “" + shortQuote(t.choice()) + "” " + (t.was() ? "unticked" : "ticked"));
        }
        if (s instanceof Move m) {
            m.from().claims().remove(m.choice());
            m.to().claims().add(m.choice());
            m.choice().tickedProperty().set(true);
            if (m.mark() != null) {
                m.to().remember(m.choice().row().id());
            }
            return new Undone(Optional.of(m.to()), Optional.of(m.choice()), "Redid the move: “" + shortQuote(m.choice()) + "” is in "
                    + where(m.to(), groups) + (m.mark() == null ? "" : ", its topic set"));
        }
        SetTopic t = (SetTopic) s;
        t.group().markSet(t.ids(), t.topicId(), t.label());
        return new Undone(Optional.of(t.group()), Optional.empty(), "Redid: the topic “" + t.label() + "” is on the " + count(t.claims())
                + " of group " + (groups.indexOf(t.group()) + 1) + " again");
    }

    private Undone takeBack(Step s, List<Group> groups) {
        if (s instanceof Tick t) {
            t.choice().tickedProperty().set(t.was());
            Optional<Group> in = groups.stream().filter(g -> g.claims().contains(t.choice())).findFirst();
            return new Undone(in, Optional.of(t.choice()), "Undid: “" + shortQuote(t.choice()) + "” " + (t.was() ? "ticked" : "unticked") + " again");
        }
        if (s instanceof Move m) {
            m.to().claims().remove(m.choice());
            m.from().claims().add(Math.min(m.at(), m.from().claims().size()), m.choice());
            m.choice().tickedProperty().set(m.wasTicked());
            if (m.mark() != null) {
                m.to().forget(m.choice().row().id());
            }
            return new Undone(Optional.of(m.from()), Optional.of(m.choice()), "Undid the move: “" + shortQuote(m.choice()) + "” is back in "
                    + where(m.from(), groups) + (m.mark() == null ? "" : ", the topic “" + m.label() + "” off it again"));
        }
        SetTopic t = (SetTopic) s;
        t.group().nameProperty().set(t.nameBefore());
        return new Undone(Optional.of(t.group()), Optional.empty(), "Undid: the topic “" + t.label() + "” is off the " + count(t.claims())
                + " of group " + (groups.indexOf(t.group()) + 1) + ", open again");
    }

    private static String what(Step s) {
        return s instanceof Move m ? "the topic “" + m.label() + "” set on “" + shortQuote(m.choice()) + "” by its move"
                : "the topic “" + ((SetTopic) s).label() + "” set on " + count(((SetTopic) s).claims());
    }

    private static String where(Group g, List<Group> groups) {
        return g.notGrouped() ? "Not grouped" : "group " + (groups.indexOf(g) + 1) + " (“" + g.nameProperty().get().strip() + "”)";
    }

    static String shortQuote(Choice c) {
        String quote = c.row().quote();
        return quote.length() <= 40 ? quote : quote.substring(0, 39) + "…";
    }

    private static String count(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }
}
