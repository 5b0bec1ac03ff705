package org.claimbench.ui.workbench;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.WorkspaceModel;

/** The line under a pane for the claim at the caret: source, speaker, contradictions, topic, verdict, note. */
final class ClaimSummary {

    private ClaimSummary() {
    }

    /** "● White House · a spokesperson · ⚡ 2 contradictions · topic · verdict: False · note…". */
    static String of(WorkspaceModel model, Claim c) {
        String source = model.source(c.sourceId()).map(Source::name).orElse("?");
        int n = model.workspace().map(w -> w.contradictionCount(c.id())).orElse(0);
        StringBuilder sb = new StringBuilder("● ").append(source);
        if (!c.speaker().isEmpty()) {
            sb.append(" · ").append(c.speaker());
        }
        sb.append(" · ").append(n == 0 ? "no contradictions" : n == 1 ? "⚡ 1 contradiction" : "⚡ " + n + " contradictions");
        model.workspace().flatMap(w -> w.topic(c.topicId())).ifPresent(t -> sb.append(" · ").append(t.label()));
        model.workspace().flatMap(w -> w.verdict(c.id())).ifPresent(v -> sb.append(" · verdict: ").append(v.rating()));
        if (!c.note().isEmpty()) {
            sb.append(" · ").append(WorkbenchViewModel.shorten(c.note(), 60));
        }
        return sb.toString();
    }
}
