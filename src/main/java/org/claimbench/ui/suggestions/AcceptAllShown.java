package org.claimbench.ui.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ClaimDraft;
import org.claimbench.workspace.Workspace;

/**
 * Accept all shown (Ctrl+Shift+A): marks the suggested claims listed as one edit (one Ctrl+Z takes them all back).
 *
 * <p>The write runs on the background thread: on the samples it held the window for about a second, the key gave no sign, and
 * a second press, queued behind the first, found only the suggestions that wait and said "Nothing marked" over the first's
 * "Marked 115". Now the status line says at once what is being marked, {@link #runningProperty()} is true until it is done
 * (the button and the menu item grey out, the pointer is busy), and a press while it runs does nothing a second time.
 */
final class AcceptAllShown {

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    /** How long after a run a press that finds nothing more still names what the run marked (10 s, in nanoseconds). */
    private static final long JUST_NOW_NANOS = 10_000_000_000L;
    private int lastMarked;
    private long lastMarkedAt;
    private Consumer<String> status = s -> { };

    AcceptAllShown(WorkspaceModel model, TaskRunner tasks, UserMessages messages) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
    }

    void setOnStatus(Consumer<String> status) {
        this.status = status;
    }

    /** True from a press until its claims are marked (or the write failed). */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Marks the listed suggestions. Those of unassigned speakers wait, and so do those whose words overlap a claim marked
     * already or a suggestion accepted before them in the list: accepted one by one, the user chooses (mark it as well, or
     * dismiss it), where a batch would lay near-duplicates over each other. Ignored while an earlier press still runs.
     */
    void accept(List<ClaimSuggestionRow> listed) {
        Workspace w = model.workspace().orElse(null);
        if (w == null || running.get()) {
            return;
        }
        if (listed.isEmpty()) {
            status.accept("No suggested claim is shown, so none was marked (the filters above the list may hide some).");
            return;
        }
        List<ClaimDraft> drafts = new ArrayList<>();
        Map<Long, List<TextSpan>> taken = new HashMap<>();
        int unassignedCount = 0;
        int overlapping = 0;
        for (ClaimSuggestionRow r : listed) {
            if (SuggestionCommands.unassigned(r)) {
                unassignedCount++;
                continue;
            }
            TextSpan span = r.suggestion().span();
            List<TextSpan> spans = taken.computeIfAbsent(r.suggestion().articleId(),
                    id -> new ArrayList<>(w.claimsOf(id).stream().filter(Claim::hasPlace).map(Claim::span).toList()));
            if (spans.stream().anyMatch(span::overlaps)) {
                overlapping++;
                continue;
            }
            spans.add(span);
            drafts.add(new ClaimDraft(r.suggestion().articleId(), span, sourceOf(w, r), r.claimSpeaker(), ""));
        }
        String waits = waiting(unassignedCount, overlapping);
        if (drafts.isEmpty()) {
            // A press after an Accept all finds only the suggestions that wait: what the first press marked stands, and the line
            // says so rather than "Nothing marked", which read as if the first had done nothing.
            int left = unassignedCount + overlapping;
            // A press queued while the last run finished (a second press during a long one) would otherwise hide what it did.
            boolean justNow = lastMarked > 0 && System.nanoTime() - lastMarkedAt < JUST_NOW_NANOS;
            String said = (justNow ? "Marked " + plural(lastMarked) + " just now; " : "Nothing more to mark: ")
                    + (left == 1 ? "the suggestion left waits" : "the " + left + " suggestions left wait") + " for your choice." + waits;
            status.accept(said);
            messages.notify("Nothing more to mark", said);
            return;
        }
        int n = drafts.size();
        String claims = plural(n);
        String left = waitingBriefly(unassignedCount, overlapping);
        running.set(true);
        status.accept("Marking " + claims + "…");
        tasks.run("Marking " + claims, p -> w.markClaims(drafts), marked -> {
            running.set(false);
            lastMarked = n;
            lastMarkedAt = System.nanoTime();
            // The status line says it in about 100 characters, the count and what waits first; the notice says it all.
            status.accept("Marked " + claims + left + ". Ctrl+Z takes " + (n == 1 ? "it" : "them all") + " back.");
            messages.notify("Claims marked", "Marked " + claims + ". Ctrl+Z takes " + (n == 1 ? "it" : "them all") + " back." + waits);
        }, e -> {
            running.set(false);
            status.accept("No suggested claim was marked.");
            messages.error("Cannot apply the change", String.valueOf(e.getMessage()));
        });
    }

    /**
     * "; 14 wait for a source, 3 overlap claims. Choose them one by one (A, D)": what Accept all left, for the status
     * line, its first sentence short enough to read whole beside a task's progress at 1024 px; "" for nothing left.
     */
    private static String waitingBriefly(int unassignedCount, int overlapping) {
        List<String> parts = new ArrayList<>();
        if (unassignedCount > 0) {
            parts.add(unassignedCount + (unassignedCount == 1 ? " waits for a source" : " wait for a source"));
        }
        if (overlapping > 0) {
            parts.add(overlapping + (overlapping == 1 ? " overlaps a claim" : " overlap claims"));
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts) + ". Choose them one by one (A, D)";
    }

    /** Why some suggestions listed were not marked by Accept all, and what to do; "" when all were. */
    private static String waiting(int unassignedCount, int overlapping) {
        String out = "";
        if (unassignedCount > 0) {
            out += " " + unassignedCount + (unassignedCount == 1 ? " suggestion waits: its speaker has no source yet; Assign… (or A on the row) "
                    + "says whom they speak for." : " suggestions wait: their speakers have no source yet; Assign… (or A on a row) says whom each speaks for.");
        }
        if (overlapping > 0) {
            out += " " + overlapping + (overlapping == 1 ? " suggestion waits: it overlaps" : " suggestions wait: each overlaps")
                    + " a claim marked already (partly: a claim over most of its words, or inside them, settles it); A on the row marks it as a claim of its own, D dismisses it.";
        }
        return out;
    }

    private static String plural(int n) {
        return n == 1 ? "1 suggested claim" : n + " suggested claims";
    }

    private static long sourceOf(Workspace w, ClaimSuggestionRow r) {
        return w.sourceNamed(r.source()).or(() -> Source.outletAmong(w.sources())).orElse(w.sources().get(0)).id();
    }
}
