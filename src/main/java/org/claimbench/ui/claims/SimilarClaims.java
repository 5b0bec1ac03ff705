package org.claimbench.ui.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.TableView;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.domain.Claim;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ContradictionInputs;

/**
 * "Select similar claims" (M in the claims table, and its context menu): adds to the selection the claims whose meaning
 * vectors (all-MiniLM-L6-v2, stored per claim by the suggestion engine) lie nearest the selected claims', a cosine of at
 * least {@link #THRESHOLD} with one of them. The claims added are {@linkplain ClaimsTableViewModel#gather gathered}, listed
 * whatever the search, so that one T gives them all a topic. The vectors are read on the background thread; the JavaFX
 * thread only selects. A claim whose vector is not stored yet (the suggestion engine reads new claims in the background) is
 * not compared, and the status line says how many.
 */
public final class SimilarClaims {

    /**
     * The least cosine of "similar". Round student50 measured it once on 35 sample claims grouped by hand into five
     * questions (by their places in the text): over their 595 pairs, 0.6 was the least threshold at which more than half the
     * pairs called similar shared a question (precision 0.53, recall 0.07; any pair 0.18). The grouping by places did not
     * survive a change of the suggested claims (the same count on the claims of the merged stop 50: precision 0.23), so
     * that measurement was not kept as a test; the value is not backed by a stable measurement (docs/window.md, "Stop 50,
     * lead"), and a newcomer found a first M of little use at it.
     */
    public static final double THRESHOLD = 0.6;

    private final TableView<ClaimRow> table;
    private final ClaimsTableViewModel vm;
    private final WorkspaceModel model;

    SimilarClaims(TableView<ClaimRow> table, ClaimsTableViewModel vm, WorkspaceModel model) {
        this.table = table;
        this.vm = vm;
        this.model = model;
    }

    /** What the background work found: the claims near the selected ones, and how many claims had no vector to compare. */
    record Found(Set<Long> near, int selectedWithout, int othersWithout) {
    }

    /** Finds the claims near the selected ones in the background and adds them to the selection. Call on the JavaFX thread. */
    void selectSimilar() {
        List<ClaimRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        var w = model.workspace().orElse(null);
        if (selected.isEmpty() || w == null) {
            vm.commands().say("Select a claim or several first: M then adds the claims nearest them in meaning.");
            return;
        }
        Set<Long> chosen = ClaimsGathering.ids(selected);
        java.util.function.Predicate<ClaimRow> shown = vm.filtersButSearch();
        List<Claim> candidates = vm.allRows().stream().filter(r -> chosen.contains(r.id()) || shown.test(r)).map(ClaimRow::claim).toList();
        vm.commands().say("Looking for claims near the " + count(chosen.size()) + " selected in meaning…");
        model.tasks().run("Finding similar claims", p -> near(ContradictionInputs.storedVectors(w, candidates), chosen, candidates),
                found -> add(chosen, found),
                err -> vm.commands().say("Similar claims could not be found: " + err.getMessage()));
    }

    /** The candidates at a cosine of at least {@link #THRESHOLD} from one of the chosen claims (not the chosen ones). */
    static Found near(Map<Long, MeaningVector> vectors, Set<Long> chosen, List<Claim> candidates) {
        List<MeaningVector> from = chosen.stream().map(vectors::get).filter(java.util.Objects::nonNull).toList();
        Set<Long> near = new HashSet<>();
        int othersWithout = 0;
        for (Claim c : candidates) {
            if (chosen.contains(c.id())) {
                continue;
            }
            MeaningVector v = vectors.get(c.id());
            if (v == null) {
                othersWithout++;
                continue;
            }
            for (MeaningVector f : from) {
                if (f.cosine(v) >= THRESHOLD) {
                    near.add(c.id());
                    break;
                }
            }
        }
        return new Found(near, chosen.size() - from.size(), othersWithout);
    }

    /** Adds what was found to the selection, if the selection is still the one it was found for. */
    private void add(Set<Long> chosen, Found found) {
        if (!chosen.equals(ClaimsGathering.ids(table.getSelectionModel().getSelectedItems()))) {
            vm.commands().say("The selection changed while similar claims were looked for: nothing was added (M looks again).");
            return;
        }
        String without = (found.selectedWithout() + found.othersWithout() == 0 ? ""
                : " " + count(found.selectedWithout() + found.othersWithout()) + " not compared: the suggestions have not read "
                + (found.selectedWithout() + found.othersWithout() == 1 ? "its" : "their") + " meaning yet.");
        if (found.selectedWithout() == chosen.size()) {
            vm.commands().say("The meaning of the selected claim" + (chosen.size() == 1 ? " is" : "s is") + " not read yet: the suggestions"
                    + " read new claims in the background; M again in a moment.");
            return;
        }
        if (found.near().isEmpty()) {
            vm.commands().say("No other claim is near the " + count(chosen.size()) + " selected in meaning (cosine " + THRESHOLD + " or more)."
                    + without);
            return;
        }
        Set<Long> all = new HashSet<>(chosen);
        all.addAll(found.near());
        var sm = table.getSelectionModel();
        vm.gathering().gather(all, true, () -> SearchIntoTable.selectWhere(table, r -> vm.gathering().kept(r.id())));
        int now = sm.getSelectedItems().size();
        vm.commands().say(count(found.near().size()) + " near the " + count(chosen.size()) + " selected in meaning "
                + (found.near().size() == 1 ? "is" : "are") + " added: " + now + " selected. T gives them a topic." + without);
    }

    private static String count(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }
}
