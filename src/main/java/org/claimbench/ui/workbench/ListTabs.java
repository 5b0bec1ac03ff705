package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.claimbench.ui.claims.ClaimsTableView;
import org.claimbench.ui.common.Pulses;
import org.claimbench.ui.contradictions.ContradictionsView;
import org.claimbench.ui.suggestions.SuggestionsView;

/**
 * The lists below the panes, a tab each: claims, contradictions, suggestions. They are not in the
 * window's first frame: once the panes are laid out, each list is built in a frame of its own (the
 * claims' filters in two, their table in a third), the tab in sight first (three lists built and styled in one frame held the window up for a good part
 * of a second on a cold start). At the app's start-up only the tab in sight is built; a hidden one is built when first
 * shown (its tab chosen, Ctrl+1 to 4, a contradiction shown): built and styled at start-up they took the JavaFX thread for
 * 100–700 ms more after ready to mark (docs/window.md, round ui42). A list asked for before its turn is built at once.
 * The tabs' headers count their rows from the view models, built or not.
 */
final class ListTabs extends TabPane {

    static final int CLAIMS = 0;
    static final int CONTRADICTIONS = 1;
    static final int SUGGESTIONS = 2;

    private final WorkbenchViewModel vm;
    private final Tab claimsTab = new Tab("Claims");
    private final Tab contradictionsTab = new Tab("Contradictions");
    private final Tab suggestionsTab = new Tab("Suggestions");
    private ClaimsTableView claimsView;
    private ContradictionsView contradictionsView;
    private SuggestionsView suggestionsView;
    private Runnable onAllBuilt = () -> { };
    /** True while a workspace's remembered layout is put back: its tab change is not the user's. */
    private boolean restoring;

    ListTabs(WorkbenchViewModel vm) {
        this.vm = vm;
        setId("bottomTabs");
        claimsTab.setId("claimsTab");
        contradictionsTab.setId("contradictionsTab");
        suggestionsTab.setId("suggestionsTab");
        // Both lists: a claim that the filters hide changes the count of all, not the rows shown.
        claimsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.claims().allRows().isEmpty() ? "Claims" : "Claims ("
                + (vm.claims().rows().size() == vm.claims().allRows().size() ? "" : vm.claims().rows().size() + " of ") + vm.claims().allRows().size() + ")",
                vm.claims().rows(), vm.claims().allRows()));
        // As the status bar and the report count them (ContradictionTally): one set aside is no contradiction found. The list
        // shows it too, so the tab says it is there: "(9)" beside "8 contradictions (1 dismissed)" read as two counts of one
        // thing (newcomer, stop 45).
        vm.contradictions().rows().addListener((ListChangeListener<Object>) c -> {
            long dismissed = vm.contradictions().rows().stream()
                    .filter(r -> r.contradiction().status() == org.claimbench.domain.ContradictionStatus.DISMISSED).count();
            long kept = vm.contradictions().rows().size() - dismissed;
            contradictionsTab.setText("Contradictions (" + kept + (dismissed == 0 ? "" : " + " + dismissed + " dismissed") + ")");
        });
        Runnable suggestionsTitle = () -> suggestionsTab.setText(
                "Suggestions (" + (vm.suggestions().claims().size() + vm.suggestions().contradictions().size()) + ")");
        vm.suggestions().claims().addListener((ListChangeListener<Object>) c -> suggestionsTitle.run());
        vm.suggestions().contradictions().addListener((ListChangeListener<Object>) c -> suggestionsTitle.run());
        getTabs().addAll(claimsTab, contradictionsTab, suggestionsTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // A tab chosen shows its list at once; a review list that comes into sight takes the panes: they show its selected row.
        getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() < 0) {
                return;
            }
            boolean byUser = !restoring;
            if (was.intValue() == SUGGESTIONS && suggestionsView != null) {
                suggestionsView.leftSight();
            }
            // A workspace's layout put back before the tabs are in the window (at start-up, in the workbench's first frame) only
            // chooses the tab: buildOneAFrame builds it first, a frame later, off the way to ready to mark.
            if (byUser || getScene() != null) {
                build(now.intValue());
            }
            Platform.runLater(() -> {
                if (now.intValue() == CLAIMS) {
                    // The user leaving the review lists gets the panes back as they had them (a workspace's layout put back is not leaving).
                    if (byUser) {
                        vm.reviewLeft();
                    }
                } else if (now.intValue() == CONTRADICTIONS && contradictionsView != null) {
                    contradictionsView.cameIntoSight();
                } else if (now.intValue() == SUGGESTIONS && suggestionsView != null) {
                    suggestionsView.cameIntoSight();
                }
            });
        });
    }

    /** Told once the lists {@link #buildOneAFrame} builds are built (not yet laid out). */
    void setOnAllBuilt(Runnable onAllBuilt) {
        this.onAllBuilt = onAllBuilt;
    }

    /**
     * Builds the lists one a frame, the selected tab's first, then tells {@link #setOnAllBuilt}.
     *
     * @param afterNextLayout runs work once the window's next layout pulse is through
     * @param hiddenWhenShown true: only the selected tab's list (the others are built when first shown); false: all three
     */
    void buildOneAFrame(Consumer<Runnable> afterNextLayout, boolean hiddenWhenShown) {
        List<Integer> order = new ArrayList<>(List.of(CLAIMS, CONTRADICTIONS, SUGGESTIONS));
        order.remove(Integer.valueOf(selected()));
        order.add(0, selected());
        if (hiddenWhenShown) {
            order.subList(1, order.size()).clear();
        }
        List<Runnable> steps = new ArrayList<>();
        for (int tab : order) {
            if (tab == CLAIMS) {
                // The claims' filters in two frames and their table in a third (together: the longest wait after ready to mark).
                steps.add(this::buildClaimFilters);
                steps.add(() -> claimsView.showAllFilters());
            }
            steps.add(() -> build(tab));
        }
        Pulses.inFrames(steps, afterNextLayout, onAllBuilt);
    }

    /** The Claims tab with the first part of its filters only (the rest come with showAllFilters, the table with {@link #build}). */
    private void buildClaimFilters() {
        if (claimsView == null) {
            claimsView = new ClaimsTableView(vm.claims(), vm.model(), vm.topics(), true);
            claimsTab.setContent(claimsView);
        }
    }

    /** Builds a tab's list if it is not built yet. */
    private void build(int tab) {
        switch (tab) {
            case CLAIMS -> {
                if (claimsView == null) {
                    claimsView = new ClaimsTableView(vm.claims(), vm.model(), vm.topics());
                    claimsTab.setContent(claimsView);
                }
                claimsView.showTable();
            }
            case CONTRADICTIONS -> {
                if (contradictionsView == null) {
                    contradictionsView = new ContradictionsView(vm.contradictions());
                    contradictionsTab.setContent(contradictionsView);
                }
            }
            case SUGGESTIONS -> {
                if (suggestionsView == null) {
                    suggestionsView = new SuggestionsView(vm.suggestions());
                    suggestionsTab.setContent(suggestionsView);
                }
            }
            default -> throw new IllegalArgumentException("no list below the panes has the index " + tab);
        }
    }

    void show(int tab) {
        getSelectionModel().select(tab);
        build(tab);
    }

    /**
     * Shows the tab a workspace's remembered layout names: not the user leaving a review. Before the tabs are in the window
     * (the start-up's first frame) the tab is only chosen, and built by {@link #buildOneAFrame}: built here, the Claims tab's
     * filters and table were made on the way to ready to mark at every start after the first (round ui42).
     */
    void showRestored(int tab) {
        restoring = true;
        try {
            getSelectionModel().select(tab);
            if (getScene() != null) {
                build(tab);
            }
        } finally {
            restoring = false;
        }
    }

    int selected() {
        return getSelectionModel().getSelectedIndex();
    }

    /**
     * Shows a list and puts the keyboard in it (0 claims, 1 contradictions, 2 suggested claims,
     * 3 suggested contradictions), so its keys work at once.
     */
    void focusList(int list) {
        show(Math.min(list, SUGGESTIONS));
        switch (list) {
            case 0 -> claimsView.table().requestFocus();
            case 1 -> contradictionsView.focusList();
            default -> suggestionsView.focusList(list == 3);
        }
    }

    /** Sets the topic of the claims selected in the Claims tab (shown first if it is not). */
    void setTopicOfSelectedClaims() {
        focusList(CLAIMS);
        claimsView.setTopic(null);
    }

    /** Edit › Suggest Topics…: the claims of no topic (or those selected in the Claims tab, shown first) grouped by meaning. */
    void suggestTopics() {
        focusList(CLAIMS);
        claimsView.suggestTopics();
    }

    /** Edit › Verdict…: of the claim selected in the Claims tab, else of the claim picked last in an article. */
    void verdictOfSelectedClaim(List<org.claimbench.domain.Claim> picked) {
        focusList(CLAIMS);
        if (claimsView.table().getSelectionModel().getSelectedItem() == null && !picked.isEmpty()) {
            claimsView.select(picked.get(picked.size() - 1).id());
        }
        claimsView.verdict();
    }

    /** Shows the Contradictions tab with one contradiction chosen. */
    void selectContradiction(long id) {
        show(CONTRADICTIONS);
        contradictionsView.select(id);
    }
}
