package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.control.TableView;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.topics.GroupNames;
import org.claimbench.analysis.topics.MeaningGroups;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.ClaimMeanings;

/**
 * Edit › Suggest Topics… and G in the claims table: groups the claims of no topic (or the ones selected, when several are)
 * by meaning ({@link MeaningGroups}, named by {@link GroupNames}) and shows the groups to name and accept ({@link
 * TopicSuggestionsDialog}). The claims' stored vectors are read on the background thread, and those the suggestion engine
 * has not read yet are read there, with progress; the JavaFX thread only shows the result. Too few claims to group, or
 * none, is said in the status line, and no dialog opens.
 */
final class TopicSuggestions {

    /** What the background work made: the groups' rows and names, the rows not grouped, how many claims were read now. */
    record Grouped(List<List<ClaimRow>> groups, List<String> names, List<ClaimRow> notGrouped, Map<Long, MeaningVector> vectors,
                   int readNow, boolean cancelled) {
    }

    private final TableView<ClaimRow> table;
    private final ClaimsTableViewModel vm;
    private final WorkspaceModel model;
    private final TopicSuggestionsViewModel suggestions;
    private TopicSuggestionsDialog dialog;

    TopicSuggestions(TableView<ClaimRow> table, ClaimsTableViewModel vm, WorkspaceModel model, TopicsViewModel topics) {
        this.table = table;
        this.vm = vm;
        this.model = model;
        this.suggestions = new TopicSuggestionsViewModel(model, topics);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.G && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                suggest();
            }
        });
        if (table.getContextMenu() != null) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Suggest topics by meaning…  (G)");
            item.setId("claimsSuggestTopics");
            item.setOnAction(e -> suggest());
            var items = table.getContextMenu().getItems();
            int after = items.stream().filter(i -> "claimsSelectSimilar".equals(i.getId())).findFirst().map(items::indexOf).orElse(items.size() - 1);
            items.add(after + 1, item);
        }
    }

    TopicSuggestionsViewModel viewModel() {
        return suggestions;
    }

    /** Groups the claims of no topic, or the selected ones if several are, in the background; then shows the groups. */
    void suggest() {
        var w = model.workspace().orElse(null);
        List<ClaimRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        boolean ofSelection = selected.size() > 1;
        List<ClaimRow> rows = ofSelection ? selected : vm.allRows().stream().filter(r -> r.topic().isEmpty()).toList();
        String which = ofSelection ? "selected" : "without a topic";
        // One row chosen is where the table's keyboard is, not a choice of claims to group; the status line says which claims
        // G took, so that a user who meant the one (walk62: "G grouped the six with no topic, not the selected one") knows.
        String aside = selected.size() == 1 ? " (1 claim selected: G groups the selected claims when two or more are)" : "";
        int least = 2 * MeaningGroups.MIN_SIZE;
        if (w == null || vm.allRows().isEmpty()) {
            vm.commands().say("No claims to group yet: mark claims in the articles (or accept suggested ones), then G groups them by meaning.");
            return;
        }
        if (rows.isEmpty()) {
            vm.commands().say("Every claim has a topic: select two or more claims and G groups them again by meaning.");
            return;
        }
        if (rows.size() < least) {
            vm.commands().say((rows.size() == 1 ? "Only 1 claim is " : "Only " + rows.size() + " claims are ") + which
                    + ": grouping by meaning needs at least " + least + "; T gives " + (rows.size() == 1 ? "it" : "them") + " a topic." + aside);
            return;
        }
        if (rows.size() > MeaningGroups.MAX_CLAIMS) {
            vm.commands().say(rows.size() + " claims are " + which + ": at most " + MeaningGroups.MAX_CLAIMS
                    + " are grouped at once; select fewer (a search, an article's filter) and press G.");
            return;
        }
        vm.commands().say("Grouping the " + rows.size() + " claims " + which + " by meaning…" + aside);
        // The claims of the topics there are too (at most as many again): the dialog offers the topics nearest a group first.
        // (By id: a row's equality compares its whole claim, and this runs on the JavaFX thread over every row.)
        java.util.Set<Long> grouping = rows.stream().map(ClaimRow::id).collect(java.util.stream.Collectors.toSet());
        List<ClaimRow> ofTopics = vm.allRows().stream().filter(r -> !r.topic().isEmpty() && !grouping.contains(r.id()))
                .limit(MeaningGroups.MAX_CLAIMS).toList();
        model.tasks().run("Grouping claims by meaning", p -> group(w, rows, ofTopics, p), g -> show(g, which, aside),
                err -> vm.commands().say("The claims could not be grouped: " + err.getMessage()));
    }

    /** Background thread: the claims' meanings (read where missing, the topics' claims' too), grouped and named. */
    private static Grouped group(org.claimbench.workspace.Workspace w, List<ClaimRow> rows, List<ClaimRow> ofTopics,
                                 org.claimbench.ui.common.BackgroundJob.Progress p) {
        int[] readNow = {0};
        List<org.claimbench.domain.Claim> toRead = new ArrayList<>(rows.stream().map(ClaimRow::claim).toList());
        ofTopics.forEach(r -> toRead.add(r.claim()));
        Map<Long, ClaimMeanings.Meaning> meanings = ClaimMeanings.of(w, toRead, (done, total) -> {
            readNow[0] = total;
            if (total > 0) {
                p.update(done, total, "Reading the meaning of " + total + " claims the suggestions had not read yet (" + done + " done)…");
            }
        }, p::isCancelled);
        List<ClaimRow> read = rows.stream().filter(r -> meanings.containsKey(r.id())).toList();
        if (read.size() < rows.size()) {
            return new Grouped(List.of(), List.of(), List.of(), Map.of(), readNow[0], true);
        }
        List<MeaningVector> vectors = read.stream().map(r -> meanings.get(r.id()).vector()).toList();
        MeaningGroups.Grouping g = MeaningGroups.group(vectors);
        List<List<String>> words = read.stream().map(r -> GroupNames.contentWords(meanings.get(r.id()).reading())).toList();
        List<String> names = GroupNames.names(words, g.groups(), g.notGrouped());
        List<List<ClaimRow>> groups = new ArrayList<>();
        for (List<Integer> group : g.groups()) {
            groups.add(group.stream().map(read::get).toList());
        }
        Map<Long, MeaningVector> byId = new java.util.HashMap<>();
        meanings.forEach((id, m) -> byId.put(id, m.vector()));
        return new Grouped(groups, names, g.notGrouped().stream().map(read::get).toList(), byId, readNow[0], false);
    }

    /** Shows the groups; the status line names the claims grouped ({@code which}: "selected" or "without a topic"). */
    private void show(Grouped g, String which, String aside) {
        if (g.cancelled()) {
            vm.commands().say("Grouping by meaning was cancelled: the claims read so far are kept for the next time.");
            return;
        }
        int claims = g.groups().stream().mapToInt(List::size).sum() + g.notGrouped().size();
        vm.commands().say((g.groups().isEmpty() ? "No group found among the " + claims + " claims " + which + ": they lie far apart in meaning."
                : "The " + claims + " claims " + which + " grouped by meaning into " + (g.groups().size() == 1 ? "1 group" : g.groups().size() + " groups")
                + (g.notGrouped().isEmpty() ? "" : ", " + g.notGrouped().size() + " not grouped") + ".")
                + (g.readNow() == 0 ? "" : " The meaning of " + g.readNow() + " was read now.") + aside);
        suggestions.show(g.groups(), g.names(), g.notGrouped(), g.vectors());
        if (dialog == null) {
            dialog = new TopicSuggestionsDialog(table.getScene().getWindow(), suggestions);
        }
        dialog.show(claims, g.groups().size());
    }
}
