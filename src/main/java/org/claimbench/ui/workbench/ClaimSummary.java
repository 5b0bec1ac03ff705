package org.claimbench.ui.workbench;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.EllipsisCut;
import org.claimbench.ui.common.WorkspaceModel;

/** The line under a pane for the claim at the caret: source, speaker, contradictions, topic, verdict, note. */
final class ClaimSummary {

    private ClaimSummary() {
    }

    /** "● White House · a spokesperson (or: no speaker (S sets it); nothing for a Press claim) · ⚡ 2 contradictions · topic · verdict: False · note…". */
    static String of(WorkspaceModel model, Claim c) {
        java.util.Optional<Source> src = model.source(c.sourceId());
        String source = src.map(Source::name).orElse("?");
        int n = model.workspace().map(w -> w.contradictionCount(c.id())).orElse(0);
        StringBuilder sb = new StringBuilder("● ").append(source);
        // No speaker: the line says how to give one (a claim marked by hand has none until then), but not for the outlet's
        // own claims (Press), which have none unless the outlet cites someone: a prompt on each of them would be noise.
        if (!c.speaker().isEmpty()) {
            sb.append(" · ").append(c.speaker());
        } else if (!src.map(Source::isOutlet).orElse(false)) {
            sb.append(" · no speaker (S sets it)");
        }
        sb.append(" · ").append(n == 0 ? "no contradictions" : n == 1 ? "⚡ 1 contradiction" : "⚡ " + n + " contradictions");
        model.workspace().flatMap(w -> w.topic(c.topicId())).ifPresent(t -> sb.append(" · ").append(t.label()));
        model.workspace().flatMap(w -> w.verdict(c.id())).ifPresent(v -> sb.append(" · verdict: ").append(v.rating()));
        if (!c.note().isEmpty()) {
            sb.append(" · ").append(EllipsisCut.toLength(c.note().replace('\n', ' '), 60));
        }
        return sb.toString();
    }
}
