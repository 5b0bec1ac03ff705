package org.claimbench.ui.claims;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of one question gathered by several searches before one T (issue 14, item 11): those selected that a new
 * search hid are remembered; Ctrl+Enter (or "Select similar") gathers them with the claims found, and the gathered claims
 * stay listed whatever the search until a topic is set on them, Enter starts anew, or the user selects by hand. A row
 * ctrl+clicked out leaves the gathering. Kept by {@link ClaimsTableViewModel}; JavaFX thread only.
 */
final class ClaimsGathering {

    private final Runnable refilter;
    private final java.util.function.Supplier<List<ClaimRow>> selectedNow;
    /** The search as it filters the rows now. */
    private ClaimsQuery query = ClaimsQuery.of("");
    private final Set<Long> gathered = new HashSet<>();
    /** The claims selected that a change of the filters hid since the selection was made by hand or by Enter. */
    private final Set<Long> hidden = new HashSet<>();
    /** The line {@link #hid} said last, while the claims it speaks of are not all listed again; else null. */
    private String saidHid;
    /** True while a gathering selects what it gathered (its selections are no user's unselecting). */
    private boolean selecting;
    /** The claims the search's Enter or Ctrl+Enter selected last. */
    private Set<Long> chosenBySearch = Set.of();

    /** @param refilter lists the rows anew; {@code selectedNow} the rows selected now */
    ClaimsGathering(Runnable refilter, java.util.function.Supplier<List<ClaimRow>> selectedNow) {
        this.refilter = refilter;
        this.selectedNow = selectedNow;
    }

    void query(ClaimsQuery q) {
        query = q;
    }

    /**
     * Why a row is listed where its own words do not hold the search: "speaker: Dmitry Peskov", "source: Europe", or
     * "kept (Ctrl+Enter, M)" for a claim gathered by an earlier search or as similar; empty where its words hold it.
     */
    String whyListed(ClaimRow r) {
        if (query.blank()) {
            return "";
        }
        return query.match(r) == ClaimsQuery.Match.NONE ? (kept(r.id()) ? "kept (Ctrl+Enter, M)" : "") : query.why(r);
    }

    /** Whether the search finds the row by itself, without its being gathered. */
    boolean found(ClaimRow r) {
        return query.match(r) != ClaimsQuery.Match.NONE;
    }

    /** Whether the claim is gathered: listed whatever the search. */
    boolean kept(long id) {
        return gathered.contains(id);
    }

    Set<Long> snapshot() {
        return Set.copyOf(gathered);
    }

    /** The user selected these rows (a click, a ctrl+click): a new selection, not one to add a search's claims to. */
    void userSelected(List<ClaimRow> rows) {
        if (!selecting) {
            gathered.retainAll(ids(rows));
            hidden.clear();
        }
    }

    /**
     * A filter change hid these selected claims; with a search set, the line that says how to add to them ("The 2 claims
     * selected before are kept: Ctrl+Enter adds …").
     */
    Optional<String> hid(Set<Long> ids, boolean searching) {
        hidden.addAll(ids);
        if (hidden.isEmpty() || !searching || selecting) {
            return Optional.empty();
        }
        int n = hidden.size();
        saidHid = (n == 1 ? "The claim" : "The " + n + " claims") + " selected before " + (n == 1 ? "is" : "are")
                + " kept: Ctrl+Enter adds the claims found to " + (n == 1 ? "it" : "them") + ", Enter selects these alone.";
        return Optional.of(saidHid);
    }

    /**
     * The line {@link #hid} said, taken back once every claim it spoke of is listed again (the search cleared or widened):
     * it stayed on the status bar, untrue, until the next thing said (student51). What to say instead while that line is
     * still shown ({@code shownNow}); empty otherwise.
     */
    Optional<String> listedAgain(Set<Long> listed, String shownNow) {
        if (saidHid == null || hidden.isEmpty() || !listed.containsAll(hidden)) {
            return Optional.empty();
        }
        boolean stillShown = saidHid.equals(shownNow);
        saidHid = null;
        int n = hidden.size();
        return stillShown ? Optional.of((n == 1 ? "The claim" : "The " + n + " claims") + " selected before "
                + (n == 1 ? "is" : "are") + " listed again.") : Optional.empty();
    }

    /**
     * Gathers {@code ids} with the claims selected now and those a search hid ({@code add}: Ctrl+Enter, "Select similar"), or
     * ends the gathering (Enter's new start); the rows are listed anew where the gathering changed, then {@code select}
     * selects.
     */
    void gather(Collection<Long> ids, boolean add, Runnable select) {
        Set<Long> wanted = new HashSet<>();
        if (add) {
            wanted.addAll(ids);
            wanted.addAll(hidden);
            wanted.addAll(ids(selectedNow.get()));
        }
        boolean changed = add ? !gathered.containsAll(wanted) : !gathered.isEmpty();
        selecting = true;
        try {
            gathered.clear();
            gathered.addAll(wanted);
            if (changed) {
                refilter.run();
            }
            // What a search hid is listed again (add), or left behind (Enter's new start).
            hidden.clear();
            select.run();
        } finally {
            selecting = false;
        }
    }

    /** The search's Enter or Ctrl+Enter selected these rows. */
    void searchChose(Collection<ClaimRow> rows) {
        chosenBySearch = ids(rows);
    }

    /**
     * Whether the rows selected now are those the search's Enter or Ctrl+Enter selected, none taken out or added since: a
     * student grouping claims by searches, whose next step is the next search.
     */
    boolean chosenBySearch() {
        return !chosenBySearch.isEmpty() && chosenBySearch.equals(ids(selectedNow.get()));
    }

    /** A topic set on the claims gathered, or the filters cleared: the next search lists what it finds alone. */
    void end() {
        gathered.clear();
        hidden.clear();
    }

    static Set<Long> ids(Collection<ClaimRow> rows) {
        Set<Long> out = new HashSet<>();
        rows.forEach(r -> out.add(r.id()));
        return out;
    }
}
