package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.TableView;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.domain.Claim;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ContradictionInputs;

/**
 * "Select similar claims" (M in the claims table, and its context menu): adds to the selection the {@link #NEAREST} claims
 * whose meaning vectors (all-MiniLM-L6-v2, stored per claim by the suggestion engine) lie nearest the centroid of the
 * selected claims' vectors, each at a cosine of at least {@link #FLOOR} with it; M again goes on from the larger
 * selection. The claims added are {@linkplain ClaimsTableViewModel#gather gathered}, listed
 * whatever the search, so that one T gives them all a topic. The vectors are read on the background thread; the JavaFX
 * thread only selects. A claim whose vector is not stored yet (the suggestion engine reads new claims in the background) is
 * not compared, and the status line says how many.
 */
public final class SimilarClaims {

    /**
     * How many claims one M adds at most. Measured on a fixture of our own (30 claims a student might mark in news of one
     * invented event, six to each of five questions: {@code SimilarClaimsRuleTest}; docs/window.md, "Stop 51, round
     * student51"): claims of one question seldom say the same thing in other words, their cosines lie near those of other
     * questions' claims (0.28 against 0.15 on average), and no threshold from one claim gives a set both useful and
     * mostly right (0.6 finds nothing there, 0.3 adds 4.2 claims at precision 0.60, 0.25 6.6 at 0.53). The three nearest
     * the selection's centroid are right about two times in three (precision 0.64 from one claim, 0.65 from two, 0.62
     * from three; 0.17 by chance), few enough to check by eye: a wrong one is a ctrl+click out, and M again goes on.
     */
    public static final int NEAREST = 3;

    /**
     * The least cosine with the centroid of the selected claims of a claim M adds: below it nothing is near enough to
     * offer (from one claim of the fixture, 2 in 30 find none; at 0.25 none go without, at the same precision).
     */
    public static final double FLOOR = 0.3;

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
        model.tasks().run("Finding similar claims",
                p -> near(ContradictionInputs.storedVectors(w, candidates), chosen, candidates.stream().map(Claim::id).toList()),
                found -> add(chosen, found),
                err -> vm.commands().say("Similar claims could not be found: " + err.getMessage()));
    }

    /**
     * The {@link #NEAREST} candidates (not the chosen ones) nearest the centroid of the chosen claims' vectors (their sum,
     * made unit length), each at a cosine of at least {@link #FLOOR} with it; the nearest first.
     */
    static Found near(Map<Long, MeaningVector> vectors, Set<Long> chosen, List<Long> candidates) {
        List<MeaningVector> from = chosen.stream().map(vectors::get).filter(java.util.Objects::nonNull).filter(MeaningVector::present).toList();
        MeaningVector centroid = centroid(from);
        List<Map.Entry<Long, Double>> ranked = new ArrayList<>();
        int othersWithout = 0;
        for (long id : candidates) {
            if (chosen.contains(id)) {
                continue;
            }
            MeaningVector v = vectors.get(id);
            if (v == null || !v.present()) {
                othersWithout++;
                continue;
            }
            double cosine = centroid.cosine(v);
            if (cosine >= FLOOR) {
                ranked.add(Map.entry(id, cosine));
            }
        }
        ranked.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
        Set<Long> near = new LinkedHashSet<>();
        ranked.stream().limit(NEAREST).forEach(e -> near.add(e.getKey()));
        return new Found(near, chosen.size() - from.size(), othersWithout);
    }

    /** The unit-length sum of vectors; {@link MeaningVector#ABSENT} for none. */
    static MeaningVector centroid(List<MeaningVector> vectors) {
        if (vectors.isEmpty()) {
            return MeaningVector.ABSENT;
        }
        float[] sum = new float[vectors.get(0).size()];
        for (MeaningVector v : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v.value(i);
            }
        }
        return MeaningVector.of(sum);
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
            vm.commands().say("No other claim is near the " + count(chosen.size()) + " selected in meaning (cosine " + FLOOR + " or more)."
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
