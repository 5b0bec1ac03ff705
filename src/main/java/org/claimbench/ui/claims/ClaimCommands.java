package org.claimbench.ui.claims;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.domain.Source;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * What the user does to claims chosen in the Claims tab (or in a pane): retag, delete, edit,
 * verdicts, take a revision's new wording, make orphans, re-place on other words. Each is one
 * undoable edit, and the status bar says what it did.
 */
public final class ClaimCommands {

    private final WorkspaceModel model;
    private final UserMessages messages;

    /** The speakers the claims name, kept in step with them ({@link ClaimSpeakers}): no claim is read to list them. */
    private final java.util.function.Supplier<List<String>> claimSpeakers;

    ClaimCommands(WorkspaceModel model, UserMessages messages, java.util.function.Supplier<List<String>> claimSpeakers) {
        this.model = model;
        this.messages = messages;
        this.claimSpeakers = claimSpeakers;
    }

    /** Takes the new words of the selected claims changed since marked as theirs (undoable). */
    public void acceptNewWording(Collection<ClaimRow> selected) {
        List<Long> ids = selected.stream().filter(ClaimRow::changed).map(ClaimRow::id).toList();
        if (!ids.isEmpty() && edit(w -> w.acceptNewWording(ids))) {
            status.accept((ids.size() == 1 ? "The claim now stands on its new wording" : "The " + ids.size() + " claims now stand on their new wording")
                    + ". Ctrl+Z undoes it.");
        }
    }

    /** Makes the selected claims orphans: the words now at their place are not what was marked (undoable). */
    public void makeOrphans(Collection<ClaimRow> selected) {
        List<Long> ids = selected.stream().filter(r -> !r.orphan()).map(ClaimRow::id).toList();
        if (!ids.isEmpty() && edit(w -> w.orphanClaims(ids))) {
            status.accept(count(ids.size()) + (ids.size() == 1 ? " is now an orphan" : " are now orphans")
                    + " (listed, not drawn). Ctrl+Z undoes it.");
        }
    }

    /** Where the view model says what an action did (the status bar), and what that line says now. */
    public void setOnStatus(Consumer<String> status, java.util.function.Supplier<String> shown) {
        this.status = status;
        this.shown = shown;
    }

    private Consumer<String> status = s -> { };
    private java.util.function.Supplier<String> shown = () -> "";

    /** What the status bar says now (a line said by the table keeps true only while it is still there). */
    public String shown() {
        return shown.get();
    }

    /** Says {@code message} on the status bar (what the table view did of its own: the search's hits selected). */
    public void say(String message) {
        status.accept(message);
    }

    /** Says what to do when a command on the selected claim finds none selected ("give it a verdict"). */
    public void nothingSelected(String what) {
        status.accept("Select a claim in the Claims tab (or click one in an article) first, then " + what + ".");
    }

    private static String count(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }

    public List<String> ratingScale() {
        return model.workspace().map(Workspace::ratingScale).orElse(List.of());
    }

    public java.util.Optional<org.claimbench.domain.Verdict> verdictOf(ClaimRow row) {
        return model.workspace().flatMap(w -> w.verdict(row.id()));
    }

    /** Who gave the workspace's latest verdict that names a reviewer; "" when none does. */
    public String lastReviewer() {
        return model.workspace().flatMap(w -> w.verdicts().stream().filter(v -> v.reviewer() != null && !v.reviewer().isBlank())
                .max(java.util.Comparator.comparing(org.claimbench.domain.Verdict::reviewed))).map(org.claimbench.domain.Verdict::reviewer).orElse("");
    }

    /** Where the user's current selection is, to re-place an orphan there (set by the workbench). */
    private java.util.function.Supplier<java.util.Optional<long[]>> selection = java.util.Optional::empty;

    public void setSelectionSource(java.util.function.Supplier<java.util.Optional<long[]>> s) {
        selection = s;
    }

    /** Puts the claim at the text selected in a pane showing its article. */
    public void replaceAtSelection(ClaimRow row) {
        java.util.Optional<long[]> sel = selection.get().filter(x -> x[0] == row.claim().articleId());
        if (sel.isEmpty()) {
            messages.error("Select the words first", "Show the claim's article in a pane, select the words the claim should cover, then choose Re-place again.");
            return;
        }
        replaceAt(row.id(), new org.claimbench.domain.TextSpan((int) sel.get()[1], (int) sel.get()[2]));
    }

    /** Puts a claim on other words of its article (undoable), and says so. */
    public void replaceAt(long claimId, org.claimbench.domain.TextSpan span) {
        if (edit(w -> w.replaceClaim(claimId, span))) {
            status.accept("The claim now stands on the words selected. Ctrl+Z undoes it.");
        }
    }

    public void setVerdict(ClaimRow row, String rating, String explanation, String reviewer) {
        if (edit(w -> w.setVerdict(row.id(), rating, explanation, reviewer))) {
            status.accept(rating.isEmpty() ? "Took the verdict off the claim. Ctrl+Z undoes it."
                    : "Verdict “" + rating + "” given to the claim. Ctrl+Z undoes it.");
        }
    }

    public void retag(Collection<ClaimRow> selected, Source source) {
        if (!selected.isEmpty() && edit(w -> w.retagClaims(selected.stream().map(ClaimRow::id).toList(), source.id()))) {
            status.accept("Tagged " + count(selected.size()) + " as " + source.name() + ". Ctrl+Z undoes it.");
        }
    }

    /**
     * Deletes the claims (undoable) and says so, naming the contradictions that go with them: a contradiction needs both its
     * claims, and a newcomer saw the count fall from 6 to 5 with only "Deleted 1 claim" said (stop 46).
     */
    public void delete(Collection<ClaimRow> selected) {
        java.util.Set<Long> ids = selected.stream().map(ClaimRow::id).collect(java.util.stream.Collectors.toSet());
        long links = model.workspace().map(w -> w.contradictionCount(ids)).orElse(0L);
        if (!selected.isEmpty() && edit(w -> w.deleteClaims(List.copyOf(ids)))) {
            String with = links == 0 ? "" : " and the " + (links == 1 ? "contradiction" : links + " contradictions") + " "
                    + (selected.size() == 1 ? "it was" : "they were") + " part of";
            status.accept("Deleted " + count(selected.size()) + with + ". Ctrl+Z brings " + (selected.size() == 1 && links == 0 ? "it" : "them")
                    + " back.");
        }
    }

    public void update(ClaimRow row, Source source, String newSpeaker, String topicLabel, String note) {
        edit(w -> w.updateClaim(row.id(), source.id(), newSpeaker, topicLabel, note));
    }

    /**
     * Gives a claim a speaker, who said it ("" for none), its source, topic and note kept (undoable), and says so; the
     * speaker it has already (stripped) changes nothing and leaves no step to undo.
     */
    public void setSpeaker(long claimId, String speaker) {
        String who = speaker.strip();
        // The name it has already (Enter on the box as it opened): no edit, which Ctrl+Z would take back to no effect.
        if (model.workspace().flatMap(w -> w.claim(claimId)).map(c -> c.speaker().equals(who)).orElse(false)) {
            status.accept(who.isEmpty() ? "The claim has no speaker still." : "The claim's speaker is " + who + " already.");
            return;
        }
        if (edit(w -> w.claim(claimId).ifPresent(c -> w.updateClaim(claimId, c.sourceId(), who,
                w.topic(c.topicId()).map(org.claimbench.domain.Topic::label).orElse(""), c.note())))) {
            status.accept((who.isEmpty() ? "Took the speaker off the claim" : "Speaker of the claim: " + who) + ". Ctrl+Z undoes it.");
        }
    }

    /**
     * The speakers there are to choose from: the speaker table's names, then the claims' own (once the claims are read),
     * each once, in that order.
     */
    public List<String> knownSpeakers() {
        return model.workspace().map(w -> java.util.stream.Stream.concat(w.speakers().stream().map(org.claimbench.domain.Speaker::name),
                claimSpeakers.get().stream()).filter(s -> !s.isBlank()).distinct().toList()).orElse(List.of());
    }

    /** Applies a change to the open workspace; whether it was applied (an error is shown if not). */
    private boolean edit(Consumer<Workspace> change) {
        Workspace w = model.workspace().orElse(null);
        if (w == null) {
            return false;
        }
        try {
            change.accept(w);
            return true;
        } catch (WorkspaceException e) {
            messages.error("Cannot change the claim", e.getMessage());
            return false;
        }
    }

    /** The workspace's topics' labels, to choose from. */
    public List<String> topicLabels() {
        return model.workspace().map(w -> w.topics().stream().map(org.claimbench.domain.Topic::label).toList()).orElse(List.of());
    }
}
