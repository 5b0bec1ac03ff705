package org.claimbench.ui.contradictions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/** The workspace's contradictions; choosing one asks the workbench to show both claims side by side. */
public final class ContradictionsViewModel {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private final ObservableList<ContradictionRow> rows = FXCollections.observableArrayList();
    private Consumer<ContradictionRow> onShow = r -> { };

    public ContradictionsViewModel(WorkspaceModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
        model.onContradictionsChanged(this::refresh);
        model.onClaimsReady(this::refresh);
        model.sources().addListener((javafx.collections.ListChangeListener<Source>) c -> refresh());
        // a claim's quote or source may change under a contradiction
        model.onClaimsChanged(e -> refresh());
    }

    public ObservableList<ContradictionRow> rows() {
        return rows;
    }

    public void setOnShow(Consumer<ContradictionRow> onShow) {
        this.onShow = onShow;
    }

    /** Told when the list has no row chosen any more (the last one deleted or judged): the panes should mark none. */
    public void setOnShowNothing(Runnable onShowNothing) {
        this.onShowNothing = onShowNothing;
    }

    private Runnable onShowNothing = () -> { };

    public void showNothing() {
        onShowNothing.run();
    }

    public void show(ContradictionRow row) {
        if (row != null) {
            onShow.accept(row);
        }
    }

    private void refresh() {
        Workspace w = model.workspace().orElse(null);
        if (w == null || !model.claimsReady()) {
            rows.clear();
            return;
        }
        List<ContradictionRow> out = new ArrayList<>();
        for (Contradiction x : w.contradictions()) {
            Claim a = w.claim(x.claimA()).orElse(null);
            Claim b = w.claim(x.claimB()).orElse(null);
            if (a == null || b == null) {
                continue;
            }
            Source sa = model.source(a.sourceId()).orElse(null);
            Source sb = model.source(b.sourceId()).orElse(null);
            out.add(new ContradictionRow(x, a, b, sa == null ? "?" : sa.name(), sa == null ? "#888888" : sa.colour(),
                    sb == null ? "?" : sb.name(), sb == null ? "#888888" : sb.colour()));
        }
        // Row by row where the list keeps its length: the selected row stays selected while its status changes.
        WorkspaceModel.replaceChanged(rows, out);
    }

    public void setStatus(ContradictionRow row, ContradictionStatus status) {
        Contradiction x = row.contradiction();
        if (x.status() == status) {
            return;
        }
        if (!edit(w -> w.updateContradiction(x.id(), x.kind(), status, x.note()))) {
            return;
        }
        this.status.accept((status == ContradictionStatus.CONFIRMED ? "Confirmed" : status == ContradictionStatus.DISMISSED ? "Dismissed" : "Reopened")
                + " the " + x.kind().label().toLowerCase(java.util.Locale.ROOT) + " contradiction: " + row.sourceA() + " against " + row.sourceB()
                + ". Ctrl+Z undoes it.");
    }

    /** Where the view model says what an action did (the status bar). */
    public void setOnStatus(Consumer<String> status) {
        this.status = status;
    }

    private Consumer<String> status = s -> { };

    public void update(ContradictionRow row, ContradictionKind kind, ContradictionStatus status, String note) {
        edit(w -> w.updateContradiction(row.contradiction().id(), kind, status, note));
    }

    public void delete(ContradictionRow row) {
        edit(w -> w.deleteContradiction(row.contradiction().id()));
    }

    private boolean edit(Consumer<Workspace> change) {
        return model.edit(messages, "Cannot change the contradiction", change);
    }

}
