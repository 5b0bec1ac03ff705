package org.claimbench.ui.article;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimbench.ui.common.TaskRunner;
import org.claimbench.workspace.Workspace;

/** What an article pane needs from the workbench around it. */
public interface PaneContext {

    Optional<Workspace> workspace();

    Map<Long, String> sourceColours();

    Set<Long> hiddenSources();

    boolean dark();

    TaskRunner tasks();

    /** Claim spans suggested (not yet accepted) in an article: drawn with a dashed outline. */
    default java.util.List<org.claimbench.domain.TextSpan> suggestedSpans(long articleId) {
        return java.util.List.of();
    }
}
