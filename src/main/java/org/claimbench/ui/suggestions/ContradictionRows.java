package org.claimbench.ui.suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ContradictionIndex;
import org.claimbench.analysis.contradiction.ContradictionSuggester;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;

/**
 * The contradiction suggestions listed: the best of the workspace's index, kept in order as
 * claims change. A changed claim touches only its own rows and those of the claims next to it in
 * its article (see ContradictionIndex), never the whole list.
 *
 * <p>Threads: the index is built, changed and asked only on the task runner's one background thread,
 * in the order the changes came (scoring a claim against its candidates, or choosing the best of
 * 100,000 claims' pairs, takes from milliseconds to a tenth of a second); the rows are changed on the
 * JavaFX thread with what the background work found.
 */
final class ContradictionRows {

    /** At most this many contradiction suggestions are listed (the best ones). */
    static final int SHOWN = 300;
    /**
     * Rows may leave the list (decided, or their claims changed) until this many are missing; then the list is
     * topped up from the index's next best pairs in one background pass (choosing them takes up to a tenth of a
     * second at 100,000 claims), so one pass serves many dismissals.
     */
    static final int TOP_UP_AFTER = 20;

    private final WorkspaceModel model;
    /** At most this many rows are listed ({@link #SHOWN} in the app). */
    private final int shown;
    /** How many rows may leave before a top-up: {@link #TOP_UP_AFTER}, fewer for a short list. */
    private final int topUpAfter;
    /** The index a top-up is being chosen for, so one is under way at a time; null when none is. */
    private ContradictionIndex toppingUp;
    private final org.claimbench.ui.common.TaskRunner tasks;
    private final ObservableList<ContradictionSuggestionRow> rows = FXCollections.observableArrayList();
    private ContradictionIndex index;
    /** Whether the rows are on screen and under review: when they take the list's order (ReviewOrder). */
    private final ContradictionReview review = new ContradictionReview(rows);
    /** Claims changed while an index was being built (it may have read them before), and whether an article-wide change came. */
    private final Set<Long> changedDuringBuild = new HashSet<>();
    private boolean articleWideChangeDuringBuild;
    /** The pairs not to suggest that the index has been told of (skipped there), to find those no longer decided. */
    private Set<String> applied = new HashSet<>();

    ContradictionRows(WorkspaceModel model, org.claimbench.ui.common.TaskRunner tasks) {
        this(model, tasks, SHOWN);
    }

    /** Rows listing at most {@code shown} suggestions (tests use a short list). */
    ContradictionRows(WorkspaceModel model, org.claimbench.ui.common.TaskRunner tasks, int shown) {
        this.model = model;
        this.tasks = tasks;
        this.shown = shown;
        this.topUpAfter = Math.max(1, Math.min(TOP_UP_AFTER, shown / 10));
    }

    /** Background work on the index that failed: logged; the list keeps what it shows until the next change. */
    private static void failed(Throwable err) {
        System.getLogger("claimbench").log(System.Logger.Level.WARNING, "updating contradiction suggestions failed", err);
    }

    /** What changing some claims in the index did: the claims whose rows change, and their suggestions now. */
    record Change(Set<Long> touched, List<ContradictionSuggestion> involving) {
    }

    /**
     * A workspace's contradiction index, pairs not to suggest left out: built on the background
     * thread, events inferred and claims read first (the first time, about 3 ms a claim, with progress).
     */
    static ContradictionIndex index(Workspace w, org.claimbench.ui.common.BackgroundJob.Progress p) {
        List<ClaimFacts> facts = org.claimbench.workspace.ContradictionInputs.read(w, w.claims(),
                (done, total) -> p.update(done, total, total == 0 ? "Looking for suggestions"
                        : "Reading claims for suggestions (" + done + " of " + total + ")"));
        // Each claim's features as stored (made now where none is stored for the claim as it is): the build reads them back
        // instead of reading every claim (a third of its processor time; docs/speed.md, contradiction speed round 35).
        List<byte[]> stored = org.claimbench.workspace.ContradictionInputs.features(w, facts,
                (done, total) -> p.update(done, total, total == 0 ? "Looking for suggestions"
                        : "Preparing claims for suggestions (" + done + " of " + total + ")"));
        ContradictionIndex idx = new ContradictionIndex(facts, stored);
        w.decisions().pairsNotToSuggest().forEach(idx::skip);
        return idx;
    }

    ObservableList<ContradictionSuggestionRow> rows() {
        return rows;
    }

    /** The index the rows come from; null until the workspace's suggestions are computed. */
    ContradictionIndex index() {
        return index;
    }

    void clear() {
        review.cleared();
        rows.clear();
        index = null;
        toppingUp = null;
        applied = new HashSet<>();
    }

    /**
     * The best suggestions of a newly computed index, for {@link #show}: on the background thread (in a
     * workspace of 100,000 claims, choosing them takes a few hundred milliseconds).
     */
    static List<ContradictionSuggestion> best(Workspace w, ContradictionIndex computed) {
        return best(w, computed, SHOWN);
    }

    private static List<ContradictionSuggestion> best(Workspace w, ContradictionIndex computed, int shown) {
        return computed.top(shown + TOP_UP_AFTER, w.decisions().pairsNotToSuggest());
    }

    /** Lists the best suggestions of a newly computed index, chosen by {@link #best} (pairs decided since left out). */
    void show(Workspace w, ContradictionIndex computed, List<ContradictionSuggestion> best) {
        index = computed;
        applied = new HashSet<>(w.decisions().pairsNotToSuggest());
        ContradictionIndex idx = computed;
        Set<String> decided = Set.copyOf(applied);
        tasks.run("Updating suggestions", p -> {
            decided.forEach(idx::skip);
            return null;
        }, done -> { }, ContradictionRows::failed);
        list(w, best);
        // Claims changed while it was built may have been read before their change: scored again now.
        if (!changedDuringBuild.isEmpty()) {
            claimsChanged(w, Set.copyOf(changedDuringBuild));
        }
        if (articleWideChangeDuringBuild) {
            claimsChanged(w, Set.of());
        }
        buildStarted();
    }

    /** A new index starts being built: it reads the claims as they are when it gets to them. */
    void buildStarted() {
        changedDuringBuild.clear();
        articleWideChangeDuringBuild = false;
    }

    /** Claims changed (none named: all of an article's) while an index is being built, to score again once it is shown. */
    void changedDuringBuild(Set<Long> claimIds) {
        changedDuringBuild.addAll(claimIds);
        articleWideChangeDuringBuild |= claimIds.isEmpty();
    }

    /**
     * The pairs not to suggest changed (a link or dismissal made, undone or deleted): those newly decided leave the
     * list at once and the index in turn; those no longer decided are scored again in the index and put back where
     * the list's end (undo brings a pair back there; the rows listed keep their order).
     */
    void decisionsChanged(Workspace w) {
        Set<String> now = w.decisions().pairsNotToSuggest();
        Set<String> back = new HashSet<>(applied);
        back.removeAll(now);
        Set<String> decided = new HashSet<>(now);
        decided.removeAll(applied);
        if (back.isEmpty() && decided.isEmpty()) {
            return;
        }
        skip(decided);
        applied = new HashSet<>(now);
        if (back.isEmpty()) {
            return;
        }
        ContradictionIndex idx = index;
        tasks.run("Updating suggestions", p -> {
            List<ContradictionSuggestion> again = new ArrayList<>();
            for (String key : back) {
                idx.unskip(key).ifPresent(again::add);
            }
            again.sort(ContradictionSuggestion.RANKING);
            return again;
        }, again -> {
            if (index == idx && model.workspace().orElse(null) == w) {
                insertRanked(w, again, Integer.MAX_VALUE);
            }
        }, ContradictionRows::failed);
    }

    /** Pairs dismissed or linked meanwhile: out of the list at once, out of the index on the background thread. */
    void skip(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        applied.addAll(keys);
        rows.removeIf(r -> keys.contains(ContradictionSuggester.key(r.a().id(), r.b().id())));
        ContradictionIndex idx = index;
        tasks.run("Updating suggestions", p -> {
            keys.forEach(idx::skip);
            return null;
        }, done -> { }, ContradictionRows::failed);
        topUp(workspaceOf(idx));
    }

    /** The workspace the rows are for while {@code idx} is still theirs; null otherwise. */
    private Workspace workspaceOf(ContradictionIndex idx) {
        return idx != null && index == idx ? model.workspace().orElse(null) : null;
    }

    /**
     * Once {@link #TOP_UP_AFTER} rows (fewer for a short list) have left a full list, the index's next best pairs (those not shown, not
     * decided) come after the rows listed, best first: on the background thread after the
     * work queued before it, so the pairs just skipped or scored again are seen as they are now.
     */
    private void topUp(Workspace w) {
        ContradictionIndex idx = index;
        if (w == null || idx == null || toppingUp == idx || rows.size() > shown - topUpAfter) {
            return;
        }
        toppingUp = idx;
        tasks.run("Updating suggestions", p -> best(w, idx, shown), best -> {
            if (toppingUp == idx) {
                toppingUp = null;
            }
            if (index != idx || model.workspace().orElse(null) != w) {
                return;
            }
            insertRanked(w, best, shown);
        }, err -> {
            toppingUp = null;
            failed(err);
        });
    }

    /**
     * Pairs linked or dismissed meanwhile leave the list at once, on the JavaFX thread: a reviewer's
     * next row must not move while the changed claims are read in the background.
     */
    private void dropDecided(Set<String> skip) {
        List<String> gone = new ArrayList<>();
        for (ContradictionSuggestionRow r : rows) {
            String key = ContradictionSuggester.key(r.a().id(), r.b().id());
            if (skip.contains(key)) {
                gone.add(key);
            }
        }
        if (!gone.isEmpty()) {
            skip(Set.copyOf(gone));
        }
    }

    /**
     * Claims changed (none named: all of an article's): on the background thread, the changed claims
     * still present are read and their pairs scored again in the index (or, none named, the best pairs
     * chosen again); then the rows follow on the JavaFX thread.
     */
    void claimsChanged(Workspace w, Set<Long> claimIds) {
        ContradictionIndex idx = index;
        Set<String> skip = w.decisions().pairsNotToSuggest();
        dropDecided(skip);
        if (claimIds.isEmpty()) {
            tasks.run("Updating suggestions", p -> best(w, idx), best -> {
                if (index == idx) {
                    list(w, best);
                }
            }, ContradictionRows::failed);
            return;
        }
        tasks.run("Reading the changed claims", p -> change(w, idx, claimIds, skip), change -> {
            if (index == idx && model.workspace().orElse(null) == w) {
                apply(w, change);
            }
        }, ContradictionRows::failed);
    }

    /** Reads the changed claims still present and scores them again in the index: on the background thread. */
    static Change change(Workspace w, ContradictionIndex idx, Set<Long> claimIds, Set<String> skip) {
        // The changed claims, and the claims next to them in their articles, whose pairs were scored again.
        Set<Long> touched = new HashSet<>();
        for (long id : claimIds) {
            Optional<Claim> c = w.claim(id);
            touched.addAll(c.isEmpty() ? idx.remove(id) : idx.add(org.claimbench.workspace.ContradictionInputs.readOne(w, c.get())));
        }
        List<ContradictionSuggestion> involving = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (long id : touched) {
            for (ContradictionSuggestion s : idx.involving(id)) {
                String key = ContradictionSuggester.key(s.claimA(), s.claimB());
                if (!skip.contains(key) && seen.add(key)) {
                    involving.add(s);
                }
            }
        }
        // Best first: each is then placed (Diversity.place) below the better pairs of its claims, and lowered for them.
        involving.sort(ContradictionSuggestion.RANKING);
        return new Change(touched, involving);
    }

    /**
     * The rows of the touched claims that are no longer suggested leave; those still suggested are given their new score
     * and reason where they stand, and the touched claims' new pairs come after the rows listed (the list keeps its order
     * under a reviewer, issue 14).
     */
    private void apply(Workspace w, Change change) {
        Set<String> still = new HashSet<>();
        change.involving().forEach(s -> still.add(ContradictionSuggester.key(s.claimA(), s.claimB())));
        rows.removeIf(r -> (change.touched().contains(r.a().id()) || change.touched().contains(r.b().id()))
                && !still.contains(ContradictionSuggester.key(r.a().id(), r.b().id())));
        insertRanked(w, change.involving(), Integer.MAX_VALUE);
        topUp(w);
    }

    /**
     * Adds these suggestions (best first) to the list, those decided meanwhile or of claims gone left out; a top-up stops
     * once the list holds {@code upTo} rows (with no limit, pairs scored again or undone may take the list past {@link #shown}
     * for a while: none is pushed out under the reviewer). A pair listed already is given its new score and reason in its place.
     */
    private void insertRanked(Workspace w, List<ContradictionSuggestion> xs, int upTo) {
        Set<String> skip = w.decisions().pairsNotToSuggest();
        for (ContradictionSuggestion s : xs) {
            if (!skip.contains(ContradictionSuggester.key(s.claimA(), s.claimB()))) {
                int at = indexOf(s);
                if (at >= 0 || rows.size() < upTo) {
                    row(w, s).ifPresent(r -> keepInOrder(r, at));
                }
            }
        }
        review.arrived();
    }

    private int indexOf(ContradictionSuggestion s) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).suggestion().claimA() == s.claimA() && rows.get(i).suggestion().claimB() == s.claimB()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row listed already ({@code at} ≥ 0) is replaced where it stands; a new one comes after the rows listed. Its score is
     * lowered, as the diversified ranking does, for the rows above it that share a claim or a pattern or whose conflict it
     * tells again (Diversity.place). The rows listed keep their order while the user reviews them (issue 14: rows that moved
     * after a dismissal lost the reviewer's place); the ranking orders them afresh when the suggestions are computed again.
     */
    private void keepInOrder(ContradictionSuggestionRow row, int at) {
        List<ContradictionSuggestion> above = (at < 0 ? rows : rows.subList(0, at)).stream().map(ContradictionSuggestionRow::suggestion).toList();
        org.claimbench.analysis.contradiction.Diversity.Placement place = org.claimbench.analysis.contradiction.Diversity.place(
                above, row.suggestion(), index == null ? org.claimbench.analysis.contradiction.ConflictCopies.NONE : index.likeness());
        ContradictionSuggestionRow placed = row.withSuggestion(place.lowered());
        if (at >= 0) {
            rows.set(at, placed);
        } else {
            rows.add(placed);
        }
    }

    /** Lists these suggestions, best first: at most SHOWN, those decided meanwhile or of claims gone left out. */
    private void list(Workspace w, List<ContradictionSuggestion> best) {
        List<ContradictionSuggestionRow> xs = new ArrayList<>();
        Set<String> skip = w.decisions().pairsNotToSuggest();
        // A few more than shown are chosen, in case a claim went meanwhile and its row cannot be made.
        for (ContradictionSuggestion s : best) {
            if (xs.size() >= shown) {
                break;
            }
            if (!skip.contains(ContradictionSuggester.key(s.claimA(), s.claimB()))) {
                row(w, s).ifPresent(xs::add);
            }
        }
        xs.sort(ReviewOrder.ORDER);
        rows.setAll(xs);
        review.listedAfresh();
    }

    /** When the rows take the list's order: told by the view as the list comes into sight and leaves it. */
    ContradictionReview review() {
        return review;
    }

    private Optional<ContradictionSuggestionRow> row(Workspace w, ContradictionSuggestion s) {
        Claim a = w.claim(s.claimA()).orElse(null);
        Claim b = w.claim(s.claimB()).orElse(null);
        if (a == null || b == null) {
            return Optional.empty();
        }
        Source sa = model.source(a.sourceId()).orElse(null);
        Source sb = model.source(b.sourceId()).orElse(null);
        return Optional.of(new ContradictionSuggestionRow(s, a, b, sa == null ? "?" : sa.name(), sa == null ? "#888888" : sa.colour(),
                sb == null ? "?" : sb.name(), sb == null ? "#888888" : sb.colour()));
    }
}
